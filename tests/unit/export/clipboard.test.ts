import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseTsv, toClipboardPayload, toHtmlTable, toTsv, unguardCell } from '../../../src/core/export';
import { propertyRuns } from '../../support/property';
import { INJECTION_VECTORS } from './fixtures';

describe('TSV for the clipboard', () => {
  test('tabs separate cells and CRLF ends rows', () => {
    expect(toTsv(['Ref', 'Action'], [['2.1-A1', 'Review']])).toBe('Ref\tAction\r\n2.1-A1\tReview\r\n');
  });

  test('a cell with a tab, a line break or a quote is quoted so it stays one cell', () => {
    expect(toTsv(['A'], [['x\ty'], ['line 1\nline 2'], ['say "hi"'], ['a, b']])).toBe(
      'A\r\n"x\ty"\r\n"line 1\nline 2"\r\n"say ""hi"""\r\na, b\r\n',
    );
  });

  test.each(INJECTION_VECTORS)('%j gets exactly one leading apostrophe in the text', (vector) => {
    const text = toTsv(['Cell'], [[vector]]);
    const expected = /["\t\r\n]/.test(vector) ? `"'${vector.replace(/"/g, '""')}"` : `'${vector}`;
    expect(text).toBe(`Cell\r\n${expected}\r\n`);
  });

  test('a tab-separated reader (csv-parse) sees the same cells after the guard', () => {
    const rows = [INJECTION_VECTORS.slice(), ['Zoë', 'a\tb', 'c\r\nd', '"q"', '', 'x']];
    const read = (parse(toTsv(['1', '2', '3', '4', '5', '6'], rows), { delimiter: '\t' }) as string[][]).map(
      (r) => r.map(unguardCell),
    );
    expect(read).toEqual([['1', '2', '3', '4', '5', '6'], ...rows]);
  });

  test('any cell text survives TSV and back (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), { maxLength: 6 }),
        (rows) => {
          expect(parseTsv(toTsv(['A', 'B'], rows))).toEqual([['A', 'B'], ...rows]);
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});

describe('HTML table for the clipboard', () => {
  test('has a header row in <thead> and the rows in <tbody>', () => {
    const html = toHtmlTable(['Ref', 'Action'], [['2.1-A1', 'Review']]);
    expect(html).toMatch(/^<table><thead><tr><th[^>]*>Ref<\/th><th[^>]*>Action<\/th><\/tr><\/thead><tbody>/);
    expect(html).toMatch(/<tbody><tr><td[^>]*>2\.1-A1<\/td><td[^>]*>Review<\/td><\/tr><\/tbody><\/table>$/);
  });

  test('escapes markup so a cell can never add elements', () => {
    const html = toHtmlTable(['A'], [['<script>alert("x")</script> & \'']]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;');
  });

  test('keeps every cell as text and line breaks inside the cell', () => {
    const html = toHtmlTable(['Item no.'], [['2.10\nnext']]);
    expect(html).toContain(
      `<td style="mso-number-format:'\\@'">2.10<br style="mso-data-placement:same-cell">next</td>`,
    );
  });

  test('guards formula characters as the TSV does', () => {
    const html = toHtmlTable(['A'], [['=HYPERLINK("http://x","y")']]);
    expect(html).toContain('>&#39;=HYPERLINK(&#34;http://x&#34;,&#34;y&#34;)</td>');
  });

  test('one cell per value, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), (row) => {
        const html = toHtmlTable(['a', 'b', 'c'], [row]);
        expect(html.match(/<td /g)).toHaveLength(3);
        expect(html.match(/<\/td>/g)).toHaveLength(3);
      }),
      { numRuns: propertyRuns() },
    );
  });
});

test('the clipboard payload carries both the TSV and the HTML table of the same rows', () => {
  const payload = toClipboardPayload(['A'], [['x']]);
  expect(payload).toEqual({ text: toTsv(['A'], [['x']]), html: toHtmlTable(['A'], [['x']]) });
});
