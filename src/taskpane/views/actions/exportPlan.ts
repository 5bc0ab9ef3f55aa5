import type { Action, Minutes, StoredMeeting } from '../../../core/model';
import { actionRows, exportedActions, type ActionRow, type LeftOut } from '../../../core/export/rows';
import { assignRefs, type RefScheme } from '../../../core/export/refs';

export interface ExportChoices {
  includeSuggestions: boolean;
  includeConfidential: boolean;
}

/**
 * Refs handed out this session, by action, so a second export gives the same rows the first did even before
 * the refs are stamped into the document.
 */
export type KnownRefs = Map<string, string>;

export function actionKey(action: Action): string {
  const l = action.location;
  return `${action.item ?? ''}\u0000${l.excerpt || action.text}\u0000${l.occurrence}`;
}

function schemeFor(stored: StoredMeeting, minutes: Minutes, now: Date): RefScheme {
  if (stored.refs.scheme === 'item') return { kind: 'item' };
  const date = minutes.meeting.date ?? stored.meeting.date;
  const year = date ? Number(date.slice(0, 4)) : now.getFullYear();
  return { kind: 'year', year, startAt: stored.refs.nextYearNumber };
}

export interface ActionExportPlan {
  /** The minutes with refs filled in for every exported action. */
  minutes: Minutes;
  rows: ActionRow[];
  leftOut: LeftOut;
  /** The refs settings to keep with the meeting (the year sequence moves on past the numbers used). */
  refs: StoredMeeting['refs'];
  /** How many actions got a ref for the first time in this export. */
  newRefs: number;
}

/**
 * What one export writes: refs first (only for the actions that leave, so a left-out suggestion does not use
 * up a tracker number), then the rows. `known` is read and updated.
 */
export function planActionExport(
  minutes: Minutes,
  stored: StoredMeeting,
  choices: ExportChoices,
  known: KnownRefs,
  now: Date = new Date(),
): ActionExportPlan {
  const remembered = minutes.actions.map((a) => {
    if (a.ref) return a;
    const ref = known.get(actionKey(a));
    return ref ? { ...a, ref } : a;
  });
  const withKnown = { ...minutes, actions: remembered };
  const leaving = new Set(exportedActions(withKnown, choices).actions);
  const assignment = assignRefs(remembered, schemeFor(stored, minutes, now), (a) => leaving.has(a));
  for (const { index, ref } of assignment.assigned) {
    const action = assignment.actions[index];
    if (action) known.set(actionKey(action), ref);
  }
  const withRefs = { ...minutes, actions: assignment.actions };
  const { rows, leftOut } = actionRows(withRefs, choices);
  const refs =
    assignment.nextYearNumber === null
      ? stored.refs
      : { ...stored.refs, nextYearNumber: assignment.nextYearNumber };
  return { minutes: withRefs, rows, leftOut, refs, newRefs: assignment.assigned.length };
}

/** Says what an export left out and how to include it; empty when nothing was left out. */
export function leftOutMessage(leftOut: Partial<LeftOut>): string {
  const parts: string[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (leftOut.confidential) {
    parts.push(
      `${plural(leftOut.confidential, 'Part II (confidential) action was', 'Part II (confidential) actions were')} left out`,
    );
  }
  if (leftOut.suggestions) {
    parts.push(`${plural(leftOut.suggestions, 'suggested action was', 'suggested actions were')} left out`);
  }
  if (parts.length === 0) return '';
  return `${parts.join('; ')}. Switch them on above to include them.`;
}
