import type { DocumentPort } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { readMinutes } from '../../../core/read';
import type { Meeting } from '../../../core/model/meeting';
import type { WrittenPart } from './block-parts';

/** The meeting details the header block holds, as the reader read them (empty where the document has none). */
function headerFields(read: Meeting): Partial<Meeting> {
  const { title, meetingType, date, startTime, endTime, chair, minuteTaker, venue } = read;
  return { title, meetingType, date, startTime, endTime, chair, minuteTaker, venue };
}

/**
 * "Take the document's version": the blocks read back through the reader (as a check reads them) become the
 * form's attendees, items and header details, only for blocks the document has (the header only when it
 * differs, so a detail the reader reads another way is not changed for nothing). What was written stays as it was: cells now
 * equal on both sides count as the add-in's at the next update.
 */
export async function takeDocumentVersion(
  port: DocumentPort,
  stored: StoredMeeting,
  found: readonly WrittenPart[],
): Promise<StoredMeeting> {
  const { paragraphs } = await port.readParagraphs();
  const minutes = readMinutes(paragraphs);
  return {
    ...stored,
    ...(found.includes('attendance') ? { attendees: minutes.attendees } : {}),
    ...(found.includes('items') ? { items: minutes.items.map(({ location: _, ...item }) => item) } : {}),
    ...(found.includes('header') ? { meeting: { ...stored.meeting, ...headerFields(minutes.meeting) } } : {}),
  };
}
