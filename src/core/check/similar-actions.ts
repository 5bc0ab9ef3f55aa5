import type { Action } from '../model';

/** How much two actions' words must overlap (Jaccard) to count as the same action written twice. */
export const NEAR_IDENTICAL = 0.8;

/** Beyond this many actions for one owner under one item, only exact repeats are compared (stays linear). */
const PAIRWISE_LIMIT = 200;

/** Who an action is for: the resolved people when known, else the owner as written. */
export function ownerKey(action: Action): string {
  if (action.owners.length > 0) {
    return action.owners
      .map((o) => o.name.trim().toLowerCase())
      .sort()
      .join('+');
  }
  return (action.owner ?? '')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
}

/** The action's words, lower case, punctuation and a leading "to" dropped. */
export function actionWords(action: Action): string[] {
  const words = action.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  return words[0] === 'to' ? words.slice(1) : words;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * For each action that repeats an earlier one (same item, same owner, near-identical words), the earlier
 * action it repeats. Actions are grouped by item and owner first, so the comparison stays small.
 */
export function findRepeats(actions: readonly Action[]): Map<Action, Action> {
  const groups = new Map<string, Action[]>();
  for (const action of actions) {
    const key = `${action.item ?? ''}\u0000${ownerKey(action)}`;
    const group = groups.get(key);
    if (group) group.push(action);
    else groups.set(key, [action]);
  }
  const repeats = new Map<Action, Action>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const words = group.map((a) => actionWords(a));
    const exact = new Map<string, Action>();
    group.forEach((action, i) => {
      const key = (words[i] ?? []).join(' ');
      const earlier = exact.get(key);
      if (earlier) repeats.set(action, earlier);
      else exact.set(key, action);
    });
    if (group.length > PAIRWISE_LIMIT) continue;
    const sets = words.map((w) => new Set(w));
    for (let i = 1; i < group.length; i += 1) {
      const action = group[i] as Action;
      if (repeats.has(action)) continue;
      for (let j = 0; j < i; j += 1) {
        if (jaccard(sets[i] as Set<string>, sets[j] as Set<string>) >= NEAR_IDENTICAL) {
          repeats.set(action, group[j] as Action);
          break;
        }
      }
    }
  }
  return repeats;
}
