import type { ActionFacts } from './actionFacts';

export type SortColumn = 'ref' | 'item' | 'action' | 'owner' | 'due' | 'status';
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Sort keys: item numbers compare as numbers ("2.10" after "2.9"); due by date first, then as written. */
function keyOf(facts: ActionFacts, column: SortColumn): string {
  const a = facts.action;
  switch (column) {
    case 'ref':
      return a.ref ?? '';
    case 'item':
      return a.item ?? '';
    case 'action':
      return a.text;
    case 'owner':
      return facts.owner;
    case 'due':
      return a.dueDate ?? (a.due ? `~${a.due}` : '');
    case 'status':
      return a.status;
  }
}

/** A stable sort: equal keys keep document order. Blanks go last in either direction. */
export function sortActions(list: readonly ActionFacts[], sort: SortState | null): ActionFacts[] {
  if (!sort) return [...list];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return list
    .map((facts, n) => ({ facts, n, key: keyOf(facts, sort.column) }))
    .sort((x, y) => {
      if (x.key === '' || y.key === '') return x.key === y.key ? x.n - y.n : x.key === '' ? 1 : -1;
      return sign * collator.compare(x.key, y.key) || x.n - y.n;
    })
    .map((entry) => entry.facts);
}

export function nextSort(current: SortState | null, column: SortColumn): SortState {
  if (current?.column === column) {
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column, direction: 'ascending' };
}
