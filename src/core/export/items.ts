import { flattenItems, type Item } from '../model';

/** What exports need to know about items, looked up by item number. */
export interface ItemIndex {
  title(number: string | null): string;
  /** True for a Part II item: one flagged confidential, or anything beneath one. */
  isConfidential(number: string | null): boolean;
}

export function indexItems(items: readonly Item[]): ItemIndex {
  const titles = new Map<string, string>();
  const confidential = new Set<string>();
  for (const item of flattenItems(items)) {
    if (!titles.has(item.number)) titles.set(item.number, item.title);
    if (!item.confidential) continue;
    for (const inner of flattenItems([item])) confidential.add(inner.number);
  }
  return {
    title: (number) => (number === null ? '' : (titles.get(number) ?? '')),
    isConfidential: (number) => number !== null && confidential.has(number),
  };
}
