import type { Action, Minutes, Problem } from '../../../core/model';
import { exportedActions } from '../../../core/export/rows';

/** The rules whose findings belong beside an action in the table. */
export const ACTION_RULES: ReadonlySet<string> = new Set(['action-without-owner', 'action-owner-unknown']);

/** One action as the table shows it. */
export interface ActionFacts {
  action: Action;
  /** Stable within one read: the action's position among all actions. */
  key: string;
  owner: string;
  confidential: boolean;
  problems: Problem[];
}

export const NO_OWNER = 'No owner';

/** The owner as people read it: the resolved names, else the words written, else "No owner". */
export function ownerLabel(action: Action): string {
  if (action.owners.length > 0) return action.owners.map((o) => o.name).join(' and ');
  return action.owner?.trim() || NO_OWNER;
}

/**
 * Facts for every action: whether it sits under a Part II item (as the export decides it) and the problems
 * found at its paragraph.
 */
export function actionFacts(minutes: Minutes, problems: readonly Problem[]): ActionFacts[] {
  const open = new Set(
    exportedActions(minutes, { includeSuggestions: true, includeConfidential: false }).actions,
  );
  const byParagraph = new Map<number, Problem[]>();
  for (const p of problems) {
    if (!ACTION_RULES.has(p.rule) || !p.location) continue;
    const list = byParagraph.get(p.location.paragraph) ?? [];
    list.push(p);
    byParagraph.set(p.location.paragraph, list);
  }
  return minutes.actions.map((action, n) => ({
    action,
    key: `a${n}`,
    owner: ownerLabel(action),
    confidential: !open.has(action),
    problems: action.location.part === 'body' ? (byParagraph.get(action.location.paragraph) ?? []) : [],
  }));
}
