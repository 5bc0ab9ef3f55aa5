import { TAGS, type BlockUpdate, type BlockUpdateRequest } from '../core/port';
import {
  blockOutcome,
  noBlock,
  orderedEdits,
  planBlockUpdate,
  planIsEmpty,
  type TablePlan,
} from '../core/write/block-update';
import { officeErrorCode, toDocumentOperationError } from './errors';

const NAMES = { attendance: 'attendance table', items: 'items table' } as const;

/**
 * Updates an inserted table block in place through the table APIs (WordApi 1.3: Table.values, TableCell.value,
 * TableRow.insertRows, Table.addRows, Table.deleteRows), never by inserting OOXML into the existing control
 * (that path duplicates content or fails on the web). Sync 1 reads the first control with the block's tag and
 * its tables' values; sync 2 writes. A dry run, or a block already up to date, costs sync 1 only.
 * learn.microsoft.com/javascript/api/word/word.table, …/word.tablerow#word-word-tablerow-insertrows-member(1)
 */
export async function updateBlock(
  context: Word.RequestContext,
  request: BlockUpdateRequest,
): Promise<BlockUpdate> {
  const operation = `Update ${NAMES[request.kind]}`;
  const control = context.document.contentControls.getByTag(TAGS[request.kind]).getFirst();
  control.load('id');
  // A navigation property (a proxy, nothing to load yet); the office-addins rules read it as a property read.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const tables = control.tables;
  tables.load('items/values');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return noBlock();
    throw toDocumentOperationError(operation, error);
  }
  const plan = planBlockUpdate({
    kind: request.kind,
    tables: tables.items.map((t) => t.values),
    wanted: request.wanted,
    lastWritten: request.lastWritten,
    force: request.force ?? [],
  });
  if (request.dryRun || planIsEmpty(plan)) return blockOutcome(plan, false, control.id);
  plan.tables.forEach((tablePlan, i) => queueTableEdits(tables.items[i]!, tablePlan));
  try {
    await context.sync();
  } catch (error) {
    throw toDocumentOperationError(
      operation,
      error,
      `Some cells or rows of the ${NAMES[request.kind]} may already be updated. Update again: cells that already match are left as they are.`,
    );
  }
  return blockOutcome(plan, true, control.id);
}

/**
 * One table's edits, queued in the order that keeps each index true when Word runs it (`orderedEdits`). New
 * first rows go before the first data row that is left, so they take a data row's look, not the header's;
 * in a table with no data row left they are added at the end (the header row is then the template).
 */
function queueTableEdits(table: Word.Table, plan: TablePlan): void {
  let dataRows = table.values.length - 1;
  for (const edit of orderedEdits(plan)) {
    if (edit.kind === 'cell') table.getCell(edit.row, edit.cell).value = edit.text;
    else if (edit.kind === 'delete') {
      table.deleteRows(edit.row, 1);
      dataRows -= 1;
    } else {
      const count = edit.rows.length;
      if (edit.after > 0) table.getCell(edit.after, 0).parentRow.insertRows('After', count, edit.rows);
      else if (dataRows > 0) table.getCell(1, 0).parentRow.insertRows('Before', count, edit.rows);
      else table.addRows('End', count, edit.rows);
      dataRows += count;
    }
  }
}
