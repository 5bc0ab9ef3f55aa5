import type { Action, Decision, Minutes } from '../model';
import type { ExportColumn, ExportTable } from './columns';
import { indexItems, type ItemIndex } from './items';

type ActionKey =
  | 'ref'
  | 'meeting'
  | 'meetingDate'
  | 'itemNumber'
  | 'itemTitle'
  | 'action'
  | 'ownerAsWritten'
  | 'ownerName'
  | 'ownerRole'
  | 'dueAsWritten'
  | 'dueDate'
  | 'status'
  | 'update'
  | 'dateClosed';

/** One tracker row. Dates are ISO (`2022-08-25`) or null; every other field is text, empty when blank. */
export type ActionRow = Record<Exclude<ActionKey, ActionDateKey>, string> &
  Record<ActionDateKey, string | null>;

type ActionDateKey = 'meetingDate' | 'dueDate' | 'dateClosed';

/** The columns trackers use (docs/architecture.md, "An export format"), in their usual order. */
export const ACTION_COLUMNS: readonly ExportColumn<ActionKey>[] = [
  { header: 'Ref', key: 'ref', kind: 'text', width: 12 },
  { header: 'Meeting', key: 'meeting', kind: 'text', width: 28 },
  { header: 'Meeting date', key: 'meetingDate', kind: 'date', width: 13 },
  { header: 'Item no.', key: 'itemNumber', kind: 'text', width: 9 },
  { header: 'Item title', key: 'itemTitle', kind: 'text', width: 28 },
  { header: 'Action', key: 'action', kind: 'text', width: 60 },
  { header: 'Owner (as written)', key: 'ownerAsWritten', kind: 'text', width: 18 },
  { header: 'Owner (name)', key: 'ownerName', kind: 'text', width: 24 },
  { header: 'Owner role', key: 'ownerRole', kind: 'text', width: 24 },
  { header: 'Due (as written)', key: 'dueAsWritten', kind: 'text', width: 18 },
  { header: 'Due (date)', key: 'dueDate', kind: 'date', width: 12 },
  { header: 'Status', key: 'status', kind: 'text', width: 11 },
  { header: 'Update', key: 'update', kind: 'text', width: 30 },
  { header: 'Date closed', key: 'dateClosed', kind: 'date', width: 12 },
];

export const EXPORT_COLUMNS: readonly string[] = ACTION_COLUMNS.map((column) => column.header);

type DecisionKey = 'meeting' | 'meetingDate' | 'itemNumber' | 'itemTitle' | 'decision';

export type DecisionRow = Record<Exclude<DecisionKey, 'meetingDate'>, string> & {
  meetingDate: string | null;
};

export const DECISION_COLUMNS: readonly ExportColumn<DecisionKey>[] = [
  { header: 'Meeting', key: 'meeting', kind: 'text', width: 28 },
  { header: 'Meeting date', key: 'meetingDate', kind: 'date', width: 13 },
  { header: 'Item no.', key: 'itemNumber', kind: 'text', width: 9 },
  { header: 'Item title', key: 'itemTitle', kind: 'text', width: 28 },
  { header: 'Decision', key: 'decision', kind: 'text', width: 70 },
];

export interface ExportOptions {
  /** Include suggestions (actions read from prose, `marked` false). Off by default. */
  includeSuggestions?: boolean;
  /** Include what sits under Part II (confidential) items. Off by default. */
  includeConfidential?: boolean;
}

/** What an export left out, so the pane and the CLI can say so. Each action is counted once, confidential first. */
export interface LeftOut {
  suggestions: number;
  confidential: number;
}

/** The actions an export carries, in document order, and how many it left out and why. */
export function exportedActions(
  minutes: Minutes,
  options: ExportOptions = {},
): { actions: Action[]; leftOut: LeftOut } {
  const items = indexItems(minutes.items);
  const leftOut: LeftOut = { suggestions: 0, confidential: 0 };
  const actions: Action[] = [];
  for (const action of minutes.actions) {
    if (!options.includeConfidential && items.isConfidential(action.item)) {
      leftOut.confidential += 1;
    } else if (!options.includeSuggestions && !action.marked) {
      leftOut.suggestions += 1;
    } else {
      actions.push(action);
    }
  }
  return { actions, leftOut };
}

/** Several owners share one cell each way, separated as trackers separate them. */
const JOINT = '; ';

function actionRow(minutes: Minutes, items: ItemIndex, action: Action): ActionRow {
  const roles = action.owners.map((owner) => owner.capacity.trim()).filter((role) => role !== '');
  return {
    ref: action.ref ?? '',
    meeting: minutes.meeting.title,
    meetingDate: minutes.meeting.date,
    itemNumber: action.item ?? '',
    itemTitle: items.title(action.item),
    action: action.text,
    ownerAsWritten: action.owner ?? '',
    ownerName: action.owners.map((owner) => owner.name).join(JOINT),
    ownerRole: roles.join(JOINT),
    dueAsWritten: action.due ?? '',
    dueDate: action.dueDate,
    status: action.status,
    // The tracker fills these in; the minutes never hold them.
    update: '',
    dateClosed: null,
  };
}

/**
 * The action rows of one set of minutes, suggestions and Part II items left out unless asked for.
 * Assign refs first (`assignRefs`): an action without one exports with an empty Ref.
 */
export function actionRows(
  minutes: Minutes,
  options: ExportOptions = {},
): { rows: ActionRow[]; leftOut: LeftOut } {
  const items = indexItems(minutes.items);
  const { actions, leftOut } = exportedActions(minutes, options);
  return { rows: actions.map((action) => actionRow(minutes, items, action)), leftOut };
}

/** The decisions an export carries: those under Part II items only when asked for, like actions. */
export function exportedDecisions(
  minutes: Minutes,
  options: Pick<ExportOptions, 'includeConfidential'> = {},
): { decisions: Decision[]; leftOut: Pick<LeftOut, 'confidential'> } {
  const items = indexItems(minutes.items);
  const decisions = minutes.decisions.filter(
    (decision) => options.includeConfidential || !items.isConfidential(decision.item),
  );
  return { decisions, leftOut: { confidential: minutes.decisions.length - decisions.length } };
}

/** The decisions log rows. */
export function decisionRows(
  minutes: Minutes,
  options: Pick<ExportOptions, 'includeConfidential'> = {},
): { rows: DecisionRow[]; leftOut: Pick<LeftOut, 'confidential'> } {
  const items = indexItems(minutes.items);
  const { decisions, leftOut } = exportedDecisions(minutes, options);
  const rows = decisions.map((decision) => ({
    meeting: minutes.meeting.title,
    meetingDate: minutes.meeting.date,
    itemNumber: decision.item ?? '',
    itemTitle: items.title(decision.item),
    decision: decision.text,
  }));
  return { rows, leftOut };
}

export function actionTable(rows: readonly ActionRow[]): ExportTable<ActionKey> {
  return { columns: ACTION_COLUMNS, rows };
}

export function decisionTable(rows: readonly DecisionRow[]): ExportTable<DecisionKey> {
  return { columns: DECISION_COLUMNS, rows };
}
