import {
  blockFingerprints,
  looksRenamed,
  orderedEdits,
  planBlockUpdate,
  planIsEmpty,
  planTableUpdate,
  TABLE_SHAPES,
} from '../../../src/core/write/block-update';
import { cellFingerprint } from '../../../src/core/write/summary-update';
import { attendanceRows, itemsRows } from '../../../src/core/write/block-rows';

const HEADER = ['Name', 'Capacity', 'Initials', 'Status'];
const ARLO = ['Arlo Penhaligon', 'Chair', 'AP', 'Present'];
const BEA = ['Bea Quillfeather', 'Treasurer', 'BQ', 'Present'];
const CY = ['Cy Marrowby', 'Clerk', 'CM', 'Present'];
const fp = (rows: string[][]) => rows.map((row) => row.map((text) => cellFingerprint(text)));
const plan = (values: string[][], wanted: string[][], last: string[][] | null, force = []) =>
  planTableUpdate({
    values: [HEADER, ...values],
    wanted,
    lastWritten: last,
    shape: TABLE_SHAPES.attendance,
    force,
  });

describe('planTableUpdate (attendance)', () => {
  it('rewrites a cell still holding what was written', () => {
    const p = plan([ARLO, BEA], [ARLO, [...BEA.slice(0, 3), 'Apologies']], fp([ARLO, BEA]));
    expect(p.cellWrites).toEqual([{ row: 2, cell: 3, text: 'Apologies' }]);
    expect(p.conflicts).toEqual([]);
    expect(p.written).toEqual(fp([ARLO, [...BEA.slice(0, 3), 'Apologies']]));
  });

  it('leaves a cell the user edited and reports the pane beside the document', () => {
    const edited = ['Bea Quillfeather', 'Treasurer (interim)', 'BQ', 'Present'];
    const p = plan(
      [ARLO, edited],
      [ARLO, ['Bea Quillfeather', 'Treasurer', 'BQ', 'Apologies']],
      fp([ARLO, BEA]),
    );
    expect(p.cellWrites).toEqual([{ row: 2, cell: 3, text: 'Apologies' }]);
    expect(p.conflicts).toEqual([
      {
        table: 0,
        row: 2,
        cell: 1,
        key: 'Bea Quillfeather',
        column: 'Capacity',
        pane: 'Treasurer',
        document: 'Treasurer (interim)',
      },
    ]);
    // The copy keeps what was written, so the next update still sees the user's change.
    expect(p.written[1]?.[1]).toBe(cellFingerprint('Treasurer'));
  });

  it('writes a conflicting cell when the user chose the pane', () => {
    const edited = ['Bea Quillfeather', 'Treasurer (interim)', 'BQ', 'Present'];
    const p = planTableUpdate({
      values: [HEADER, ARLO, edited],
      wanted: [ARLO, BEA],
      lastWritten: fp([ARLO, BEA]),
      shape: TABLE_SHAPES.attendance,
      force: [{ table: 0, row: 2, cell: 1, document: 'Treasurer (interim)' }],
    });
    expect(p.cellWrites).toEqual([{ row: 2, cell: 1, text: 'Treasurer' }]);
    expect(p.conflicts).toEqual([]);
  });

  it('a choice of the form holds only while the cell still holds what the user saw', () => {
    const edited = ['Bea Quillfeather', 'Treasurer (since May)', 'BQ', 'Present'];
    const p = planTableUpdate({
      values: [HEADER, ARLO, edited],
      wanted: [ARLO, BEA],
      lastWritten: fp([ARLO, BEA]),
      shape: TABLE_SHAPES.attendance,
      force: [{ table: 0, row: 2, cell: 1, document: 'Treasurer (interim)' }],
    });
    expect(p.cellWrites).toEqual([]);
    expect(p.conflicts.map((c) => c.document)).toEqual(['Treasurer (since May)']);
  });

  it('another person where one stood is another row, never a rename of it', () => {
    const p = plan([ARLO, BEA], [ARLO, CY], fp([ARLO, BEA]));
    expect(p.cellWrites).toEqual([]);
    expect(p.deleteRows).toEqual([2]);
  });

  it('without a copy of what was written, every differing cell is a conflict and no row goes', () => {
    const p = plan([ARLO, BEA], [[...ARLO.slice(0, 3), 'Apologies']], null);
    expect(p.cellWrites).toEqual([]);
    expect(p.conflicts.map((c) => c.column)).toEqual(['Status']);
    expect(p.deleteRows).toEqual([]);
    expect(p.keptRows).toEqual([
      {
        table: 0,
        row: 2,
        key: 'Bea Quillfeather',
        reason: 'it is not as Minutebook wrote it',
        written: false,
      },
    ]);
  });

  it('adds a row where it belongs and deletes an untouched row the pane no longer has', () => {
    const p = plan([ARLO, BEA], [ARLO, CY], fp([ARLO, BEA]));
    expect(p.inserts).toEqual([{ after: 1, rows: [CY] }]);
    expect(p.deleteRows).toEqual([2]);
    expect(p.written).toEqual(fp([ARLO, CY]));
  });

  it('adds a first row after the header row', () => {
    const p = plan([BEA], [ARLO, BEA], fp([BEA]));
    expect(p.inserts).toEqual([{ after: 0, rows: [ARLO] }]);
  });

  it('keeps a row someone wrote in and reports it, never deleting it', () => {
    const edited = ['Bea Quillfeather', 'Treasurer', 'BQ', 'Left at 11:00'];
    const p = plan([ARLO, edited], [ARLO], fp([ARLO, BEA]));
    expect(p.deleteRows).toEqual([]);
    expect(p.keptRows).toEqual([
      { table: 0, row: 2, key: 'Bea Quillfeather', reason: 'someone wrote in it', written: true },
    ]);
    expect(p.written).toEqual(fp([ARLO, BEA]));
  });

  it('moves an untouched row by deleting it and writing it again at its new place', () => {
    const away = [...ARLO.slice(0, 3), 'Apologies'];
    const p = plan([ARLO, BEA, CY], [BEA, CY, away], fp([ARLO, BEA, CY]));
    expect(p.deleteRows).toEqual([1]);
    expect(p.inserts).toEqual([{ after: 3, rows: [away] }]);
    expect(p.cellWrites).toEqual([]);
  });

  it('leaves a row someone wrote in where it is when it would move, and updates its cells', () => {
    const edited = ['Arlo Penhaligon', 'Chair (acting)', 'AP', 'Present'];
    const away = [...ARLO.slice(0, 3), 'Apologies'];
    const p = plan([edited, BEA, CY], [BEA, CY, away], fp([ARLO, BEA, CY]));
    expect(p.deleteRows).toEqual([]);
    expect(p.inserts).toEqual([]);
    expect(p.cellWrites).toEqual([{ row: 1, cell: 3, text: 'Apologies' }]);
    expect(p.conflicts.map((c) => c.column)).toEqual(['Capacity']);
  });

  it('never touches a row Minutebook did not write', () => {
    const typed = ['Guest speaker', '', '', ''];
    const p = plan([ARLO, typed], [ARLO], fp([ARLO]));
    expect(p.deleteRows).toEqual([]);
    expect(p.keptRows[0]).toMatchObject({ key: 'Guest speaker', reason: 'it is not as Minutebook wrote it' });
    expect(p.written).toEqual(fp([ARLO]));
  });

  it('reads Word cell ends (paragraph marks, "\\r" between paragraphs) as the pane writes them', () => {
    const p = plan([ARLO.map((t) => `${t}\r`)], [ARLO], fp([ARLO]));
    expect(p.cellWrites).toEqual([]);
    expect(p.conflicts).toEqual([]);
  });

  it('an up-to-date table plans nothing', () => {
    const p = plan([ARLO, BEA], [ARLO, BEA], fp([ARLO, BEA]));
    expect(planIsEmpty({ tables: [p], missingTables: 0 })).toBe(true);
  });
});

describe('planTableUpdate (items)', () => {
  const HEAD = ['No.', 'Item', 'Notes'];
  const item = (number: string, title: string, notes = '') => [number, title, notes];
  const run = (values: string[][], wanted: string[][], last: string[][] | null) =>
    planTableUpdate({ values: [HEAD, ...values], wanted, lastWritten: last, shape: TABLE_SHAPES.items });

  it('renumbers: only number cells that changed are rewritten, notes stay with their item', () => {
    const before = [item('1', 'Welcome'), item('2', 'Budget')];
    const inDoc = [item('1', 'Welcome'), item('2', 'Budget', 'ACTION: BQ to circulate the figures')];
    const after = [item('1', 'Welcome'), item('2', 'Apologies'), item('3', 'Budget')];
    const p = run(inDoc, after, fp(before));
    expect(p.cellWrites).toEqual([{ row: 2, cell: 0, text: '3' }]);
    expect(p.inserts).toEqual([{ after: 1, rows: [item('2', 'Apologies')] }]);
    expect(p.renumbered).toEqual([{ from: '2', to: '3' }]);
    expect(p.conflicts).toEqual([]);
  });

  it('an item renamed in the form keeps its row and notes: only the title is rewritten', () => {
    const before = [item('1', 'Welcome'), item('2', 'Budjet')];
    const inDoc = [item('1', 'Welcome'), item('2', 'Budjet', 'Agreed in principle.')];
    const p = run(inDoc, [item('1', 'Welcome'), item('2', 'Budget')], fp(before));
    expect(p.cellWrites).toEqual([{ row: 2, cell: 1, text: 'Budget' }]);
    expect(p.inserts).toEqual([]);
    expect(p.deleteRows).toEqual([]);
    expect(p.keptRows).toEqual([]);
  });

  it('another item put where one was removed is another row: the old notes stay with the old title', () => {
    const before = [item('1', 'Welcome'), item('2', 'Budget')];
    const inDoc = [item('1', 'Welcome'), item('2', 'Budget', 'Agreed in principle.')];
    const p = run(inDoc, [item('1', 'Welcome'), item('2', 'Staffing')], fp(before));
    expect(p.cellWrites).toEqual([]);
    expect(p.keptRows).toMatchObject([{ row: 2, key: 'Budget', written: true }]);
    expect(p.inserts).toEqual([{ after: 1, rows: [item('2', 'Staffing')] }]);
  });

  it('a title the user changed in the document is not a rename: that row is kept and reported', () => {
    const before = [item('1', 'Welcome'), item('2', 'Budget')];
    const inDoc = [item('1', 'Welcome'), item('2', 'Budget and reserves', 'Notes.')];
    const p = run(inDoc, [item('1', 'Welcome'), item('2', 'Finance')], fp(before));
    expect(p.cellWrites).toEqual([]);
    expect(p.keptRows).toMatchObject([{ row: 2, key: 'Budget and reserves' }]);
    expect(p.inserts).toEqual([{ after: 1, rows: [item('2', 'Finance')] }]);
  });

  it('never rewrites a Notes cell, even one still holding what was written', () => {
    const before = [item('1', 'Welcome', 'Old note')];
    const p = run(before, [item('1', 'Welcome', 'New note')], fp(before));
    expect(p.cellWrites).toEqual([]);
    expect(p.conflicts).toEqual([]);
  });

  it('an item removed whose notes someone wrote in stays and is reported', () => {
    const before = [item('1', 'Welcome'), item('2', 'Budget')];
    const inDoc = [item('1', 'Welcome'), item('2', 'Budget', 'Discussed at length.')];
    const p = run(inDoc, [item('1', 'Welcome')], fp(before));
    expect(p.deleteRows).toEqual([]);
    expect(p.keptRows).toMatchObject([{ row: 2, key: 'Budget', reason: 'someone wrote in it' }]);
  });

  it('a legacy block (no copy) keeps notes that differ from the pane as written in', () => {
    const p = run([item('1', 'Welcome', 'typed')], [item('1', 'Welcome')], null);
    // Were the row to go later, it would count as written in.
    expect(p.written[0]?.[2]).toBe(cellFingerprint(''));
  });
});

describe('planBlockUpdate', () => {
  it('plans each table of the items block and counts a Part II table the document lacks', () => {
    const items = [
      { number: '1', title: 'Welcome', confidential: false, subItems: [] },
      { number: '2', title: 'Staffing', confidential: true, subItems: [] },
    ];
    const wanted = itemsRows(items);
    const p = planBlockUpdate({
      kind: 'items',
      tables: [[['No.', 'Item', 'Notes'], ...wanted[0]!]],
      wanted,
      lastWritten: blockFingerprints(wanted),
    });
    expect(p.tables).toHaveLength(1);
    expect(p.missingTables).toBe(1);
    expect(planIsEmpty(p)).toBe(true);
  });

  it('an attendance block written from the pane is up to date against its own fingerprints', () => {
    const rows = attendanceRows([
      { name: 'Cy Marrowby', capacity: 'Clerk', initials: 'CM', status: 'apologies' },
      { name: 'Arlo Penhaligon', capacity: 'Chair', initials: 'AP', status: 'present' },
    ]);
    const p = planBlockUpdate({
      kind: 'attendance',
      tables: [[HEADER, ...rows]],
      wanted: [rows],
      lastWritten: blockFingerprints([rows]),
    });
    expect(planIsEmpty(p)).toBe(true);
    expect(p.tables[0]!.conflicts).toEqual([]);
  });
});

describe('looksRenamed', () => {
  it.each([
    ['Finanse', 'Finance', true],
    ['Budget', 'Budget and reserves', true],
    ['Matters arising', 'Matters arising from the last meeting', true],
    ['Budget', 'Staffing', false],
    ['AOB', 'Date of next meeting', false],
    ['', 'Welcome', false],
  ])('%s → %s: %s', (was, now, expected) => {
    expect(looksRenamed(was, now)).toBe(expected);
  });
});

describe('orderedEdits', () => {
  it('writes cells first, then works from the bottom up: rows after a row, then that row goes', () => {
    const p = plan([ARLO, BEA, CY], [[...ARLO.slice(0, 3), 'Absent'], CY, BEA], fp([ARLO, BEA, CY]));
    const edits = orderedEdits(p);
    expect(edits[0]).toEqual({ kind: 'cell', row: 1, cell: 3, text: 'Absent' });
    const rows = edits
      .slice(1)
      .map((e) =>
        e.kind === 'insert' ? `insert after ${e.after}` : e.kind === 'delete' ? `delete ${e.row}` : 'cell',
      );
    expect(rows).toEqual([...rows].sort((a, b) => Number(b.split(' ').at(-1)) - Number(a.split(' ').at(-1))));
  });
});
