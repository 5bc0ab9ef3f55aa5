import type { DocumentPort } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { readMinutes } from '../../../core/read';
import type { TablePart } from './block-parts';

/**
 * "Take the document's version": the blocks read back through the reader (as a check reads them) become the
 * form's attendees and items, only for blocks the document has. What was written stays as it was: cells now
 * equal on both sides count as the add-in's at the next update.
 */
export async function takeDocumentVersion(
  port: DocumentPort,
  stored: StoredMeeting,
  found: readonly TablePart[],
): Promise<StoredMeeting> {
  const { paragraphs } = await port.readParagraphs();
  const minutes = readMinutes(paragraphs);
  return {
    ...stored,
    ...(found.includes('attendance') ? { attendees: minutes.attendees } : {}),
    ...(found.includes('items') ? { items: minutes.items.map(({ location: _, ...item }) => item) } : {}),
  };
}
