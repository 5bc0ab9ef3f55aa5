import { useCallback, useEffect, useState } from 'react';
import { FluentProvider, Spinner, makeStyles } from '@fluentui/react-components';
import type { DocumentPort } from '../core/port';
import type { HostInfo } from '../host/types';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { OutsideOffice } from './components/OutsideOffice';
import { DocumentPreview, type PreviewDocument } from './components/DocumentPreview';
import { themeFor } from './themes';

export interface RootProps {
  host: HostInfo;
  /** Word's port inside Office; null in a plain browser. */
  port: DocumentPort | null;
  /** Open the in-memory preview at once (`?preview=1`). */
  previewAtStart: boolean;
  /** Loads the in-memory preview port (lazily, so the first bundle stays small). */
  loadPreviewPort: () => Promise<DocumentPort & Partial<PreviewDocument>>;
}

const useStyles = makeStyles({
  // The pane at its own width, the document beside it where there is room, below it in a narrow window.
  split: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start' },
  pane: { flexGrow: 1, flexShrink: 1, flexBasis: '300px', maxWidth: '520px', minWidth: 0 },
  document: { flexGrow: 2, flexShrink: 1, flexBasis: '300px', minWidth: 0, alignSelf: 'stretch' },
});

/** The preview port is an in-memory document that can be drawn; Word's is not. */
function previewDocumentOf(port: (DocumentPort & Partial<PreviewDocument>) | null): PreviewDocument | null {
  return port && typeof port.watch === 'function' ? (port as PreviewDocument & DocumentPort) : null;
}

/** Theme, error boundary, and the choice between Word's document and the browser preview. */
export function Root({ host, port, previewAtStart, loadPreviewPort }: RootProps) {
  const styles = useStyles();
  const [preview, setPreview] = useState<{
    port: (DocumentPort & Partial<PreviewDocument>) | null;
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
  const shown = port ? null : previewDocumentOf(preview.port);
  return (
    <FluentProvider theme={themeFor(host.theme)}>
      <ErrorBoundary>
        {active && shown ? (
          <div className={styles.split}>
            <div className={styles.pane}>
              <App host={host} port={active} />
            </div>
            <div className={styles.document}>
              <DocumentPreview document={shown} />
            </div>
          </div>
        ) : active ? (
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
