import type { SourceParagraph } from '../model/paragraph';
import { cleanText } from './clean';
import { HEADING_STYLE } from './structure/patterns';

/** A paragraph outside tables, its text cleaned. */
export interface LineUnit {
  kind: 'line';
  paragraph: SourceParagraph;
  text: string;
  style: string;
  tag: string;
  /** The number Word's list shows before the text ("2.", "2.1"), when the adapter gives one; '' otherwise. */
  listString: string;
}

export interface Cell {
  /** The cell's first paragraph; null for an empty cell that only keeps the columns in line. */
  paragraph: SourceParagraph | null;
  /** The cell's text in one line. */
  text: string;
  /** Each paragraph with its cleaned text (empty ones kept so positions match) where the cell has more than one. */
  lines: CellLine[] | null;
}

export interface CellLine {
  paragraph: SourceParagraph;
  text: string;
}

/** Each paragraph of a cell with its cleaned text, in order; most cells have one, kept without a list. */
export function forEachLine(cell: Cell, visit: (text: string, paragraph: SourceParagraph) => void): void {
  if (cell.lines !== null) {
    for (let i = 0; i < cell.lines.length; i += 1) visit(cell.lines[i]!.text, cell.lines[i]!.paragraph);
  } else if (cell.paragraph !== null) visit(cell.text, cell.paragraph);
}

/** One table row: its cells in order, each with the paragraphs inside it. */
export interface RowUnit {
  kind: 'row';
  table: number;
  row: number;
  cells: Cell[];
  tag: string;
  /** First paragraph of the row, for locations. */
  paragraph: SourceParagraph;
}

export type Unit = LineUnit | RowUnit;

/**
 * Body paragraphs grouped into lines and table rows, in reading order. Header and footer parts are left out.
 * A line keeps Word's list number where the list can number the items: on a heading, or anywhere when the
 * document has no headings but its title (where headings give the structure, a numbered list under them is a
 * to-do list or the points of a discussion, not the items).
 */
export function toUnits(paragraphs: readonly SourceParagraph[]): Unit[] {
  const units: Unit[] = [];
  const listsAreItems = headingCount(paragraphs) <= 1;
  let currentRow: RowUnit | null = null;
  // Indexed loops and array literals throughout the reader: it runs once per check, mostly before the engine
  // optimises it, where for-of and empty arrays that grow cost an allocation per element.
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i]!;
    if (p.part !== 'body') continue;
    const text = cleanText(p.text ?? '');
    const tag = p.contentControl?.tag ?? '';
    const table = p.table;
    if (!table) {
      currentRow = null;
      if (text)
        units.push({
          kind: 'line',
          paragraph: p,
          text,
          style: p.style ?? '',
          tag,
          listString: p.listString && (listsAreItems || HEADING_STYLE.test(p.style)) ? p.listString : '',
        });
      continue;
    }
    if (!currentRow || currentRow.table !== table.table || currentRow.row !== table.row) {
      currentRow = { kind: 'row', table: table.table, row: table.row, cells: [], tag, paragraph: p };
      units.push(currentRow);
    }
    if (!currentRow.tag && tag) currentRow.tag = tag;
    const cells = currentRow.cells;
    const cellIndex = Math.min(table.cell, 63);
    while (cells.length < cellIndex) cells.push({ paragraph: null, text: '', lines: null });
    const cell = cells[cellIndex];
    if (cell === undefined) {
      cells.push({ paragraph: p, text, lines: null });
      continue;
    }
    if (cell.paragraph === null) {
      // Only reached when a later paragraph names an earlier cell: its first paragraph after all.
      cell.paragraph = p;
      cell.text = text;
      continue;
    }
    cell.lines ??= [{ paragraph: cell.paragraph, text: cell.text }];
    cell.lines.push({ paragraph: p, text });
    cell.text = cell.text ? (text ? `${cell.text} ${text}` : cell.text) : text;
  }
  return units;
}

/** Body lines in a heading style, counted up to two (the first is often the title). */
function headingCount(paragraphs: readonly SourceParagraph[]): number {
  let count = 0;
  for (let i = 0; i < paragraphs.length && count < 2; i += 1) {
    const p = paragraphs[i]!;
    if (p.part === 'body' && !p.table && p.style && HEADING_STYLE.test(p.style) && p.text.trim()) count += 1;
  }
  return count;
}

/** The non-empty cells of a row, in order (the row's own list when every cell is filled, as most are). */
export function filledCells(row: RowUnit): readonly Cell[] {
  const cells = row.cells;
  for (let i = 0; i < cells.length; i += 1)
    if (cells[i]!.text.length === 0) return cells.filter((c) => c.text.length > 0);
  return cells;
}
