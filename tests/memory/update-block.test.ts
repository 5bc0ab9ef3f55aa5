import { MemoryDocumentPort } from '../../src/memory/port';
import { readFlatOoxml } from '../../src/docx/flat';
import { readMinutes } from '../../src/core/read';
import { buildAttendanceBlock, buildItemsBlock } from '../../src/core/write';
import { attendanceRows, itemsRows } from '../../src/core/write/block-rows';
import { blockFingerprints } from '../../src/core/write/block-update';
import { paragraph } from '../../src/core/model';
import type { Attendee } from '../../src/core/model/attendee';
import type { Item } from '../../src/core/model/item';

const people: Attendee[] = [
  { name: 'Winifred Ashcombe', capacity: 'Chair', initials: 'WA', status: 'present' },
  { name: 'Taddeo Brill', capacity: 'Volunteer lead', initials: 'TB', status: 'present' },
];
const agenda = (titles: string[]): Item[] =>
  titles.map((title, i) => ({ number: String(i + 1), title, confidential: false, subItems: [] }));

const port = () =>
  new MemoryDocumentPort({ paragraphs: [paragraph(0, 'Typed first')], ooxmlToParagraphs: readFlatOoxml });

describe('MemoryDocumentPort.updateBlock (the preview does what Word does)', () => {
  it('an attendee sends apologies: the reader reads the change once, nothing doubled', async () => {
    const doc = port();
    await doc.insertBlock(buildAttendanceBlock(people));
    const before = doc.paragraphs.length;
    const changed = people.map((p) => (p.initials === 'TB' ? { ...p, status: 'apologies' as const } : p));
    const result = await doc.updateBlock({
      kind: 'attendance',
      wanted: [attendanceRows(changed)],
      lastWritten: blockFingerprints([attendanceRows(people)]),
    });
    expect(result).toMatchObject({ found: true, applied: true, updatedCells: 1, conflicts: [] });
    expect(doc.paragraphs.length).toBe(before);
    const read = readMinutes(doc.paragraphs).attendees;
    expect(read.filter((a) => a.name === 'Taddeo Brill').map((a) => a.status)).toEqual(['apologies']);
  });

  it('an item added in the middle: numbers follow, notes stay with their item, the user text stays', async () => {
    const doc = port();
    await doc.insertBlock(buildItemsBlock(agenda(['Welcome', 'Grants'])));
    // The minute-taker writes in the Grants notes cell.
    doc.replaceBody(
      doc.paragraphs.map((p) =>
        p.table && p.table.row === 2 && p.table.cell === 2 ? { ...p, text: 'Two bids received.' } : p,
      ),
    );
    const result = await doc.updateBlock({
      kind: 'items',
      wanted: itemsRows(agenda(['Welcome', 'Apologies', 'Grants'])),
      lastWritten: blockFingerprints(itemsRows(agenda(['Welcome', 'Grants']))),
    });
    expect(result).toMatchObject({ addedRows: 1, renumbered: [{ from: '2', to: '3' }] });
    const rows = doc.paragraphs
      .filter((p) => p.table && p.table.row > 0)
      .map((p) => `${p.table!.row}.${p.table!.cell}:${p.text}`);
    expect(rows).toEqual([
      '1.0:1',
      '1.1:Welcome',
      '1.2:',
      '2.0:2',
      '2.1:Apologies',
      '2.2:',
      '3.0:3',
      '3.1:Grants',
      '3.2:Two bids received.',
    ]);
    expect(doc.paragraphs[0]?.text).toBe('Typed first');
  });

  it('a dry run changes nothing and says what would change', async () => {
    const doc = port();
    await doc.insertBlock(buildAttendanceBlock(people));
    const before = doc.paragraphs;
    const result = await doc.updateBlock({
      kind: 'attendance',
      wanted: [attendanceRows(people.slice(0, 1))],
      lastWritten: blockFingerprints([attendanceRows(people)]),
      dryRun: true,
    });
    expect(result).toMatchObject({ applied: false, removedRows: 1 });
    expect(doc.paragraphs).toEqual(before);
  });

  it('no block: found is false', async () => {
    expect(await port().updateBlock({ kind: 'items', wanted: [[]], lastWritten: null })).toMatchObject({
      found: false,
    });
  });
});

describe('MemoryDocumentPort.updateBlock with a second copy', () => {
  it('updates the first copy only; the copy inserted on purpose is left as it is', async () => {
    const doc = port();
    await doc.insertBlock(buildAttendanceBlock(people));
    await doc.insertBlock(buildAttendanceBlock(people));
    const result = await doc.updateBlock({
      kind: 'attendance',
      wanted: [attendanceRows(people.slice(0, 1))],
      lastWritten: blockFingerprints([attendanceRows(people)]),
    });
    expect(result).toMatchObject({ removedRows: 1 });
    expect(doc.paragraphs.filter((p) => p.text === 'Taddeo Brill')).toHaveLength(1);
    const ids = new Set(doc.paragraphs.flatMap((p) => (p.contentControl ? [p.contentControl.id] : [])));
    expect(ids.size).toBe(2);
  });
});
