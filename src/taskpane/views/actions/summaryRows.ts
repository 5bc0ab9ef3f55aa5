import type { Action } from '../../../core/model';
import { ukLongDate } from '../../../core/write/uk-date';

/**
 * The summary table's data rows as buildActionSummaryBlock writes them (Ref, Item, Action, Owner, Due,
 * Status), so an update compares like with like. Kept beside the block builder's own mapping until core
 * exports one; tests/ui/actions/summaryRows.test.ts holds the two together.
 */
export function summaryRows(actions: readonly Action[]): string[][] {
  return actions.map((a) => [
    a.ref ?? '',
    a.item ?? '',
    a.text,
    a.owner ?? '',
    a.due ?? (a.dueDate ? ukLongDate(a.dueDate) : ''),
    a.status,
  ]);
}
