import { actionControlTitle, type InsertResult } from '../core/port';
import { officeErrorLocation, toDocumentOperationError } from './errors';
import { insertParagraphAt, lookUpInsertionPoint } from './insertion-point';
import { removeOwnParagraph } from './leftover';
import { ACTION_TAG, UNREFERENCED_ACTION_TITLE } from './tags';

/** A failure at the insert itself: the paragraph was never made, so there is nothing to take out. */
const MADE_THE_PARAGRAPH = new Set([
  'Paragraph.insertParagraph',
  'Table.insertParagraph',
  'ContentControl.insertParagraph',
]);

/**
 * One paragraph after the cursor's paragraph, in its own `minutebook:action` control, cursor left at its end.
 * The selection itself is never replaced. Sync 1 asks whether the cursor is in an ACTION already, sync 2
 * writes (two more only to clean up after a failure).
 */
async function insertActionParagraph(
  context: Word.RequestContext,
  operation: string,
  text: string,
  title: string,
): Promise<InsertResult> {
  const point = lookUpInsertionPoint(context, { leaveTables: false });
  try {
    await context.sync();
  } catch (error) {
    throw toDocumentOperationError(operation, error);
  }
  const inserted = insertParagraphAt(point, text, (tag) => tag === ACTION_TAG);
  const control = inserted.paragraph.insertContentControl();
  control.tag = ACTION_TAG;
  control.title = title;
  control.getRange('Content').select('End');
  control.load('id');
  try {
    await context.sync();
  } catch (error) {
    const changed = MADE_THE_PARAGRAPH.has(officeErrorLocation(error))
      ? ''
      : await removeOwnParagraph(context, inserted.findAgain, text, `A paragraph "${text.trim()}"`);
    throw toDocumentOperationError(operation, error, changed);
  }
  return { contentControlId: control.id };
}

/** The pane's Add action: `text` is the whole line ("ACTION: HP to …"), `ref` goes into the control's title. */
export function insertActionLine(
  context: Word.RequestContext,
  text: string,
  ref: string,
): Promise<InsertResult> {
  return insertActionParagraph(context, 'Add action', text, actionControlTitle(ref));
}

export const ACTION_MARKER = 'ACTION: ';

/** The ribbon's Insert ACTION: a bare marker for the minute-taker to complete; the pane gives it a ref later. */
export function insertActionMarker(context: Word.RequestContext): Promise<InsertResult> {
  return insertActionParagraph(context, 'Insert ACTION', ACTION_MARKER, UNREFERENCED_ACTION_TITLE);
}
