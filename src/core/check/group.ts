import type { Problem } from '../model';
import { RULES } from './index';

/**
 * Findings of one kind (one rule, one of its messages) together, in order of their first: eight "Nothing is
 * recorded under item …" become one group with eight places. The pane and the CLI show findings so.
 */
export function groupByKind(problems: readonly Problem[]): Problem[][] {
  const kinds = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = `${problem.rule}\u0000${problem.messageId ?? problem.message}`;
    const kind = kinds.get(key);
    if (kind) kind.push(problem);
    else kinds.set(key, [problem]);
  }
  return [...kinds.values()];
}

/** "An item has no text under it and no sub-items (8 places)": the rule's description in plain words. */
export function groupTitle(kind: readonly Problem[]): string {
  const description = RULES.find((r) => r.id === kind[0]?.rule)?.description ?? kind[0]?.message ?? '';
  return `${description.replace(/\.$/, '')} (${kind.length} places)`;
}
