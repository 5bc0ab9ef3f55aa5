import { isOwnSelection } from './own-selection';

/**
 * WordApi 1.3 has no content-changed event. The selection moves whenever someone types, pastes or clicks, so
 * DocumentSelectionChanged stands in for "the document may have changed" (it over-reports a mere click, which
 * only costs a "may be out of date" badge). The add-in's own goTo selections are ignored.
 */
export function onDocumentChanged(listener: () => void): () => void {
  const handler = () => {
    if (!isOwnSelection()) listener();
  };
  const document = Office.context.document;
  document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler);
  return () => document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
}
