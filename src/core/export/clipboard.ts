import { toHtmlTable } from './html';
import { toTsv } from './tsv';

/** "Copy for Excel": tab-separated text plus the same rows as an HTML table, so pasting keeps the columns. */
export function toClipboardPayload(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): { text: string; html: string } {
  return { text: toTsv(header, rows), html: toHtmlTable(header, rows) };
}
