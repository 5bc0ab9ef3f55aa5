import { TAG_PREFIX } from '../core/port';

/**
 * Where the add-in's new paragraph goes: after the cursor's paragraph (after the last one of a selection,
 * which is never replaced), but not inside something that would swallow it. Queued before the first sync,
 * read after it.
 */
export interface InsertionPoint {
  cursor: Word.Paragraph;
  control: Word.ContentControl;
  table: Word.Table | null;
}

export function lookUpInsertionPoint(
  context: Word.RequestContext,
  options: { leaveTables: boolean },
): InsertionPoint {
  const cursor = context.document.getSelection().paragraphs.getLast();
  // These are navigation properties (proxies, nothing to load); the office-addins rules' list lacks Word's parent*.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const control = cursor.parentContentControlOrNullObject;
  control.load('tag');
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const table = options.leaveTables ? cursor.parentTableOrNullObject : null;
  table?.load('rowCount');
  return { cursor, control, table };
}

/**
 * After the sync: a block leaves a table (a table in a cell is no minutes) and any Minutebook control; a line
 * leaves only an ACTION control (a second ACTION would otherwise nest in the first).
 */
export function insertParagraphAt(
  point: InsertionPoint,
  text: string,
  leaveTags: (tag: string) => boolean,
): Word.Paragraph {
  if (point.table && !point.table.isNullObject) return point.table.insertParagraph(text, 'After');
  if (!point.control.isNullObject && leaveTags(point.control.tag))
    return point.control.insertParagraph(text, 'After');
  return point.cursor.insertParagraph(text, 'After');
}

export const isMinutebookTag = (tag: string): boolean => tag.startsWith(TAG_PREFIX);
