import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  ACTION_COLUMNS,
  DECISION_COLUMNS,
  actionTable,
  cellsOf,
  decisionTable,
  guardCell,
  readXlsxRows,
  toCsvBytes,
  toXlsx,
  type ActionRow,
  type DecisionRow,
} from '../../src/core/export';
import { INJECTION_VECTORS, actionRow } from '../unit/export/fixtures';
import { asLibreOfficeBreaks, cleanUp, scratchDir, sofficeConvert } from './soffice';

const meeting = { title: 'Assurance Meeting: Août', date: '2022-08-25' };

function row(n: number, fields: Partial<ActionRow>): ActionRow {
  return actionRow({ ref: `2.${n}-A1`, meeting: meeting.title, itemNumber: `2.${n}`, ...fields });
}

/** Injection vectors, accents, line breaks, commas, quotes and Excel's own escape look-alikes. */
const rows: ActionRow[] = [
  row(1, {}),
  row(2, { action: 'Zoë Müller-Ødegård to brief the café — “soon” 😀 委员会', ownerName: 'Zoë; Łukasz' }),
  row(3, { action: 'First line\r\nsecond line\nthird, with a comma', update: 'said "done"' }),
  row(4, {
    action: 'Literal _x0041_ and _x000D_ stay as typed',
    dueAsWritten: "'quoted'",
    dateClosed: '2022-10-03',
  }),
  ...INJECTION_VECTORS.map((vector, i) =>
    row(10 + i, { ref: vector, action: vector, ownerAsWritten: vector, update: vector, status: 'Done' }),
  ),
];
const decisions: DecisionRow[] = [
  {
    meeting: meeting.title,
    meetingDate: meeting.date,
    itemNumber: '3',
    itemTitle: 'Budget',
    decision: '=1+1 approved',
  },
];

/**
 * A source cell as LibreOffice shows it from our workbook: a date formatted the workbook's way (dd/mm/yyyy),
 * a CRLF inside a cell as one line break (LF); a lone CR stays a CR.
 */
function shown(value: string | null, kind: 'text' | 'date'): string {
  if (value === null) return '';
  if (kind === 'date') return value.split('-').reverse().join('/');
  return value.replace(/\r\n/g, '\n');
}

describe('LibreOffice reads our exports cell for cell', () => {
  let dir: string;
  beforeEach(() => {
    dir = scratchDir();
  });
  afterEach(() => cleanUp(dir));

  test('CSV: LibreOffice sees every cell exactly as written, the one guard apostrophe and accents included', async () => {
    const table = actionTable(rows);
    const header = ACTION_COLUMNS.map((c) => c.header);
    const csvPath = join(dir, 'actions.csv');
    writeFileSync(csvPath, toCsvBytes(header, cellsOf(table)));
    // Comma, double quote, UTF-8, from line 1, every column as text so nothing is turned into a number.
    const columnsAsText = ACTION_COLUMNS.map((_, i) => `${i + 1}/2`).join('/');
    const outDir = join(dir, 'out');
    const [xlsxPath] = sofficeConvert(
      csvPath,
      'xlsx',
      outDir,
      `CSV:44,34,76,1,${columnsAsText},1033,true,false`,
    );
    const [sheet] = await readXlsxRows(new Uint8Array(readFileSync(xlsxPath!)));
    const expected = [header, ...cellsOf(table)].map((record) =>
      record.map((cell) => asLibreOfficeBreaks(guardCell(cell))),
    );
    expect(sheet?.rows.map((record) => record.map((cell) => cell ?? ''))).toEqual(expected);
  });

  test('XLSX: LibreOffice converts our workbook to CSV with the same cells, formula-like text unrun', async () => {
    const xlsxPath = join(dir, 'actions.xlsx');
    writeFileSync(xlsxPath, await toXlsx({ meeting, actions: rows, decisions }));
    const outDir = join(dir, 'out');
    // Every sheet (-1), cells as shown, formulas not exported.
    const written = sofficeConvert(
      xlsxPath,
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
      outDir,
    );
    const sheetCsv = (name: string) => {
      const path = written.find((p) => p.endsWith(`-${name}.csv`));
      if (!path) throw new Error(`LibreOffice wrote no CSV for sheet "${name}": ${written.join(', ')}`);
      return parse(readFileSync(path), { bom: true }) as string[][];
    };

    const actionsExpected = [
      ACTION_COLUMNS.map((c) => c.header),
      ...rows.map((r) => ACTION_COLUMNS.map((c) => shown(r[c.key], c.kind))),
    ];
    expect(sheetCsv('Assurance Meeting Août')).toEqual(actionsExpected);

    const decisionsExpected = [
      DECISION_COLUMNS.map((c) => c.header),
      ...decisionTable(decisions).rows.map((r) => DECISION_COLUMNS.map((c) => shown(r[c.key], c.kind))),
    ];
    expect(sheetCsv('Decisions')).toEqual(decisionsExpected);
  });
});
