import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { actionRows, decisionRows, readXlsxRows, toXlsx } from '../../../src/core/export';
import { propertyRuns } from '../../support/property';
import { INJECTION_VECTORS, action, actionRow, decision, item, minutes, owner } from './fixtures';
import { rawCells, workbookParts } from './xlsx-support';

const meeting = { title: 'Assurance Meeting', date: '2022-08-25' };

const row = actionRow;

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX cells', () => {
  test('formula-like text is written as string cells with the exact text, and no sheet has a formula', async () => {
    const rows = INJECTION_VECTORS.map((vector, i) =>
      row({ ref: `A${i}`, action: vector, ownerAsWritten: vector }),
    );
    const parts = workbookParts(await toXlsx({ meeting, actions: rows, decisions: [] }));
    const sheets = Object.keys(parts).filter((path) => path.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(2);
    for (const path of sheets) expect(parts[path]).not.toMatch(/<f[\s>/]/);
    const cells = rawCells(parts, 'xl/worksheets/sheet1.xml');
    INJECTION_VECTORS.forEach((vector, i) => {
      for (const column of ['F', 'G']) {
        const cell = cells.find((c) => c.ref === `${column}${i + 2}`);
        expect(cell).toEqual({ ref: `${column}${i + 2}`, type: 's', hasFormula: false, value: vector });
      }
    });
  });

  test('numbers-looking text such as item "2.10" and ref "03/2022" stays text', async () => {
    const cells = rawCells(
      workbookParts(await toXlsx({ meeting, actions: [row({ itemNumber: '2.10', ref: '03/2022' })] })),
      'xl/worksheets/sheet1.xml',
    );
    expect(cells.find((c) => c.ref === 'A2')).toMatchObject({ type: 's', value: '03/2022' });
    expect(cells.find((c) => c.ref === 'D2')).toMatchObject({ type: 's', value: '2.10' });
  });

  test('meeting date, due date and date closed are real dates shown as dd/mm/yyyy', async () => {
    const bytes = await toXlsx({ meeting, actions: [row({ dateClosed: '2022-10-03' })] });
    const cells = rawCells(workbookParts(bytes), 'xl/worksheets/sheet1.xml');
    // Excel serial numbers: days since 1899-12-30.
    expect(['C2', 'K2', 'N2'].map((ref) => cells.find((c) => c.ref === ref))).toEqual([
      { ref: 'C2', type: null, hasFormula: false, value: '44798' },
      { ref: 'K2', type: null, hasFormula: false, value: '44834' },
      { ref: 'N2', type: null, hasFormula: false, value: '44837' },
    ]);
    const sheet = (await openWorkbook(bytes)).worksheets[0]!;
    expect(sheet.getCell('C2').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('C2').value).toEqual(new Date(Date.UTC(2022, 7, 25)));
  });

  test('a blank cell is left empty rather than holding an empty string', async () => {
    const cells = rawCells(
      workbookParts(await toXlsx({ meeting, actions: [row({ update: '', dueDate: null })] })),
      'xl/worksheets/sheet1.xml',
    );
    expect(cells.find((c) => c.ref === 'M2')?.value).toBeNull();
    expect(cells.find((c) => c.ref === 'K2')?.value).toBeNull();
  });
});

describe('XLSX layout', () => {
  test('bold frozen header row with an autofilter over the header and data', async () => {
    const bytes = await toXlsx({ meeting, actions: [row({}), row({ ref: '1-A2' })] });
    const sheet = (await openWorkbook(bytes)).worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).getCell(14).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(workbookParts(bytes)['xl/worksheets/sheet1.xml']).toContain('<autoFilter ref="A1:N3"/>');
  });

  test('columns fit their text, short ones stay narrow and the action column caps and wraps', async () => {
    const long = 'word '.repeat(60);
    const sheet = (await openWorkbook(await toXlsx({ meeting, actions: [row({ action: long })] })))
      .worksheets[0]!;
    const width = (n: number) => sheet.getColumn(n).width ?? 0;
    expect(width(6)).toBe(60);
    expect(sheet.getCell('F2').alignment?.wrapText).toBe(true);
    expect(width(4)).toBeGreaterThanOrEqual('Item no.'.length);
    expect(width(4)).toBeLessThan(15);
    expect(width(3)).toBeGreaterThanOrEqual(12);
  });

  test('the sheet is named after the meeting and decisions go on a second sheet', async () => {
    const m = minutes({
      items: [item('2', 'Performance')],
      actions: [
        action({ item: '2', text: 'Review', owner: 'PCC', owners: [owner('Alan Smith', 'PCC', 'AS')] }),
      ],
      decisions: [decision('Approved', '2')],
    });
    const bytes = await toXlsx({
      meeting: m.meeting,
      actions: actionRows(m).rows,
      decisions: decisionRows(m).rows,
    });
    const sheets = await readXlsxRows(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Assurance Meeting', 'Decisions']);
    expect(sheets[1]?.rows).toEqual([
      ['Meeting', 'Meeting date', 'Item no.', 'Item title', 'Decision'],
      ['Assurance Meeting', new Date(Date.UTC(2022, 7, 25)), '2', 'Performance', 'Approved'],
    ]);
  });

  test.each([
    ['Board: Q3 [draft] a/b\\c?d*', 'Board Q3 draft a b c d'],
    ["'Quoted'", 'Quoted'],
    ['A very long meeting title that goes on and on', 'A very long meeting title that'],
    ['', 'Actions'],
    [' :: ', 'Actions'],
    ['History', 'Actions'],
    ['decisions', 'Actions'],
  ])('meeting title %j gives a sheet name Excel accepts: %j', async (title, expected) => {
    const sheets = await readXlsxRows(
      await toXlsx({ meeting: { title, date: null }, actions: [], decisions: [] }),
    );
    expect(sheets.map((s) => s.sheet)).toEqual([expected, 'Decisions']);
    expect(expected.length).toBeLessThanOrEqual(31);
  });
});

describe('XLSX text survives (property)', () => {
  const cellText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    // eslint-disable-next-line no-control-regex
    fc.stringMatching(/^(_x[0-9a-fA-F]{4}_?|[\r\n\t\u0000-\u001f\u007f\ufffe\uffff=+\-@'"<>&]|[a-z ]){0,8}$/),
    fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((code) => String.fromCharCode(code)) }),
  );

  test('any cell text written with toXlsx reads back the same with readXlsxRows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, cellText, cellText), { minLength: 1, maxLength: 4 }),
        async (texts) => {
          const rows = texts.map(([a, b, c]) => row({ action: a, update: b, ownerAsWritten: c }));
          const [sheet] = await readXlsxRows(await toXlsx({ meeting, actions: rows }));
          const read = (sheet?.rows ?? [])
            .slice(1)
            .map((cells) => [cells[5], cells[12], cells[6]].map((v) => v ?? ''));
          expect(read).toEqual(texts.map(([a, b, c]) => [a, b, c]));
        },
      ),
      { numRuns: propertyRuns(50) },
    );
  });
});

describe('reading a tracker workbook back', () => {
  test('formulas read as their results, rich text and links as their text, dates as dates, gaps as null', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tracker');
    sheet.addRow(['Ref', 'Action', 'Link', 'Due', 'Days']);
    sheet.addRow([
      '17/2022',
      { richText: [{ text: 'Review ', font: { bold: true } }, { text: 'sharing' }] },
      { text: 'Papers', hyperlink: 'https://example.org/papers' },
      new Date(Date.UTC(2022, 8, 30)),
      { formula: '1+1', result: 2 },
    ]);
    sheet.addRow(['18/2022', null, null, null, { formula: '1/0', result: { error: '#DIV/0!' } }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readXlsxRows(bytes)).toEqual([
      {
        sheet: 'Tracker',
        rows: [
          ['Ref', 'Action', 'Link', 'Due', 'Days'],
          ['17/2022', 'Review sharing', 'Papers', new Date(Date.UTC(2022, 8, 30)), 2],
          ['18/2022', null, null, null, '#DIV/0!'],
        ],
      },
    ]);
  });
});
