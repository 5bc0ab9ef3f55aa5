import type { Action } from '../model/action';
import type { OoxmlBlock } from '../port';
import { tableBlock } from './table-block';
import { ukLongDate } from './uk-date';

/**
 * The summary table's data rows (Ref, Item, Action, Owner, Due, Status): what the block writes and what an
 * in-place update compares the document's cells against.
 */
export function actionSummaryRows(actions: readonly Action[]): string[][] {
  return actions.map((a) => [
    a.ref ?? '',
    a.item ?? '',
    a.text,
    a.owner ?? '',
    a.due ?? (a.dueDate ? ukLongDate(a.dueDate) : ''),
    a.status,
  ]);
}

/**
 * The summary of actions at the end of the minutes. It repeats actions written in the items, so the reader
 * skips it (by its tag) as a source of actions.
 */
export function buildActionSummaryBlock(actions: Action[]): OoxmlBlock {
  return tableBlock('actions', 'Summary of actions arising', 'Minutebook: summary of actions', {
    caption: 'Summary of actions arising',
    description: 'Each action with its reference, item number, owner, due date and status.',
    columns: [
      { heading: 'Ref', widthPercent: 11 },
      { heading: 'Item', widthPercent: 8 },
      { heading: 'Action', widthPercent: 39 },
      { heading: 'Owner', widthPercent: 16 },
      { heading: 'Due', widthPercent: 14 },
      { heading: 'Status', widthPercent: 12 },
    ],
    rows: actionSummaryRows(actions),
  });
}
