import type { DocumentPort } from '../core/port';
import { onDocumentChanged } from './document-changed';
import { toDocumentOperationError } from './errors';
import { goTo } from './go-to';
import { insertActionLine } from './insert-action';
import { insertBlock } from './insert-block';
import { cursorParagraph, insertActionUnderItem } from './insert-action-under-item';
import { readParagraphs } from './read-paragraphs';
import { stampRefs } from './stamp-refs';
import { updateBlock } from './update-block';
import { loadStoredMeeting, saveStoredMeeting } from './stored-meeting';
import { updateActionSummary } from './update-summary';

export interface WordPortOptions {
  /** Told when saved meeting details exist but cannot be used (a readable sentence). */
  onWarning?: (message: string) => void;
}

/** Any failure becomes a DocumentOperationError named for the person. */
async function attempt<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDocumentOperationError(operation, error);
  }
}

/** The document port inside Word: each method is one user intent, one Word.run. */
export function createWordDocumentPort(options: WordPortOptions = {}): DocumentPort {
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
    goTo: (location) => attempt('Go to', () => Word.run((context) => goTo(context, location))),
    loadStoredMeeting: () =>
      attempt('Load meeting details', async () => {
        const loaded = await loadStoredMeeting();
        if (loaded.warning) options.onWarning?.(loaded.warning);
        return loaded.stored;
      }),
    saveStoredMeeting: (stored) => attempt('Save meeting details', () => saveStoredMeeting(stored)),
    onDocumentChanged,
  };
}
