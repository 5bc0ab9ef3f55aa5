import { flattenItems, type Item } from '../model/item';
import type { OoxmlBlock } from '../port';
import { tableBlock } from './table-block';

/** Part II (confidential) items say so in their title; the reader takes the prefix off again. */
export const PART_TWO_PREFIX = 'Part II – ';

export function itemTitleText(item: Item): string {
  return item.confidential ? `${PART_TWO_PREFIX}${item.title}` : item.title;
}

/** One row per item and sub-item, numbers as literal text, top-level titles in bold, a notes cell. */
export function buildItemsBlock(items: Item[]): OoxmlBlock {
  const topLevel = new Set(items);
  return tableBlock('items', 'Items', 'Minutebook: items', {
    caption: 'Items',
    description:
      'Agenda items in order: number, title, and notes for each item and sub-item. Part II items are confidential.',
    columns: [
      { heading: 'No.', widthPercent: 9 },
      { heading: 'Item', widthPercent: 36 },
      { heading: 'Notes', widthPercent: 55 },
    ],
    rows: flattenItems(items).map((item) => [
      { text: item.number, bold: topLevel.has(item) },
      { text: itemTitleText(item), bold: topLevel.has(item) },
      item.notes ?? '',
    ]),
  });
}
