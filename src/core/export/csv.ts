import { readRecords, writeRecords } from './delimited';
import { guardCell, unguardCell } from './guard';

const BOM = '\uFEFF';

/**
 * CSV as RFC 4180 writes it (comma, CRLF, quoting where needed), every cell guarded against formula
 * injection. The text has no BOM; `toCsvBytes` adds it so Excel reads accents as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return writeRecords(
    [header, ...rows].map((record) => record.map(guardCell)),
    ',',
  );
}

/** The CSV file's bytes: UTF-8 with a byte-order mark, which is what makes Excel keep accents intact. */
export function toCsvBytes(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  return new TextEncoder().encode(BOM + toCsv(header, rows));
}

/**
 * Reads a CSV (ours or a tracker's) into records, the header first. Takes off exactly the one `'` our
 * export put before a cell that would otherwise start with `=`, `+`, `-`, `@`, tab or CR.
 */
export function parseActionsCsv(text: string): string[][] {
  return readRecords(text, ',').map((record) => record.map(unguardCell));
}
