/** How a column's cells are written: plain text everywhere, or an ISO date that a workbook types as a date. */
export type CellKind = 'text' | 'date';

/** One export column: its header as trackers name it, the row field it shows, and its kind and width. */
export interface ExportColumn<K extends string> {
  header: string;
  key: K;
  kind: CellKind;
  /** Width in characters a workbook starts from; long text wraps instead of widening further. */
  width: number;
}

/** A table to export: its columns and rows of text (dates as ISO `yyyy-mm-dd`, null when blank). */
export interface ExportTable<K extends string> {
  columns: readonly ExportColumn<K>[];
  rows: readonly Record<K, string | null>[];
}

export function headerOf<K extends string>(table: ExportTable<K>): string[] {
  return table.columns.map((column) => column.header);
}

/** The rows as plain text cells in column order, blanks as empty strings: what CSV, TSV and HTML write. */
export function cellsOf<K extends string>(table: ExportTable<K>): string[][] {
  return table.rows.map((row) => table.columns.map((column) => row[column.key] ?? ''));
}
