import { useCallback, useEffect, useState } from 'react';
import { FluentProvider, Spinner } from '@fluentui/react-components';
import type { DocumentPort } from '../core/port';
import type { HostInfo } from '../host/types';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { OutsideOffice } from './components/OutsideOffice';
import { themeFor } from './themes';

export interface RootProps {
  host: HostInfo;
  /** Word's port inside Office; null in a plain browser. */
  port: DocumentPort | null;
  /** Open the in-memory preview at once (`?preview=1`). */
  previewAtStart: boolean;
  /** Loads the in-memory preview port (lazily, so the first bundle stays small). */
  loadPreviewPort: () => Promise<DocumentPort>;
}

/** Theme, error boundary, and the choice between Word's document and the browser preview. */
export function Root({ host, port, previewAtStart, loadPreviewPort }: RootProps) {
  const [preview, setPreview] = useState<{
    port: DocumentPort | null;
    loading: boolean;
    error: string | null;
  }>({
    port: null,
    loading: false,
    error: null,
  });
  const startPreview = useCallback(() => {
    setPreview({ port: null, loading: true, error: null });
    loadPreviewPort().then(
      (loaded) => setPreview({ port: loaded, loading: false, error: null }),
      (error: unknown) =>
        setPreview({
          port: null,
          loading: false,
          error: `The preview could not start: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  }, [loadPreviewPort]);
  useEffect(() => {
    if (!port && previewAtStart) startPreview();
  }, [port, previewAtStart, startPreview]);

  const active = port ?? preview.port;
  return (
    <FluentProvider theme={themeFor(host.theme)}>
      <ErrorBoundary>
        {active ? (
          <App host={host} port={active} />
        ) : preview.loading ? (
          <main>
            <Spinner label="Starting the preview…" />
          </main>
        ) : (
          <OutsideOffice onTryPreview={startPreview} error={preview.error} />
        )}
      </ErrorBoundary>
    </FluentProvider>
  );
}
