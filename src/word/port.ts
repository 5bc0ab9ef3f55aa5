import type { DocumentPort } from '../core/port';
import { onDocumentChanged } from './document-changed';
import { toDocumentOperationError } from './errors';
import { documentFingerprint } from './fingerprint';
import { goTo } from './go-to';
import { insertActionLine } from './insert-action';
import { insertBlock } from './insert-block';
import { cursorParagraph, insertActionUnderItem } from './insert-action-under-item';
import { readParagraphs } from './read-paragraphs';
import { stampRefs } from './stamp-refs';
import { loadStoredMeeting, newStoredPartsState, saveStoredMeeting } from './stored-meeting';
import { updateBlock } from './update-block';
import { updateHeader } from './update-header';
import { updateActionSummary } from './update-summary';

/** Any failure becomes a DocumentOperationError named for the person. */
async function attempt<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDocumentOperationError(operation, error);
  }
}

/** The document port inside Word: each method is one user intent, one Word.run. */
export function createWordDocumentPort(): DocumentPort {
  // Which stored-meeting parts this pane has seen: how a save tells another person's save from its own.
  const storedParts = newStoredPartsState();
  return {
    readParagraphs: () => attempt('Check minutes', () => Word.run((context) => readParagraphs(context))),
    insertBlock: (block) => attempt('Insert', () => Word.run((context) => insertBlock(context, block))),
    insertActionLine: (text, ref, target) =>
      attempt('Add action', () =>
        Word.run((context) =>
          target ? insertActionUnderItem(context, text, ref, target) : insertActionLine(context, text, ref),
        ),
      ),
    cursorParagraph: () => attempt('Find the cursor', () => Word.run((context) => cursorParagraph(context))),
    stampRefs: (stamps) => attempt('Stamp refs', () => Word.run((context) => stampRefs(context, stamps))),
    updateActionSummary: (rows, lastWritten) =>
      attempt('Update summary table', () =>
        Word.run((context) => updateActionSummary(context, rows, lastWritten)),
      ),
    updateBlock: (request) =>
      attempt(request.kind === 'items' ? 'Update items table' : 'Update attendance table', () =>
        Word.run((context) => updateBlock(context, request)),
      ),
    updateHeader: (request) =>
      attempt('Update header', () => Word.run((context) => updateHeader(context, request))),
    goTo: (location) => attempt('Go to', () => Word.run((context) => goTo(context, location))),
    loadStoredMeeting: () => attempt('Load meeting details', () => loadStoredMeeting(storedParts)),
    saveStoredMeeting: (stored, options) =>
      attempt('Save meeting details', () => saveStoredMeeting(stored, storedParts, options)),
    documentFingerprint: () =>
      attempt('Check for changes', () => Word.run((context) => documentFingerprint(context))),
    onDocumentChanged,
  };
}
