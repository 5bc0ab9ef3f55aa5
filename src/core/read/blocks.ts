import type { SourceParagraph } from '../model/paragraph';
import { cleanText } from './clean';

/** A paragraph outside tables, its text cleaned. */
export interface LineUnit {
  kind: 'line';
  paragraph: SourceParagraph;
  text: string;
  style: string;
  tag: string;
}

export interface Cell {
  paragraphs: SourceParagraph[];
  /** Each paragraph's cleaned text (empty ones kept so positions match). */
  texts: string[];
  /** The cell's text in one line. */
  text: string;
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

/** Body paragraphs grouped into lines and table rows, in reading order. Header and footer parts are left out. */
export function toUnits(paragraphs: readonly SourceParagraph[]): Unit[] {
  const units: Unit[] = [];
  let currentRow: RowUnit | null = null;
  for (const p of paragraphs) {
    if (p.part !== 'body') continue;
    const text = cleanText(p.text ?? '');
    const tag = p.contentControl?.tag ?? '';
    if (!p.table) {
      currentRow = null;
      if (text) units.push({ kind: 'line', paragraph: p, text, style: p.style ?? '', tag });
      continue;
    }
    if (!currentRow || currentRow.table !== p.table.table || currentRow.row !== p.table.row) {
      currentRow = { kind: 'row', table: p.table.table, row: p.table.row, cells: [], tag, paragraph: p };
      units.push(currentRow);
    }
    if (!currentRow.tag && tag) currentRow.tag = tag;
    const cellIndex = Math.min(p.table.cell, 63);
    while (currentRow.cells.length <= cellIndex)
      currentRow.cells.push({ paragraphs: [], texts: [], text: '' });
    const cell = currentRow.cells[cellIndex]!;
    cell.paragraphs.push(p);
    cell.texts.push(text);
    cell.text = cell.text ? (text ? `${cell.text} ${text}` : cell.text) : text;
  }
  return units;
}

/** The cell texts of a row with empty cells kept. */
export function cellTexts(row: RowUnit): string[] {
  return row.cells.map((c) => c.text);
}

/** The non-empty cells of a row, in order. */
export function filledCells(row: RowUnit): Cell[] {
  return row.cells.filter((c) => c.text.length > 0);
}
