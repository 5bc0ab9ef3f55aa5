import type { Action } from '../model';

/**
 * How new refs are made: per item (`2.1-A1`, `A1` for an action before any item) or per year (`17/2022`),
 * the year sequence continuing from the number the user gives because trackers keep their own.
 */
export type RefScheme = { kind: 'item' } | { kind: 'year'; year: number; startAt: number };

export interface RefAssignment {
  /** The same actions in the same order; those that had no ref now have one. Existing refs are never changed. */
  actions: Action[];
  /** The actions that got a new ref (by position in `actions`): what the pane stamps into the document. */
  assigned: { index: number; ref: string }[];
  /** For the year scheme, the number to offer next time (keep it with the meeting); null for the item scheme. */
  nextYearNumber: number | null;
}

const ITEM_REF = /^(?:(.+)-)?A(\d+)$/;
const YEAR_REF = /^(\d+)\/(\d+)$/;

/** What the ref grammar reads of an action. */
type RefHolder = Pick<Action, 'ref' | 'item'>;

/** A blank ref counts as none: it cannot match a tracker row. */
function hasRef(action: RefHolder): boolean {
  return action.ref !== null && action.ref.trim() !== '';
}

function itemRef(item: string | null, n: number): string {
  return item === null ? `A${n}` : `${item}-A${n}`;
}

/** Highest `A<n>` already used under each item (key '' for actions before any item). */
function highestPerItem(actions: readonly RefHolder[]): Map<string, number> {
  const highest = new Map<string, number>();
  for (const { ref } of actions) {
    const match = ref === null ? null : ITEM_REF.exec(ref);
    if (!match) continue;
    const key = match[1] ?? '';
    highest.set(key, Math.max(highest.get(key) ?? 0, Number(match[2])));
  }
  return highest;
}

function usedYearNumbers(actions: readonly RefHolder[], year: number): Set<number> {
  const used = new Set<number>();
  for (const { ref } of actions) {
    const match = ref === null ? null : YEAR_REF.exec(ref);
    if (match && Number(match[2]) === year) used.add(Number(match[1]));
  }
  return used;
}

function checkScheme(scheme: RefScheme): void {
  if (scheme.kind !== 'year') return;
  if (!Number.isInteger(scheme.year) || scheme.year < 1000 || scheme.year > 9999) {
    throw new RangeError(`The ref year must be a four-digit year such as 2022, not ${scheme.year}.`);
  }
  if (!Number.isSafeInteger(scheme.startAt) || scheme.startAt < 1) {
    throw new RangeError(`The first ref number must be a whole number of 1 or more, not ${scheme.startAt}.`);
  }
}

/**
 * Gives a ref to every action without one (those `shouldAssign` accepts, e.g. only the ones being exported,
 * so a left-out suggestion does not use up a tracker number). Refs are assigned once and never move:
 * every existing ref is kept, and a new one never repeats an existing one.
 */
export function assignRefs(
  actions: readonly Action[],
  scheme: RefScheme,
  shouldAssign: (action: Action, index: number) => boolean = () => true,
): RefAssignment {
  checkScheme(scheme);
  const assigned: RefAssignment['assigned'] = [];
  const highest = scheme.kind === 'item' ? highestPerItem(actions) : new Map<string, number>();
  const used = scheme.kind === 'year' ? usedYearNumbers(actions, scheme.year) : new Set<number>();
  let next = scheme.kind === 'year' ? scheme.startAt : 0;

  const nextRef = (action: RefHolder): string => {
    if (scheme.kind === 'item') {
      const n = (highest.get(action.item ?? '') ?? 0) + 1;
      highest.set(action.item ?? '', n);
      return itemRef(action.item, n);
    }
    while (used.has(next)) next += 1;
    used.add(next);
    return `${next}/${scheme.year}`;
  };

  const out = actions.map((action, index) => {
    if (hasRef(action) || !shouldAssign(action, index)) return action;
    const ref = nextRef(action);
    assigned.push({ index, ref });
    return { ...action, ref };
  });
  if (scheme.kind === 'year') while (used.has(next)) next += 1;
  return { actions: out, assigned, nextYearNumber: scheme.kind === 'year' ? next : null };
}

/** A stand-in for refs already in the document: only `ref` and `item` are read. */
const NEW_ACTION: Action = {
  ref: null,
  item: null,
  text: '',
  owner: null,
  owners: [],
  due: null,
  dueDate: null,
  status: 'Open',
  marked: true,
  location: { paragraph: 0, contentControlId: null, excerpt: '', occurrence: 0, part: 'body' },
};

/**
 * The ref for one new action (the pane's Add action), by the same rules as `assignRefs`: after every ref the
 * document already uses, never repeating one. `nextYearNumber` is what to keep for the year scheme.
 */
export function nextRef(
  usedRefs: readonly string[],
  item: string | null,
  scheme: RefScheme,
): { ref: string; nextYearNumber: number | null } {
  const used: Action[] = usedRefs.map((ref) => ({ ...NEW_ACTION, ref }));
  const result = assignRefs([...used, { ...NEW_ACTION, item }], scheme);
  return { ref: result.assigned[0]!.ref, nextYearNumber: result.nextYearNumber };
}
