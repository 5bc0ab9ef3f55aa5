import {
  actionControlTitle,
  DocumentOperationError,
  type ActionTarget,
  type InsertResult,
} from '../core/port';
import { toDocumentOperationError } from './errors';
import { removeOwnParagraph } from './leftover';
import { escapeForWordSearch } from './search-text';
import { ACTION_TAG } from './tags';

const OPERATION = 'Add action';

/*
 * Office.js used here (Microsoft's Word JavaScript API reference):
 * - ContentControlCollection.getByIdOrNullObject, ContentControl.tables, Table.values, Table.getCell,
 *   TableCell.body, Paragraph.styleBuiltIn, Range.expandTo: WordApi 1.3
 *   (…/word.contentcontrolcollection#word-word-contentcontrolcollection-getbyidornullobject-member(1),
 *   …/word.table#word-word-table-getcell-member(1), …/word.table#word-word-table-values-member,
 *   …/word.range#word-word-range-expandto-member(1)).
 * - Body.insertParagraph, Body.search, Paragraph.insertParagraph, Paragraph.insertText,
 *   Paragraph.insertContentControl, ContentControl.insertParagraph, Range.paragraphs: WordApi 1.1.
 * Every sync is a round trip (Microsoft's "correlated objects pattern" article for Office Add-ins):
 * each operation here queues, syncs once to look, then once to write.
 */

function gone(): DocumentOperationError {
  return new DocumentOperationError(
    OPERATION,
    'The agenda item is no longer where the pane last read it. Check the minutes again, then add the action.',
    'ItemNotFound',
  );
}

/** A failed look-up sync, in plain words; nothing was written yet. */
function failed(error: unknown): never {
  throw toDocumentOperationError(OPERATION, error);
}

/**
 * One ACTION paragraph under its agenda item, in its own `minutebook:action` control carrying the ref, cursor
 * left at its end. Sync 1 finds the place (the items table's values, or the section's last paragraph), sync 2
 * writes; two more only to clean up after a failed write.
 */
export async function insertActionUnderItem(
  context: Word.RequestContext,
  text: string,
  ref: string,
  target: ActionTarget,
): Promise<InsertResult> {
  const paragraph =
    target.kind === 'cell'
      ? await cellParagraph(context, text, target)
      : await afterParagraph(context, text, target);
  const control = paragraph.added.insertContentControl();
  control.tag = ACTION_TAG;
  control.title = actionControlTitle(ref);
  control.getRange('Content').select('End');
  control.load('id');
  try {
    await context.sync();
  } catch (error) {
    const changed = paragraph.filled
      ? `The Notes cell of item ${target.kind === 'cell' ? target.itemNumber : ''} may now hold "${text.trim()}"; delete it if the action is not wanted.`
      : await removeOwnParagraph(context, paragraph.added, text, `A paragraph "${text.trim()}"`);
    throw toDocumentOperationError(OPERATION, error, changed);
  }
  return { contentControlId: control.id };
}

/** The Notes cell of the item's row: its empty paragraph filled, or a paragraph added at its end. */
async function cellParagraph(
  context: Word.RequestContext,
  text: string,
  target: Extract<ActionTarget, { kind: 'cell' }>,
): Promise<{ added: Word.Paragraph; filled: boolean }> {
  const itemsControl = context.document.contentControls.getByIdOrNullObject(target.controlId);
  itemsControl.load('id');
  // A navigation property (a proxy, nothing to load yet); the office-addins rule reads it as a property read.
  // eslint-disable-next-line office-addins/call-sync-before-read
  const tables = itemsControl.tables;
  tables.load('items/values');
  await context.sync().catch(failed);
  const table = itemsControl.isNullObject ? undefined : tables.items[target.tableInControl];
  if (!table) throw gone();
  // Rows may have moved since the read: the row whose number cell holds the item's number.
  const numberOf = (r: number) => (table.values[r]?.[0] ?? '').trim();
  const row =
    numberOf(target.row) === target.itemNumber
      ? target.row
      : table.values.findIndex((_, r) => numberOf(r) === target.itemNumber);
  if (row < 0) throw gone();
  const cell = table.getCell(row, target.cell);
  if ((table.values[row]?.[target.cell] ?? '').trim() === '') {
    const first = cell.body.paragraphs.getFirst();
    first.insertText(text, 'Replace');
    return { added: first, filled: true };
  }
  return { added: cell.body.insertParagraph(text, 'End'), filled: false };
}

/** After the section's last paragraph, or after the action control it sits in, in the Normal style. */
async function afterParagraph(
  context: Word.RequestContext,
  text: string,
  target: Extract<ActionTarget, { kind: 'after' }>,
): Promise<{ added: Word.Paragraph; filled: boolean }> {
  const { location } = target;
  let added: Word.Paragraph;
  if (target.afterControl && location.contentControlId !== null) {
    const action = context.document.contentControls.getByIdOrNullObject(location.contentControlId);
    action.load('id');
    await context.sync().catch(failed);
    if (action.isNullObject) throw gone();
    added = action.insertParagraph(text, 'After');
  } else {
    const query = escapeForWordSearch(location.excerpt.trim());
    if (query === '') throw gone();
    const hits = context.document.body.search(query, { matchCase: true });
    hits.load('$none');
    await context.sync().catch(failed);
    const hit = hits.items[location.occurrence];
    if (!hit) throw gone();
    added = hit.paragraphs.getLast().insertParagraph(text, 'After');
  }
  // A paragraph added after a heading takes the heading's style: an action is body text. The string, not
  // Word.BuiltInStyleName.normal: the client Word on the web loads (word-web-16.00.js) names that enum
  // Word.Style, so the newer name is undefined there and threw before anything was written.
  added.styleBuiltIn = 'Normal';
  return { added, filled: false };
}

/**
 * The reading-order index of the cursor's paragraph, as `readParagraphs` counts (body paragraphs, table cells
 * included): the paragraphs from the start of the body to the cursor's, less one. One sync.
 */
export async function cursorParagraph(context: Word.RequestContext): Promise<number | null> {
  const cursor = context.document.getSelection().paragraphs.getFirst();
  const upTo = context.document.body.getRange('Start').expandTo(cursor.getRange('Content'));
  const paragraphs = upTo.paragraphs;
  paragraphs.load('$none');
  await context.sync().catch(failed);
  return paragraphs.items.length > 0 ? paragraphs.items.length - 1 : null;
}
