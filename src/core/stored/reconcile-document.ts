import type { SourceParagraph } from '../model/paragraph';
import type { StoredMeeting } from '../model/stored';
import { readMinutes } from '../read';
import { reconcileStored, type Reconciled } from './reconcile';

/** The stored copy against the document's paragraphs, read through the reader (the pane loads this on demand). */
export function reconcileWithParagraphs(
  stored: StoredMeeting,
  paragraphs: readonly SourceParagraph[],
): Reconciled {
  return reconcileStored(stored, readMinutes(paragraphs));
}
