import fc from 'fast-check';
import { exportFileName } from '../../../src/core/export';
import { propertyRuns } from '../../support/property';

describe('export file names', () => {
  test('are "<meeting title> <date> actions.<ext>"', () => {
    expect(exportFileName({ title: 'Assurance Meeting', date: '2022-08-25' }, 'csv')).toBe(
      'Assurance Meeting 2022-08-25 actions.csv',
    );
    expect(exportFileName({ title: 'Assurance Meeting', date: '2022-08-25' }, 'xlsx', 'decisions')).toBe(
      'Assurance Meeting 2022-08-25 decisions.xlsx',
    );
  });

  test('drop characters file systems reject', () => {
    expect(exportFileName({ title: 'Board: Q3 <draft> "v2" a/b\\c|d?e*f', date: null }, 'json')).toBe(
      'Board Q3 draft v2 a b c d e f actions.json',
    );
  });

  test('drop control and bidi characters that could disguise the extension', () => {
    expect(exportFileName({ title: 'Board\u0007\u202Eslx.exe', date: null }, 'csv')).toBe(
      'Board slx.exe actions.csv',
    );
  });

  test('an empty or unusable title falls back to "Meeting"', () => {
    expect(exportFileName({ title: '', date: '2022-08-25' }, 'csv')).toBe('Meeting 2022-08-25 actions.csv');
    expect(exportFileName({ title: ' ... ?? ', date: null }, 'csv')).toBe('Meeting actions.csv');
  });

  test('a reserved Windows name is never the whole title', () => {
    expect(exportFileName({ title: 'CON', date: null }, 'csv')).toBe('CON minutes actions.csv');
    expect(exportFileName({ title: 'lpt1.', date: null }, 'csv')).toBe('lpt1 minutes actions.csv');
  });

  test('a long title is cut without splitting a character', () => {
    const name = exportFileName({ title: '😀'.repeat(200), date: '2022-08-25' }, 'xlsx');
    expect(Array.from(name.split(' ')[0] ?? '')).toHaveLength(80);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  test('any title gives a safe, bounded name (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.option(fc.constant('2022-08-25'), { nil: null }),
        (title, date) => {
          const name = exportFileName({ title, date }, 'csv');
          // eslint-disable-next-line no-control-regex
          expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
          expect(name.endsWith(' actions.csv')).toBe(true);
          expect(name).not.toMatch(/^[ .]/);
          expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});
