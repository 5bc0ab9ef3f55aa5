import { flattenItems, type Item } from '../model/item';
import type { Attendee, AttendanceStatus } from '../model/attendee';
import type { TableCell } from './ooxml';

/**
 * The data rows of Minutebook's table blocks, as the builders write them and as an in-place update compares
 * the document's cells against. One function per block, so the two never drift apart.
 */

const STATUS_ORDER: AttendanceStatus[] = ['present', 'in attendance', 'apologies', 'absent'];
export const STATUS_LABEL: Record<AttendanceStatus, string> = {
  present: 'Present',
  'in attendance': 'In attendance',
  apologies: 'Apologies',
  absent: 'Absent',
};

/** Present, in attendance, apologies, absent; the given order kept within each. */
export function orderAttendees(attendees: readonly Attendee[]): Attendee[] {
  return STATUS_ORDER.flatMap((status) => attendees.filter((a) => a.status === status));
}

/** Name, capacity, initials, status, in the table's order. */
export function attendanceRows(attendees: readonly Attendee[]): string[][] {
  return orderAttendees(attendees).map((a) => [a.name, a.capacity, a.initials, STATUS_LABEL[a.status]]);
}

/**
 * Part II (confidential) items go in their own part after the public items, under this heading, in a table of
 * their own. Their titles there still carry the prefix, the marker the reader (and so every export's
 * "leave confidential out") knows them by; the reader takes it off again.
 */
export const PART_TWO_PREFIX = 'Part II – ';

export function itemTitleText(item: Item): string {
  return item.confidential ? `${PART_TWO_PREFIX}${item.title}` : item.title;
}

const NEXT_MEETING = /\bnext meeting\b/i;

/** The item the next meeting is written under: the one about the next meeting, else the last. */
export function nextMeetingItem(items: readonly Item[]): Item | null {
  const all = flattenItems(items);
  return all.find((item) => NEXT_MEETING.test(item.title)) ?? items.at(-1) ?? null;
}

/** The items block's two tables (public, then Part II), rows as formatted cells. */
export interface ItemsTableCells {
  open: TableCell[][];
  closed: TableCell[][];
}

/**
 * One row per item and sub-item: number and title (bold at the top level), then the notes; the next meeting,
 * when known, a "Next meeting: …" paragraph in the notes of the item about it (or the last public item).
 */
export function itemsTableCells(items: readonly Item[], nextMeeting?: string | null): ItemsTableCells {
  const topLevel = new Set(items);
  const next = nextMeeting?.trim() ? nextMeeting.trim() : null;
  const open = items.filter((i) => !i.confidential);
  const closed = items.filter((i) => i.confidential);
  const nextItem = next ? nextMeetingItem(open) : null;
  const notesOf = (item: Item): TableCell => {
    const notes = item.notes ?? '';
    if (item !== nextItem) return { text: notes };
    const line = `Next meeting: ${next}`;
    return notes.trim() === '' ? { text: line } : { text: notes, more: [line] };
  };
  const rows = (list: Item[]) =>
    flattenItems(list).map((item): TableCell[] => [
      { text: item.number, bold: topLevel.has(item) },
      { text: itemTitleText(item), bold: topLevel.has(item) },
      notesOf(item),
    ]);
  return { open: rows(open), closed: rows(closed) };
}

/** A formatted cell as the table APIs read it: its paragraphs joined by a line break. */
export function cellPlainText(cell: TableCell | string): string {
  return typeof cell === 'string' ? cell : [cell.text, ...(cell.more ?? [])].join('\n');
}

/** The items block's tables as plain rows: [public rows, Part II rows]. */
export function itemsRows(items: readonly Item[], nextMeeting?: string | null): string[][][] {
  const { open, closed } = itemsTableCells(items, nextMeeting);
  return [open, closed].map((rows) => rows.map((row) => row.map(cellPlainText)));
}
