import type { ParagraphSpec } from '../../fakes/word';
import { updateBlock } from '../../../src/word/update-block';
import { insertBlock } from '../../../src/word/insert-block';
import { blockFingerprints } from '../../../src/core/write/block-update';
import { attendanceRows, itemsRows } from '../../../src/core/write/block-rows';
import { buildAttendanceBlock, buildHeaderBlock, buildItemsBlock } from '../../../src/core/write';
import { TAGS } from '../../../src/core/port';
import type { Attendee } from '../../../src/core/model/attendee';
import type { Item } from '../../../src/core/model/item';
import { scenario } from '../scenario';

const attendance = { id: 60, tag: TAGS.attendance, title: 'Minutebook: attendance' };
const itemsControl = { id: 61, tag: TAGS.items, title: 'Minutebook: items' };
const A_HEAD = ['Name', 'Capacity', 'Initials', 'Status'];
const I_HEAD = ['No.', 'Item', 'Notes'];

const people: Attendee[] = [
  { name: 'Rosalind Vetch', capacity: 'Chair', initials: 'RV', status: 'present' },
  { name: 'Odell Fairweather', capacity: 'Treasurer', initials: 'OF', status: 'present' },
  { name: 'Piers Lantry', capacity: 'Clerk', initials: 'PL', status: 'present' },
];
const withStatus = (name: string, status: Attendee['status']) =>
  people.map((p) => (p.name === name ? { ...p, status } : p));

/** A table block as the add-in inserted it: a heading, then the table, in one control. */
function tableBlock(
  control: { id: number; tag: string; title: string },
  heading: string,
  header: string[],
  rows: string[][],
): ParagraphSpec[] {
  return [
    { text: heading, style: 'Heading1', controls: [control] },
    ...[header, ...rows].flatMap((row, r) =>
      row.map((text, c): ParagraphSpec => ({ text, cell: [0, r, c], controls: [control] })),
    ),
  ];
}

/** Cell texts of the first table afterwards, row by row. */
function tableRows(view: { text: string; inTable: boolean }[], width: number): string[][] {
  const cells = view.filter((p) => p.inTable).map((p) => p.text);
  return Array.from({ length: Math.ceil(cells.length / width) }, (_, r) =>
    cells.slice(r * width, (r + 1) * width),
  );
}

const rowsOf = (list: Attendee[]) => attendanceRows(list);
const update = (list: Attendee[], last: Attendee[] | null, extra = {}) => ({
  kind: 'attendance' as const,
  wanted: [rowsOf(list)],
  lastWritten: last ? blockFingerprints([rowsOf(last)]) : null,
  ...extra,
});

const items = (titles: string[]): Item[] =>
  titles.map((title, i) => ({ number: String(i + 1), title, confidential: false, subItems: [] }));

/** Update a table block in place: through the table APIs, ≤ 2 syncs, the user's writing kept. */
export const updateBlockScenarios = [
  scenario({
    name: 'an attendee sent apologies: the row moves to the apologies, nothing else is rewritten',
    setUp: { body: ['Minutes', ...tableBlock(attendance, 'Attendance', A_HEAD, rowsOf(people)), 'After'] },
    operation: (context) =>
      updateBlock(context, update(withStatus('Odell Fairweather', 'apologies'), people)),
    check: (o) => {
      expect(tableRows(o.view.body, 4)).toEqual([
        A_HEAD,
        ['Rosalind Vetch', 'Chair', 'RV', 'Present'],
        ['Piers Lantry', 'Clerk', 'PL', 'Present'],
        ['Odell Fairweather', 'Treasurer', 'OF', 'Apologies'],
      ]);
      expect(o.result).toMatchObject({
        found: true,
        applied: true,
        addedRows: 1,
        removedRows: 1,
        conflicts: [],
      });
      expect(o.result?.written).toEqual(
        blockFingerprints([rowsOf(withStatus('Odell Fairweather', 'apologies'))]),
      );
      // Only the table APIs: no OOXML into the control.
      expect(new Set(o.host.model.writes.map((w) => w.method))).toEqual(
        new Set(['Table.deleteRows', 'TableRow.insertRows']),
      );
      expect(o.view.body.at(-1)).toMatchObject({ text: 'After', inTable: false });
      expect(o.view.body[0]).toMatchObject({ text: 'Minutes' });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a cell the user edited is left as it is and shown as a conflict; the other cells follow the pane',
    setUp: {
      body: tableBlock(attendance, 'Attendance', A_HEAD, [
        ['Rosalind Vetch', 'Chair of the board', 'RV', 'Present'],
        ['Odell Fairweather', 'Treasurer', 'OF', 'Present'],
      ]),
    },
    operation: (context) =>
      updateBlock(context, {
        kind: 'attendance',
        wanted: [
          [
            ['Rosalind Vetch', 'Chair', 'RV', 'Present'],
            ['Odell Fairweather', 'Treasurer', 'OFW', 'Present'],
          ],
        ],
        lastWritten: blockFingerprints([rowsOf(people.slice(0, 2))]),
      }),
    check: (o) => {
      expect(tableRows(o.view.body, 4)).toEqual([
        A_HEAD,
        ['Rosalind Vetch', 'Chair of the board', 'RV', 'Present'],
        ['Odell Fairweather', 'Treasurer', 'OFW', 'Present'],
      ]);
      expect(o.result?.conflicts).toEqual([
        {
          table: 0,
          row: 1,
          cell: 1,
          key: 'Rosalind Vetch',
          column: 'Capacity',
          pane: 'Chair',
          document: 'Chair of the board',
        },
      ]);
      expect(o.result?.updatedCells).toBe(1);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'with no cell edited every differing cell is rewritten and there is no conflict',
    setUp: { body: tableBlock(attendance, 'Attendance', A_HEAD, rowsOf(people)) },
    operation: (context) =>
      updateBlock(
        context,
        update(
          people.map((p) => ({ ...p, capacity: `${p.capacity} (acting)` })),
          people,
        ),
      ),
    check: (o) => {
      expect(
        tableRows(o.view.body, 4)
          .slice(1)
          .map((r) => r[1]),
      ).toEqual(['Chair (acting)', 'Treasurer (acting)', 'Clerk (acting)']);
      expect(o.result).toMatchObject({ updatedCells: 3, conflicts: [], addedRows: 0, removedRows: 0 });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'rows added and removed: a newcomer goes in after the chair, a leaver untouched since goes',
    setUp: { body: tableBlock(attendance, 'Attendance', A_HEAD, rowsOf(people)) },
    operation: (context) =>
      updateBlock(
        context,
        update(
          [
            people[0]!,
            { name: 'Greta Holloway', capacity: 'Secretary', initials: 'GH', status: 'present' },
            people[2]!,
          ],
          people,
        ),
      ),
    check: (o) => {
      expect(tableRows(o.view.body, 4).map((r) => r[0])).toEqual([
        'Name',
        'Rosalind Vetch',
        'Greta Holloway',
        'Piers Lantry',
      ]);
      expect(o.result).toMatchObject({ addedRows: 1, removedRows: 1, keptRows: [] });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: "a row with the user's writing is kept and reported, never deleted",
    setUp: {
      body: tableBlock(attendance, 'Attendance', A_HEAD, [
        ...rowsOf(people.slice(0, 2)),
        ['Piers Lantry', 'Clerk', 'PL', 'Present (left at 11:30)'],
      ]),
    },
    operation: (context) => updateBlock(context, update(people.slice(0, 2), people)),
    check: (o) => {
      expect(tableRows(o.view.body, 4).at(-1)).toEqual([
        'Piers Lantry',
        'Clerk',
        'PL',
        'Present (left at 11:30)',
      ]);
      expect(o.result).toMatchObject({
        removedRows: 0,
        keptRows: [{ row: 3, key: 'Piers Lantry', reason: 'someone wrote in it' }],
      });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'renumber: an item added in the middle, only the number cells that changed are rewritten, notes stay',
    setUp: {
      body: tableBlock(itemsControl, 'Items', I_HEAD, [
        ['1', 'Welcome', ''],
        ['2', 'Finance', 'ACTION: OF to circulate the accounts'],
        ['3', 'Any other business', ''],
      ]),
    },
    operation: (context) =>
      updateBlock(context, {
        kind: 'items',
        wanted: itemsRows(items(['Welcome', 'Apologies', 'Finance', 'Any other business'])),
        lastWritten: blockFingerprints(itemsRows(items(['Welcome', 'Finance', 'Any other business']))),
      }),
    check: (o) => {
      expect(tableRows(o.view.body, 3)).toEqual([
        I_HEAD,
        ['1', 'Welcome', ''],
        ['2', 'Apologies', ''],
        ['3', 'Finance', 'ACTION: OF to circulate the accounts'],
        ['4', 'Any other business', ''],
      ]);
      const cellWrites = o.host.model.writes.filter((w) => w.method === 'TableCell.value');
      expect(cellWrites).toHaveLength(2);
      expect(o.result?.renumbered).toEqual([
        { from: '2', to: '3' },
        { from: '3', to: '4' },
      ]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'an item renamed in the form keeps its row and its notes: only the title cell is rewritten',
    setUp: {
      body: tableBlock(itemsControl, 'Items', I_HEAD, [
        ['1', 'Welcome', ''],
        ['2', 'Finanse', 'The accounts were approved.'],
      ]),
    },
    operation: (context) =>
      updateBlock(context, {
        kind: 'items',
        wanted: itemsRows(items(['Welcome', 'Finance'])),
        lastWritten: blockFingerprints(itemsRows(items(['Welcome', 'Finanse']))),
      }),
    check: (o) => {
      expect(tableRows(o.view.body, 3)).toEqual([
        I_HEAD,
        ['1', 'Welcome', ''],
        ['2', 'Finance', 'The accounts were approved.'],
      ]);
      expect(o.host.model.writes.map((w) => w.method)).toEqual(['TableCell.value']);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'the items block with its Part II table: each table is updated on its own',
    setUp: {
      body: [
        ...tableBlock(itemsControl, 'Items', I_HEAD, [['1', 'Welcome', '']]),
        { text: 'Part II – confidential', style: 'Heading1', controls: [itemsControl] },
        ...[I_HEAD, ['2', 'Part II – Staffing', ''], ['3', 'Part II – Legal advice', 'Noted.']].flatMap(
          (row, r) =>
            row.map((text, c): ParagraphSpec => ({ text, cell: [1, r, c], controls: [itemsControl] })),
        ),
      ],
    },
    operation: (context) => {
      const before: Item[] = [
        ...items(['Welcome']),
        { number: '2', title: 'Staffing', confidential: true, subItems: [] },
        { number: '3', title: 'Legal advice', confidential: true, subItems: [] },
      ];
      const now: Item[] = [
        ...items(['Welcome', 'Finance']),
        { number: '3', title: 'Legal advice', confidential: true, subItems: [] },
      ];
      return updateBlock(context, {
        kind: 'items',
        wanted: itemsRows(now),
        lastWritten: blockFingerprints(itemsRows(before)),
      });
    },
    check: (o) => {
      const cells = o.view.body.filter((p) => p.inTable).map((p) => p.text);
      expect(cells).toEqual([
        ...I_HEAD,
        ...['1', 'Welcome', ''],
        ...['2', 'Finance', ''],
        ...I_HEAD,
        ...['3', 'Part II – Legal advice', 'Noted.'],
      ]);
      expect(o.result).toMatchObject({ addedRows: 1, removedRows: 1, missingTables: 0 });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'looking only (what an update would do) reads once and writes nothing',
    setUp: { body: tableBlock(attendance, 'Attendance', A_HEAD, rowsOf(people)) },
    operation: (context) =>
      updateBlock(context, update(withStatus('Piers Lantry', 'absent'), people, { dryRun: true })),
    check: (o) => {
      expect(o.result).toMatchObject({ found: true, applied: false, updatedCells: 1, addedRows: 0 });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'no such block in the document: found is false and nothing is written',
    setUp: { body: ['Present: Rosalind Vetch (Chair)'] },
    operation: (context) => updateBlock(context, update(people, null)),
    expected: { body: [{ text: 'Present: Rosalind Vetch (Chair)' }] },
    check: (o) => expect(o.result).toMatchObject({ found: false }),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'insert all, then insert all again: the second time updates, and the paragraph count is unchanged',
    hostOnly: "it counts the simulated host's paragraphs between the two inserts",
    setUp: { body: ['Typed first'] },
    operation: async (context, host) => {
      const meeting = {
        title: 'Orchard Trust board',
        date: '2026-03-04',
        meetingType: null,
        startTime: null,
        endTime: null,
        chair: null,
        minuteTaker: null,
        venue: null,
        protectiveMarking: null,
        status: 'draft',
        nextMeeting: null,
        nextMeetingDate: null,
      } as unknown as Parameters<typeof buildHeaderBlock>[0];
      const agenda = items(['Welcome', 'Finance']);
      await insertBlock(context, buildHeaderBlock(meeting));
      await insertBlock(context, buildAttendanceBlock(people));
      await insertBlock(context, buildItemsBlock(agenda));
      const afterFirst = host.model.body.paragraphs.length;
      const attendanceUpdate = await updateBlock(context, update(people, people));
      const itemsUpdate = await updateBlock(context, {
        kind: 'items',
        wanted: itemsRows(agenda),
        lastWritten: blockFingerprints(itemsRows(agenda)),
      });
      return { afterFirst, afterSecond: host.model.body.paragraphs.length, attendanceUpdate, itemsUpdate };
    },
    check: (o) => {
      expect(o.result?.afterSecond).toBe(o.result?.afterFirst);
      expect(o.result?.attendanceUpdate).toMatchObject({ found: true, applied: false, updatedCells: 0 });
      expect(o.result?.itemsUpdate).toMatchObject({ found: true, applied: false, updatedCells: 0 });
    },
    // The header at 4 syncs (its DRAFT status also goes into the first-page and even-page footers a section
    // has: one lookup each), two tables at 2 each, then two updates that find nothing to write (1 sync each).
    budget: { syncs: 10, callbacks: 0 },
  }),
  scenario({
    name: 'a failed write says the table may be part-updated and that updating again is safe',
    setUp: { body: tableBlock(attendance, 'Attendance', A_HEAD, rowsOf(people)) },
    failSync: { sync: 2, command: 'Table.deleteRows' },
    operation: (context) => updateBlock(context, update(withStatus('Rosalind Vetch', 'absent'), people)),
    check: (o) =>
      expect(o.error).toMatchObject({
        name: 'DocumentOperationError',
        operation: 'Update attendance table',
        changed: expect.stringMatching(/Update again/),
      }),
    budget: { syncs: 2, callbacks: 0 },
  }),
];
