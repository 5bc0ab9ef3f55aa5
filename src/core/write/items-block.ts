import type { Item } from '../model/item';
import { TAGS, type OoxmlBlock } from '../port';
import { BLOCK_CONTROL_IDS } from './block-ids';
import { itemsTableCells } from './block-rows';
import { contentControlXml, heading1Xml, tableXml, type TableCell } from './ooxml';
import { flatPackage } from './package';

export { PART_TWO_PREFIX, itemTitleText, nextMeetingItem } from './block-rows';
export const PART_TWO_HEADING = 'Part II – confidential';

export interface ItemsBlockOptions {
  /** The next meeting as written ("Tuesday 4 October 2022, 10:00, Room 3"): a "Next meeting:" line in the notes. */
  nextMeeting?: string | null;
}

/**
 * One row per item and sub-item, numbers as literal text, top-level titles in bold, a notes cell; Part II
 * items in a second table under "Part II – confidential" after the public ones. The next
 * meeting, when known, is a "Next meeting: …" line in the notes of the item about it (or the last item), the
 * label the reader reads it back by. The rows come from `block-rows.ts`, which an in-place update shares.
 */
export function buildItemsBlock(items: Item[], options: ItemsBlockOptions = {}): OoxmlBlock {
  const { open, closed } = itemsTableCells(items, options.nextMeeting);
  const table = (rows: TableCell[][], caption: string, description: string) =>
    tableXml({
      caption,
      description,
      columns: [
        { heading: 'No.', widthPercent: 9 },
        { heading: 'Item', widthPercent: 36 },
        { heading: 'Notes', widthPercent: 55 },
      ],
      rows,
    });
  const content =
    heading1Xml('Items') +
    table(open, 'Items', 'Agenda items in order: number, title, and notes for each item and sub-item.') +
    (closed.length > 0
      ? heading1Xml(PART_TWO_HEADING) +
        table(
          closed,
          PART_TWO_HEADING,
          'Part II agenda items, confidential: number, title, and notes for each item and sub-item.',
        )
      : '');
  const control = { tag: TAGS.items, title: 'Minutebook: items', id: BLOCK_CONTROL_IDS.items };
  return { kind: 'items', ooxml: flatPackage(contentControlXml(control, content)) };
}
