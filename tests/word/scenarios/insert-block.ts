import { buildAttendanceBlock } from '../../../src/core/write/attendance-block';
import { buildHeaderBlock } from '../../../src/core/write/header-block';
import { Attendee } from '../../../src/core/model/attendee';
import { Meeting } from '../../../src/core/model/meeting';
import { insertBlock } from '../../../src/word/insert-block';
import { scenario, writesOutsideNewParagraphs } from '../scenario';

const meeting = Meeting.parse({
  title: 'Assurance meeting',
  date: '2022-08-25',
  chair: 'John Campion',
  venue: 'Room 1',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
  status: 'draft',
});
const headerBlock = buildHeaderBlock(meeting);
const attendance = buildAttendanceBlock([
  Attendee.parse({ name: 'Jackie Irvin', capacity: 'Policy Officer', initials: 'JI', status: 'present' }),
]);
const marking = { id: 50, tag: 'minutebook:marking', title: 'Minutebook marking' };

const oldAttendance = { id: 60, tag: 'minutebook:attendance', title: 'Minutebook: attendance' };

/** Blocks: one insertOoxml into an anchor after the cursor's paragraph; marking in our header paragraph. */
export const insertBlockScenarios = [
  scenario({
    name: "with the cursor in the attendance block's table, a new block goes after that block's control, not inside it",
    setUp: {
      body: [
        'Before',
        { text: 'Name', cell: [0, 0, 0], controls: [oldAttendance] },
        { text: 'Jackie Irvin', cell: [0, 1, 0], controls: [oldAttendance] },
        { text: '', controls: [oldAttendance] },
        'After',
      ],
      cursor: { paragraph: 2 },
    },
    operation: (context) => insertBlock(context, attendance),
    check: (o) => {
      const texts = o.view.body.map((p) => p.text);
      expect(texts.slice(0, 4)).toEqual(['Before', 'Name', 'Jackie Irvin', '']);
      expect(texts.at(-1)).toBe('After');
      const added = o.view.body.slice(4, -1);
      expect(added.some((p) => p.text === 'Jackie Irvin')).toBe(true);
      // Nothing new sits inside the old block's control.
      expect(added.every((p) => !p.titles.includes('Minutebook: attendance') || p.tags.length === 1)).toBe(
        true,
      );
      expect(added.filter((p) => p.tags.length > 1)).toEqual([]);
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a block inserted after a heading leaves a Normal anchor paragraph, not a second heading',
    question:
      "tests/word-host/objects.ts (insertOoxml): does the paragraph an OOXML package merges into keep its own style, or take the package's last paragraph's?",
    setUp: { body: [{ text: '1. Welcome', style: 'Heading1' }, 'Text'], cursor: { paragraph: 0 } },
    operation: (context) => insertBlock(context, attendance),
    check: (o) => {
      expect(o.view.body[0]).toMatchObject({ text: '1. Welcome', styleBuiltIn: 'Heading1' });
      const anchor = o.view.body.at(-2);
      expect(anchor).toMatchObject({ text: '', tags: [], styleBuiltIn: 'Normal', listString: null });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a block inserted after a numbered list item leaves an anchor outside the list',
    setUp: {
      body: [{ text: 'Apologies were received.', style: 'ListParagraph', list: '1.' }, 'Text'],
      cursor: { paragraph: 0 },
    },
    operation: (context) => insertBlock(context, attendance),
    check: (o) => {
      expect(o.view.body[0]).toMatchObject({ listString: '1.' });
      expect(o.view.body.at(-2)).toMatchObject({ text: '', styleBuiltIn: 'Normal', listString: null });
      expect(o.view.body.filter((p) => p.listString !== null)).toHaveLength(1);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Header block goes after the cursor paragraph and the marking joins the user header text',
    setUp: { body: ['Typed before', 'Typed after'], header: ['Kent Police'], cursor: { paragraph: 0 } },
    operation: (context) => insertBlock(context, headerBlock),
    check: (o) => {
      const texts = o.view.body.map((p) => p.text);
      expect(texts[0]).toBe('Typed before');
      expect(texts.at(-1)).toBe('Typed after');
      expect(texts).toContain('Assurance meeting');
      expect(o.view.body.at(-2)).toMatchObject({ text: '', tags: [] });
      expect(o.view.body.slice(1, -2).every((p) => p.tags[0] === 'minutebook:header')).toBe(true);
      expect(o.view.header.map((p) => p.text)).toEqual(['Kent Police', 'OFFICIAL-SENSITIVE']);
      expect(o.view.header[1]?.tags).toEqual(['minutebook:marking']);
      expect(o.view.footer.map((p) => p.text)).toEqual(['DRAFT']);
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
      expect(o.result).toEqual({ contentControlId: expect.any(Number) });
      // No "different first page" / "odd and even": nothing was made in the headers the section lacks.
      expect(o.view.firstPageHeader).toEqual([]);
      expect(o.view.evenPagesHeader).toEqual([]);
    },
    // lookups, FirstPage asked (none), EvenPages asked (none), write.
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'Header block updates our marking paragraph that is already in the page header',
    setUp: { body: ['Text'], header: ['Kent Police', { text: 'OFFICIAL', controls: [marking] }] },
    operation: (context) => insertBlock(context, { ...headerBlock, pageFooter: null }),
    expected: {
      header: [
        { text: 'Kent Police', tags: [] },
        { text: 'OFFICIAL-SENSITIVE', tags: ['minutebook:marking'] },
      ],
      footer: [],
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'Attendance block without a marking writes a table inside its control',
    setUp: { body: ['Present:'] },
    operation: (context) => insertBlock(context, attendance),
    check: (o) => {
      const rows = o.view.body.filter((p) => p.inTable);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((p) => p.tags.includes('minutebook:attendance'))).toBe(true);
      expect(o.view.body.map((p) => p.text)).toContain('Jackie Irvin');
      expect(o.view.header).toEqual([]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Header block whose insertOoxml fails leaves the document as it was',
    setUp: { body: ['Before', 'After'] },
    failSync: { sync: 4, command: 'Paragraph.insertOoxml' },
    operation: (context) => insertBlock(context, headerBlock),
    expected: { body: [{ text: 'Before' }, { text: 'After' }], header: [] },
    check: (o) => expect(o.error).toMatchObject({ operation: 'Insert meeting header', changed: '' }),
    // 4 for the insert (lookups, two header types asked, write), 2 to take the anchor out again.
    budget: { syncs: 6, callbacks: 0 },
  }),
  scenario({
    name: 'Header block whose marking write fails reports that the block went in without it',
    setUp: { body: ['Before'] },
    failSync: { sync: 4, command: 'Body.insertParagraph' },
    operation: (context) => insertBlock(context, headerBlock),
    check: (o) => {
      expect(o.error).toMatchObject({ operation: 'Insert meeting header' });
      expect((o.error as { changed: string }).changed).toMatch(/block was inserted/);
      expect(o.view.body.map((p) => p.text)).toContain('Assurance meeting');
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'with "different first page", the marking goes into the first-page header too, so page 1 is marked',
    setUp: {
      body: ['Text'],
      header: ['Kent Police'],
      firstPageHeader: ['Cover letterhead'],
      firstPageFooter: [],
    },
    operation: (context) => insertBlock(context, headerBlock),
    expected: {
      header: [{ text: 'Kent Police' }, { text: 'OFFICIAL-SENSITIVE', tags: ['minutebook:marking'] }],
      firstPageHeader: [
        { text: 'Cover letterhead', tags: [] },
        { text: 'OFFICIAL-SENSITIVE', tags: ['minutebook:marking'] },
      ],
    },
    check: (o) => {
      expect(o.error).toBeUndefined();
      expect(o.view.evenPagesHeader).toEqual([]);
      expect(o.host.model.sections[0]?.footers.FirstPage.paragraphs.map((p) => p.text)).toEqual(['DRAFT']);
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'with "different odd and even pages", the even-page header is marked; an existing first-page marking is updated',
    setUp: {
      body: ['Text'],
      firstPageHeader: [{ text: 'OFFICIAL', controls: [{ ...marking, id: 51 }] }],
      evenPagesHeader: ['Even letterhead'],
    },
    operation: (context) => insertBlock(context, { ...headerBlock, pageFooter: null }),
    expected: {
      header: [{ text: 'OFFICIAL-SENSITIVE', tags: ['minutebook:marking'] }],
      firstPageHeader: [{ text: 'OFFICIAL-SENSITIVE', tags: ['minutebook:marking'] }],
      evenPagesHeader: [
        { text: 'Even letterhead' },
        { text: 'OFFICIAL-SENSITIVE', tags: ['minutebook:marking'] },
      ],
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'a block without page texts never asks for the other header types',
    setUp: { body: ['Text'], firstPageHeader: ['Cover'] },
    operation: (context) =>
      insertBlock(context, { ...headerBlock, pageHeader: undefined, pageFooter: undefined }),
    expected: { firstPageHeader: [{ text: 'Cover' }] },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Attendance block with the cursor in a table cell goes after that table, not into the cell',
    setUp: {
      body: [{ text: 'No.', cell: [0, 0, 0] }, { text: 'Notes', cell: [0, 0, 1] }, 'After the table'],
      cursor: { paragraph: 1 },
    },
    operation: (context) => insertBlock(context, attendance),
    check: (o) => {
      const texts = o.view.body.map((p) => p.text);
      expect(texts.slice(0, 2)).toEqual(['No.', 'Notes']);
      expect(texts.at(-1)).toBe('After the table');
      const block = o.view.body.slice(2, -1).filter((p) => p.tags.includes('minutebook:attendance'));
      expect(block.length).toBeGreaterThan(0);
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Attendance block whose last command fails says the block went in, unconfirmed',
    setUp: { body: ['Present:'] },
    failSync: { sync: 2, command: 'ContentControl.load' },
    operation: (context) => insertBlock(context, attendance),
    check: (o) => {
      expect((o.error as { changed: string }).changed).toMatch(
        /block was inserted, but Word did not confirm/,
      );
      expect(o.view.body.map((p) => p.text)).toContain('Jackie Irvin');
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
];
