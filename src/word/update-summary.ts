import { TAGS, type SummaryUpdate } from '../core/port';
import { noSummaryTable, planSummaryUpdate, summaryOutcome } from '../core/write/summary-update';
import { officeErrorCode, toDocumentOperationError } from './errors';

const OPERATION = 'Update summary table';

/**
 * Updates the summary of actions arising in place through the table APIs (WordApi 1.3), never by inserting
 * OOXML into the existing control. Sync 1 reads the table's values; sync 2 writes the cells, deletes and adds
 * rows. No summary table: `found: false` and nothing written (sync 1 only reads).
 */
export async function updateActionSummary(
  context: Word.RequestContext,
  rows: string[][],
  lastWritten: string[][] | null,
): Promise<SummaryUpdate> {
  const table = context.document.contentControls.getByTag(TAGS.actions).getFirst().tables.getFirst();
  table.load('values');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') {
      return noSummaryTable();
    }
    throw toDocumentOperationError(OPERATION, error);
  }
  const plan = planSummaryUpdate(table.values, rows, lastWritten);
  for (const { row, cell, text } of plan.cellWrites) table.getCell(row, cell).value = text;
  for (const row of plan.deleteRows) table.deleteRows(row, 1);
  if (plan.addRows.length > 0) table.addRows('End', plan.addRows.length, plan.addRows);
  const outcome = summaryOutcome(plan);
  if (plan.cellWrites.length + plan.deleteRows.length + plan.addRows.length === 0) return outcome;
  try {
    await context.sync();
  } catch (error) {
    throw toDocumentOperationError(
      OPERATION,
      error,
      'Some cells or rows of the summary table may already be updated. Update again: cells that already match are left as they are.',
    );
  }
  return outcome;
}
