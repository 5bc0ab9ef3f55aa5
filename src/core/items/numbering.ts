import type { Item } from '../model/item';

/** Live numbering as literal text: 1, 2, 2.1, 2.2, 3 (deeper levels continue: 2.1.1). Returns new items. */
export function renumber(items: readonly Item[], prefix = ''): Item[] {
  return items.map((item, i) => {
    const number = prefix === '' ? String(i + 1) : `${prefix}.${i + 1}`;
    return { ...item, number, subItems: renumber(item.subItems, number) };
  });
}
