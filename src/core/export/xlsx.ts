import type { Meeting } from '../model';
import type { ExportTable } from './columns';
import { actionTable, decisionTable, type ActionRow, type DecisionRow } from './rows';
import { encodeXlsxText, safeSheetName } from './xlsx-text';

/*
 * XLSX with ExcelJS: maintained, MIT, writes AND reads workbooks (carry-forward reads trackers back), and
 * supports styles, frozen panes and autofilter. The npm `xlsx` package is stale with open advisories.
 * It is large (~250 KB gzipped), so it is loaded only when a workbook is made or read: webpack puts it in
 * its own chunk and the pane's first load does not carry it.
 */
type ExcelJs = typeof import('exceljs');
type Worksheet = import('exceljs').Worksheet;

async function loadExcelJs(): Promise<ExcelJs> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as ExcelJs & {
    default?: ExcelJs;
  };
  // A CommonJS module arrives as its namespace in Node and under `default` in some bundles.
  return loaded.default && 'Workbook' in loaded.default ? loaded.default : loaded;
}

export interface XlsxInput {
  meeting: Pick<Meeting, 'title' | 'date'>;
  actions: readonly ActionRow[];
  /** The decisions log, on a second sheet "Decisions"; no second sheet when left out. */
  decisions?: readonly DecisionRow[];
}

const DATE_FORMAT = 'dd/mm/yyyy';
const MIN_WIDTH = 8;

/** An ISO date as a workbook date: midnight UTC, which is how ExcelJS turns a Date into a serial number. */
function isoToDate(iso: string): Date | string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : iso;
}

/** Longest line among the header and cells, capped at the column's width (longer text wraps). */
function fittedWidth(header: string, cells: readonly string[], cap: number): number {
  let longest = header.length;
  for (const cell of cells) {
    for (const line of cell.split(/\r\n|\r|\n/)) longest = Math.max(longest, line.length);
    if (longest >= cap) break;
  }
  return Math.max(MIN_WIDTH, Math.min(cap, longest + 2));
}

function fillSheet<K extends string>(sheet: Worksheet, table: ExportTable<K>): void {
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width:
      column.kind === 'date'
        ? Math.max(12, column.header.length + 2)
        : fittedWidth(
            column.header,
            table.rows.map((row) => row[column.key] ?? ''),
            column.width,
          ),
    style:
      column.kind === 'date'
        ? { numFmt: DATE_FORMAT, alignment: { vertical: 'top' } }
        : { alignment: { vertical: 'top', wrapText: true } },
  }));
  // Plain strings only: ExcelJS writes them as string cells, never as formulas, whatever they begin with.
  sheet.addRows(
    table.rows.map((row) =>
      table.columns.map((column) => {
        const value = row[column.key];
        if (value === null || value === '') return null;
        return column.kind === 'date' ? isoToDate(value) : encodeXlsxText(value);
      }),
    ),
  );
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length },
  };
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = '1:1';
}

/** ExcelJS hands back a Node Buffer in Node and an ArrayBuffer or Buffer polyfill in the browser. */
function toUint8Array(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  const view = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  return view.slice();
}

/** The action list as a real workbook: one sheet named after the meeting, decisions on a second. */
export async function toXlsx(input: XlsxInput): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Minutebook';
  const actionsName = safeSheetName(input.meeting.title, 'Actions', ['Decisions']);
  fillSheet(workbook.addWorksheet(actionsName), actionTable(input.actions));
  if (input.decisions) fillSheet(workbook.addWorksheet('Decisions'), decisionTable(input.decisions));
  return toUint8Array(await workbook.xlsx.writeBuffer());
}

/** A cell as read back: text, number, true/false, a date, or null when empty. */
export type XlsxCell = string | number | boolean | Date | null;

function plainValue(value: unknown): XlsxCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.richText)) {
    return (record.richText as { text?: unknown }[]).map((run) => String(run.text ?? '')).join('');
  }
  // A formula reads as its last calculated result; a hyperlink as its text; an error as its code.
  if ('formula' in record || 'sharedFormula' in record) return plainValue(record.result);
  if ('hyperlink' in record) return plainValue(record.text);
  if ('error' in record) return String(record.error);
  return JSON.stringify(value);
}

/** Every sheet's cells as plain values, row by row, the header row first. */
export async function readXlsxRows(bytes: Uint8Array): Promise<{ sheet: string; rows: XlsxCell[][] }[]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: XlsxCell[][] = [];
    const width = sheet.columnCount;
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: XlsxCell[] = [];
      for (let c = 1; c <= width; c += 1) {
        const { value } = row.getCell(c);
        cells.push(plainValue(value));
      }
      rows.push(cells);
    }
    return { sheet: sheet.name, rows };
  });
}
