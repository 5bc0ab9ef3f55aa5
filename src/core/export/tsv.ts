import { readRecords, writeRecords } from './delimited';
import { guardCell, unguardCell } from './guard';

/**
 * Tab-separated text as Excel itself puts it on the clipboard: a cell holding a tab, a line break or a quote
 * is quoted (quotes doubled), so pasting keeps it in one cell. Cells are guarded as in CSV.
 */
export function toTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return writeRecords(
    [header, ...rows].map((record) => record.map(guardCell)),
    '\t',
  );
}

/** Reads `toTsv` text (or Excel's own copied cells) back, taking off the one guard `'`. */
export function parseTsv(text: string): string[][] {
  return readRecords(text, '\t').map((record) => record.map(unguardCell));
}
