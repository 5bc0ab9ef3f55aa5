import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseActionsCsv, toCsv, toCsvBytes, unguardCell } from '../../../src/core/export';
import { propertyRuns } from '../../support/property';
import { INJECTION_VECTORS } from './fixtures';

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** What a real CSV reader makes of our bytes, with the one guard `'` taken off each cell. */
function readWithCsvParse(bytes: Uint8Array): string[][] {
  const records = parse(Buffer.from(bytes), { bom: true, relax_quotes: false }) as string[][];
  return records.map((record) => record.map(unguardCell));
}

describe('CSV bytes', () => {
  test('start with the UTF-8 byte-order mark and keep accents as UTF-8', () => {
    const bytes = toCsvBytes(['Owner'], [['Zoë Müller-Ødegård']]);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(decoder.decode(bytes.slice(3))).toBe('Owner\r\nZoë Müller-Ødegård\r\n');
  });

  test('end every record with CRLF and quote commas, quotes and line breaks', () => {
    const text = toCsv(['A', 'B', 'C', 'D'], [['one, two', 'say "hi"', 'line 1\nline 2', 'plain']]);
    expect(text).toBe('A,B,C,D\r\n"one, two","say ""hi""","line 1\nline 2",plain\r\n');
  });

  test('a cell with a lone CR is quoted so it stays in its cell', () => {
    expect(toCsv(['A'], [['x\ry']])).toBe('A\r\n"x\ry"\r\n');
  });

  test.each(INJECTION_VECTORS)('%j gets exactly one leading apostrophe in the bytes', (vector) => {
    const text = decoder.decode(toCsvBytes(['Cell'], [[vector]]).slice(3));
    const expected = /[",\r\n]/.test(vector) ? `"'${vector.replace(/"/g, '""')}"` : `'${vector}`;
    expect(text).toBe(`Cell\r\n${expected}\r\n`);
  });

  test('no cell in the bytes starts with a formula character outside the guard', () => {
    const text = toCsv(
      ['V'],
      INJECTION_VECTORS.map((v) => [v]),
    );
    for (const record of parse(text) as string[][]) expect(record[0]).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('text that only looks guarded gets one more apostrophe, so the importer gives it back unchanged', () => {
    expect(toCsv(['A'], [["'=x"], ["'plain"]])).toBe("A\r\n''=x\r\n'plain\r\n");
    expect(parseActionsCsv(toCsv(['A'], [["'=x"], ["'plain"]]))).toEqual([['A'], ["'=x"], ["'plain"]]);
  });
});

describe('reading CSV back', () => {
  const header = ['Ref', 'Action', 'Owner'];
  const rows = [
    ['2.1-A1', 'Review, then "report"\r\nback', 'Zoë'],
    ...INJECTION_VECTORS.map((v, i) => [`A${i}`, v, v]),
    ['', '', ''],
  ];

  test('csv-parse reads the same cells after the one guard apostrophe is removed', () => {
    expect(readWithCsvParse(toCsvBytes(header, rows))).toEqual([header, ...rows]);
  });

  test('our importer reads the same cells, BOM and all', () => {
    expect(parseActionsCsv(decoder.decode(toCsvBytes(header, rows)))).toEqual([header, ...rows]);
  });

  test('our importer takes quoted fields, LF or CR line ends and a last line without a break', () => {
    expect(parseActionsCsv('a,"b\nc"\nd,e\rf,""')).toEqual([
      ['a', 'b\nc'],
      ['d', 'e'],
      ['f', ''],
    ]);
  });

  test('our importer keeps an apostrophe that is no guard', () => {
    expect(parseActionsCsv("'Tis,'A\r\n")).toEqual([["'Tis", "'A"]]);
  });
});

describe('any cell text survives (property)', () => {
  // Well-formed text: lone surrogates cannot be written as UTF-8 at all.
  const cellText = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.stringMatching(/^['=+\-@\t\r\n",]{0,6}[a-z]{0,3}$/),
  );
  const table = fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { maxLength: 6 });

  test('CSV bytes → parseActionsCsv gives the cells back', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const header = ['A', 'B', 'C'];
        expect(parseActionsCsv(decoder.decode(toCsvBytes(header, rows)))).toEqual([header, ...rows]);
      }),
      { numRuns: propertyRuns() },
    );
  });

  test('CSV bytes → csv-parse gives the cells back after the guard', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const header = ['A', 'B', 'C'];
        expect(readWithCsvParse(toCsvBytes(header, rows))).toEqual([header, ...rows]);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
