import { flattenItems, type Item } from '../model/item';
import { TAGS, type OoxmlBlock } from '../port';
import { BLOCK_CONTROL_IDS } from './block-ids';
import { contentControlXml, heading1Xml, tableXml, type TableCell } from './ooxml';
import { flatPackage } from './package';

/**
 * Part II (confidential) items go in their own part after the public items, under this heading, in a table of
 * their own. Their titles there still carry the prefix, the marker the reader (and so every export's
 * "leave confidential out") knows them by; the reader takes it off again.
 */
export const PART_TWO_PREFIX = 'Part II – ';
export const PART_TWO_HEADING = 'Part II – confidential';

export function itemTitleText(item: Item): string {
  return item.confidential ? `${PART_TWO_PREFIX}${item.title}` : item.title;
}

/** The item the next meeting is written under: the one about the next meeting, else the last. */
export function nextMeetingItem(items: readonly Item[]): Item | null {
  const all = flattenItems(items);
  return all.find((item) => NEXT_MEETING.test(item.title)) ?? items.at(-1) ?? null;
}

const NEXT_MEETING = /\bnext meeting\b/i;

export interface ItemsBlockOptions {
  /** The next meeting as written ("Tuesday 4 October 2022, 10:00, Room 3"): a "Next meeting:" line in the notes. */
  nextMeeting?: string | null;
}

/**
 * One row per item and sub-item, numbers as literal text, top-level titles in bold, a notes cell; Part II
 * items in a second table under "Part II – confidential" after the public ones. The next
 * meeting, when known, is a "Next meeting: …" line in the notes of the item about it (or the last item), the
 * label the reader reads it back by.
 */
export function buildItemsBlock(items: Item[], options: ItemsBlockOptions = {}): OoxmlBlock {
  const topLevel = new Set(items);
  const next = options.nextMeeting?.trim() ? options.nextMeeting.trim() : null;
  const nextItem = next ? nextMeetingItem(items.filter((i) => !i.confidential)) : null;
  const notesOf = (item: Item): TableCell | string => {
    const notes = item.notes ?? '';
    if (item !== nextItem) return notes;
    const line = `Next meeting: ${next}`;
    return notes.trim() === '' ? { text: line } : { text: notes, more: [line] };
  };
  const table = (list: Item[], caption: string, description: string) =>
    tableXml({
      caption,
      description,
      columns: [
        { heading: 'No.', widthPercent: 9 },
        { heading: 'Item', widthPercent: 36 },
        { heading: 'Notes', widthPercent: 55 },
      ],
      rows: flattenItems(list).map((item) => [
        { text: item.number, bold: topLevel.has(item) },
        { text: itemTitleText(item), bold: topLevel.has(item) },
        notesOf(item),
      ]),
    });
  const open = items.filter((i) => !i.confidential);
  const closed = items.filter((i) => i.confidential);
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
