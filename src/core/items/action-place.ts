import { createLocator, type Locator } from '../locate';
import { flattenItems } from '../model/item';
import type { SourceParagraph } from '../model/paragraph';
import { TAGS, type ActionTarget } from '../port';
import { readMinutes } from '../read';

/** One agenda item as the document holds it: where its heading is and where an action under it goes. */
export interface ItemPlace {
  number: string;
  title: string;
  /** Reading-order index of the item's heading (its number cell in a table). */
  heading: number;
  target: ActionTarget;
}

/** Blocks an item's section never runs into: the next of them ends it. */
const OTHER_BLOCKS = new Set<string>([TAGS.header, TAGS.attendance, TAGS.actions, TAGS.actionLog]);

/**
 * Every item of the minutes with the place an action under it goes, in document order. In Minutebook's
 * items table (`minutebook:items`) that is the end of the item's Notes cell; in hand-typed minutes the end of
 * the item's section: after its last non-empty paragraph before the next item heading (a sub-item's heading
 * counts) or the next Minutebook block. The items are the reader's, so hand-typed headings count as typed.
 */
export function actionPlaces(paragraphs: readonly SourceParagraph[]): ItemPlace[] {
  const body = paragraphs.filter((p) => (p.part ?? 'body') === 'body');
  const byIndex = new Map(body.map((p) => [p.index, p] as const));
  const locate = createLocator(paragraphs);
  // Our own items table is read straight from its rows (the tag says what it is); the rest as the reader reads it.
  const own = ownTableItems(body);
  const ownRows = new Set(own.map((o) => o.heading));
  const read = flattenItems(readMinutes(paragraphs, locate).items)
    .filter((item) => item.location?.part === 'body' && byIndex.has(item.location.paragraph))
    .map((item) => ({ number: item.number, title: item.title, heading: item.location!.paragraph }))
    .filter(
      (item) => !ownRows.has(item.heading) && byIndex.get(item.heading)?.contentControl?.tag !== TAGS.items,
    );
  const items = [...own, ...read].sort((a, b) => a.heading - b.heading);
  const headings = items.map((item) => item.heading);
  return items.map((item) => {
    const heading = item.heading;
    const p = byIndex.get(heading)!;
    const target =
      p.table && p.contentControl?.tag === TAGS.items
        ? cellTarget(body, p, item.number, locate)
        : sectionTarget(body, heading, headings, locate);
    return { number: item.number, title: item.title, heading, target };
  });
}

/** The rows of Minutebook's items tables: number cell (first cell) and title cell (second), header row left out. */
function ownTableItems(
  body: readonly SourceParagraph[],
): { number: string; title: string; heading: number }[] {
  const out: { number: string; title: string; heading: number }[] = [];
  for (const p of body) {
    if (p.contentControl?.tag !== TAGS.items || !p.table || p.table.row === 0 || p.table.cell !== 0) continue;
    const number = p.text.trim();
    if (!/^\d+(?:\.\d+)*$/.test(number)) continue;
    const title = body.find(
      (q) => q.table?.table === p.table!.table && q.table.row === p.table!.row && q.table.cell === 1,
    );
    out.push({ number, title: (title?.text ?? '').replace(/^Part II – /, '').trim(), heading: p.index });
  }
  return out;
}

/** The item whose heading is the last at or before the cursor's paragraph; null before the first item. */
export function itemAtParagraph(places: readonly ItemPlace[], paragraph: number | null): string | null {
  if (paragraph === null) return null;
  let found: ItemPlace | null = null;
  for (const place of places)
    if (place.heading <= paragraph && (!found || place.heading >= found.heading)) found = place;
  return found?.number ?? null;
}

/** Where an action under item `number` goes; null when the document has no such item. */
export function targetForItem(places: readonly ItemPlace[], number: string): ActionTarget | null {
  return places.find((p) => p.number === number)?.target ?? null;
}

function cellTarget(
  body: readonly SourceParagraph[],
  numberCell: SourceParagraph,
  itemNumber: string,
  locate: Locator,
): ActionTarget {
  const table = numberCell.table!;
  const controlId = numberCell.contentControl!.id;
  const inTable = body.filter((p) => p.table?.table === table.table);
  const notes = notesColumn(inTable);
  const cell = inTable.filter((p) => p.table!.row === table.row && p.table!.cell === notes);
  const last = cell.at(-1) ?? numberCell;
  const tablesBefore = new Set(
    body
      .filter((p) => p.contentControl?.id === controlId && p.table !== null && p.table.table < table.table)
      .map((p) => p.table!.table),
  ).size;
  return {
    kind: 'cell',
    controlId,
    tableInControl: tablesBefore,
    row: table.row,
    cell: notes,
    itemNumber,
    empty: cell.every((p) => p.text.trim() === ''),
    location: locate(last),
  };
}

/** The header row's "Notes" cell; the last cell when no header says so. */
function notesColumn(inTable: readonly SourceParagraph[]): number {
  const header = inTable.filter((p) => p.table!.row === 0);
  const named = header.find((p) => /^notes?$/i.test(p.text.trim()));
  return named ? named.table!.cell : Math.max(0, ...header.map((p) => p.table!.cell));
}

function sectionTarget(
  body: readonly SourceParagraph[],
  heading: number,
  headings: readonly number[],
  locate: Locator,
): ActionTarget {
  const next = headings.find((h) => h > heading) ?? Infinity;
  let anchor: SourceParagraph | null = null;
  for (const p of body) {
    if (p.index < heading) continue;
    if (p.index >= next) break;
    if (p.index > heading && p.contentControl && OTHER_BLOCKS.has(p.contentControl.tag)) break;
    if (p.text.trim() !== '' || p.index === heading) anchor = p;
  }
  const at = anchor ?? body.find((p) => p.index === heading)!;
  const inAction = at.contentControl?.tag === TAGS.action;
  const location = locate(at);
  return {
    kind: 'after',
    location: { ...location, contentControlId: inAction ? at.contentControl!.id : null },
    afterControl: inAction,
  };
}
