import { type ColumnRole, columnRole } from './columns';

/**
 * A table laid out in spaces (a page saved as text, a PDF read with its layout): a header line whose words stand
 * apart by runs of spaces ("NO   PAPER   ACTION   LEAD   TARGET"), and under it lines whose words stand under
 * those headers. Each word run belongs to the header it starts under; a line whose words run on across two
 * columns is prose, and the table has ended.
 */
export interface FixedColumns {
  /** Where each header starts in its line, in order, and the column it names (null: one the reader does not read). */
  starts: number[];
  roles: (ColumnRole | null)[];
}

// A run of words with single spaces between them: one cell's words, or one header's.
const CHUNK = /\S+(?: \S+)*/g;
// A few characters of drift under a header are still its column.
const DRIFT = 2;

function chunksOf(raw: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(raw); m !== null && out.length < 40; m = CHUNK.exec(raw))
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/** The columns a header line laid out in spaces names, when it names an action and an owner column; else null. */
export function fixedWidthHeader(raw: string): FixedColumns | null {
  // Cheap tests first: a header line is short, and its headers stand apart by runs of spaces.
  if (raw.length > 400 || raw.indexOf('   ') < 0) return null;
  const chunks = chunksOf(raw);
  if (chunks.length < 4) return null;
  const roles = chunks.map((c) => columnRole(c.text));
  if (!roles.includes('action') || !roles.includes('owner')) return null;
  if (roles.filter((r) => r !== null).length < 3) return null;
  return { starts: chunks.map((c) => c.start), roles };
}

/**
 * The line's cells under the header's columns (one string a column, '' where empty), or null when a run of
 * its words runs on across two columns (prose, not a row).
 */
export function fixedWidthCells(raw: string, columns: FixedColumns): string[] | null {
  const cells = columns.starts.map(() => '');
  const { starts } = columns;
  for (const chunk of chunksOf(raw)) {
    let at = -1;
    while (at + 1 < starts.length && starts[at + 1]! <= chunk.start + DRIFT) at += 1;
    if (at < 0) return null;
    // One column's words may run on under the next ("May 2031" under a narrow NO); prose runs across two.
    if (at + 2 < starts.length && chunk.end > starts[at + 2]! + DRIFT) return null;
    cells[at] = cells[at] ? `${cells[at]} ${chunk.text}` : chunk.text;
  }
  return cells;
}
