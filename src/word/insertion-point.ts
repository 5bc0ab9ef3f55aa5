import { TAG_PREFIX } from '../core/port';

/**
 * Where the add-in's new paragraph goes: after the cursor's paragraph (after the last one of a selection,
 * which is never replaced), but not inside something that would swallow it. Queued before the first sync,
 * read after it.
 */
export interface InsertionPoint {
  cursor: Word.Paragraph;
  /** The innermost control around the cursor, and the one around that (a cell's action inside the items table). */
  control: Word.ContentControl;
  outerControl: Word.ContentControl;
  table: Word.Table | null;
}

/** The new paragraph, and how to find it again in a later batch if the batch that made it fails. */
export interface InsertedParagraph {
  paragraph: Word.Paragraph;
  /**
   * The same paragraph, reached from objects of the first sync. Word is not known to answer the actions of a
   * failed batch (tests/word-host/host.ts, `resultsOnError`), so a paragraph made in a failed batch cannot be
   * named by its own proxy any more.
   */
  findAgain: () => Word.Paragraph;
}

export function lookUpInsertionPoint(
  context: Word.RequestContext,
  options: { leaveTables: boolean },
): InsertionPoint {
  const cursor = context.document.getSelection().paragraphs.getLast();
  cursor.load('isListItem');
  // These are navigation properties (proxies, nothing to load); the office-addins rules' list lacks Word's parent*.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const control = cursor.parentContentControlOrNullObject;
  control.load('tag');
  const outerControl = control.parentContentControlOrNullObject;
  outerControl.load('tag');
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const table = options.leaveTables ? cursor.parentTableOrNullObject : null;
  table?.load('rowCount');
  return { cursor, control, outerControl, table };
}

/**
 * After the sync. A block leaves any Minutebook control the cursor is in (the outermost of the two it knows:
 * a new block never nests in another, issue 16) and a table; a line leaves only an ACTION control (a second
 * ACTION would otherwise nest in the first). The new paragraph is Normal and in no list, whatever it follows:
 * Word gives it the formatting of the paragraph it is inserted after (office-js#72), so after a heading it
 * would be a heading, after a numbered item the next number.
 */
export function insertParagraphAt(
  point: InsertionPoint,
  text: string,
  leaveTags: (tag: string) => boolean,
): InsertedParagraph {
  const inner = !point.control.isNullObject && leaveTags(point.control.tag) ? point.control : null;
  const outer =
    inner && !point.outerControl.isNullObject && leaveTags(point.outerControl.tag)
      ? point.outerControl
      : null;
  const leave = outer ?? inner;
  let made: InsertedParagraph;
  if (leave) {
    made = {
      paragraph: leave.insertParagraph(text, 'After'),
      findAgain: () => leave.getRange('After').paragraphs.getFirst(),
    };
  } else if (point.table && !point.table.isNullObject) {
    const table = point.table;
    made = {
      paragraph: table.insertParagraph(text, 'After'),
      findAgain: () => table.getRange('After').paragraphs.getFirst(),
    };
  } else {
    made = {
      paragraph: point.cursor.insertParagraph(text, 'After'),
      findAgain: () => point.cursor.getNext(),
    };
    if (point.cursor.isListItem) made.paragraph.detachFromList();
  }
  made.paragraph.styleBuiltIn = 'Normal';
  return made;
}

export const isMinutebookTag = (tag: string): boolean => tag.startsWith(TAG_PREFIX);
