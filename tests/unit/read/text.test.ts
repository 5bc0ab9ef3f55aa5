import { textToParagraphs } from '../../../src/core/read/text';

describe('textToParagraphs', () => {
  it('gives one paragraph per non-blank line, indexed in reading order', () => {
    const ps = textToParagraphs('Minutes\n\nDate: 1 May 2024\r\nChair: Ann Lee\n');
    expect(ps.map((p) => [p.index, p.text])).toEqual([
      [0, 'Minutes'],
      [1, 'Date: 1 May 2024'],
      [2, 'Chair: Ann Lee'],
    ]);
    expect(ps.every((p) => p.part === 'body' && p.table === null)).toBe(true);
  });

  it('turns tab-separated lines into one table, keeping empty cells so the columns line up', () => {
    const ps = textToParagraphs('\tName:\tCapacity:\nAttendance:\tJohn Campion\tPCC\n');
    expect(ps.map((p) => [p.text, p.table])).toEqual([
      ['', { table: 0, row: 0, cell: 0 }],
      ['Name:', { table: 0, row: 0, cell: 1 }],
      ['Capacity:', { table: 0, row: 0, cell: 2 }],
      ['Attendance:', { table: 0, row: 1, cell: 0 }],
      ['John Campion', { table: 0, row: 1, cell: 1 }],
      ['PCC', { table: 0, row: 1, cell: 2 }],
    ]);
  });

  it('keeps the trailing empty cell of "No.\\tItem\\t" and starts a new table after a blank line', () => {
    const ps = textToParagraphs('No.\tItem\t\n\n1.\tAOB\t');
    expect(ps.filter((p) => p.table?.row === 0 && p.table.table === 0).map((p) => p.text)).toEqual([
      'No.',
      'Item',
      '',
    ]);
    expect(ps[3]!.table).toEqual({ table: 1, row: 0, cell: 0 });
  });

  it('reads a line indented with tabs as a line, not a table row, but keeps tabs after text as cells', () => {
    const ps = textToParagraphs('\t\tApologies from Ann Lee.\n\tThe Clerk will write.\t\tClerk');
    expect(ps.map((p) => [p.text.trim(), p.table?.cell ?? null])).toEqual([
      ['Apologies from Ann Lee.', null],
      ['', 0],
      ['The Clerk will write.', 1],
      ['', 2],
      ['Clerk', 3],
    ]);
  });

  it('ends a line at each <br> tag of a web page kept as text, but not inside a Markdown table row', () => {
    const ps = textToParagraphs('HARBOUR BOARD <br /> 1. WELCOME <br/>The chair opened the meeting.<BR>');
    expect(ps.map((p) => p.text)).toEqual(['HARBOUR BOARD', '1. WELCOME', 'The chair opened the meeting.']);
    // Inside a table cell the tag is a break within the cell: read as a space.
    const row = textToParagraphs('| Owner | Ann<br>Bo |');
    expect(row.map((p) => p.text)).toEqual(['Owner', 'Ann Bo']);
  });

  it('reads a <br> tag inside a running sentence (words going on in lower case) as a space', () => {
    const ps = textToParagraphs(
      '2. POLICY <br /> Ann Lee and the Clerk <br /> will review the policy. <br /> Noted.',
    );
    expect(ps.map((p) => p.text)).toEqual([
      '2. POLICY',
      'Ann Lee and the Clerk will review the policy.',
      'Noted.',
    ]);
  });

  it('reads Markdown pipe tables without the separator row', () => {
    const ps = textToParagraphs('| Item | Owner |\n|---|:---:|\n| 1 | JS |');
    expect(ps.map((p) => [p.text, p.table?.row, p.table?.cell])).toEqual([
      ['Item', 0, 0],
      ['Owner', 0, 1],
      ['1', 1, 0],
      ['JS', 1, 1],
    ]);
  });

  it('gives a bullet line its list level from its indentation (a tab as four spaces, two spaces a level)', () => {
    const levels = textToParagraphs(
      'Notes:\n- Venues\n  - Access\n\t- Parking\n* Caterer\nA line - not a bullet',
    ).map((p) => p.listLevel);
    expect(levels).toEqual([undefined, 0, 1, 2, 0, undefined]);
  });

  it('gives Markdown headings heading styles', () => {
    const ps = textToParagraphs('# Board minutes\n## 1. Apologies\n### 1.1 Detail');
    expect(ps.map((p) => [p.text, p.style])).toEqual([
      ['Board minutes', 'Heading1'],
      ['1. Apologies', 'Heading2'],
      ['1.1 Detail', 'Heading3'],
    ]);
  });

  it('numbers a Markdown list written "1." on every entry as Markdown shows it, 1, 2, 3', () => {
    const ps = textToParagraphs(
      'Members:\n\n  1. Ada Brook\n  1. Ben Carr\n     (joined late)\n\n  1. Cy Dale\nEnd',
    );
    expect(ps.map((p) => [p.text, p.listString])).toEqual([
      ['Members:', undefined],
      ['Ada Brook', '1.'],
      ['Ben Carr', '2.'],
      ['     (joined late)', undefined],
      ['Cy Dale', '3.'],
      ['End', undefined],
    ]);
  });

  it('leaves a list numbered as typed, and a lone "1." entry, as written', () => {
    const ps = textToParagraphs('1. Welcome\n2. Finance\n\nText\n1. Only one');
    expect(ps.map((p) => [p.text, p.listString])).toEqual([
      ['1. Welcome', undefined],
      ['2. Finance', undefined],
      ['Text', undefined],
      ['1. Only one', undefined],
    ]);
  });
});
