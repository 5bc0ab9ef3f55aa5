/**
 * Spreadsheet formula-injection guard for text exports (CSV, TSV, the HTML table).
 *
 * Excel runs a cell that begins with `=`, `+`, `-` or `@` (and tab or CR can hide such a start), so such a
 * cell gets ONE leading `'`: Excel then shows it as text. So that our own importer can take exactly that one
 * off again, a cell whose text already begins with apostrophes before one of those characters gets one
 * more too: guarding is then reversible for any text.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardCell(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

/** Removes the one `'` that `guardCell` added; any other text comes back unchanged. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
