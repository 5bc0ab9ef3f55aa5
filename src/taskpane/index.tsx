import { createRoot } from 'react-dom/client';
import { initHost } from '../host/init';
import { createWordDocumentPort } from '../word/port';
import { Root } from './Root';

/** The in-memory document for the browser preview, fetched only when someone asks for it. */
const loadPreviewPort = () => import('../memory/preview').then((m) => m.createPreviewPort());

async function start(container: HTMLElement): Promise<void> {
  // Inside Office a slow network can hold Office.onReady back; say what the pane is waiting for.
  const host = await initHost({ onWaiting: () => (container.textContent = 'Connecting to Word…') });
  const previewAtStart = new URLSearchParams(window.location.search).get('preview') === '1';
  const port = host.inOffice ? createWordDocumentPort() : null;
  createRoot(container).render(
    <Root host={host} port={port} previewAtStart={previewAtStart} loadPreviewPort={loadPreviewPort} />,
  );
}

const container = document.getElementById('root');
if (container) {
  start(container).catch((error: unknown) => {
    // Before React is up there is no error boundary: say what happened in plain text rather than show nothing.
    container.textContent = `Minutebook could not start: ${error instanceof Error ? error.message : String(error)}. Close the pane and open it again.`;
  });
}
