import type { ReadResult } from '../../../src/core/port';
import { Attendee } from '../../../src/core/model/attendee';
import { buildAttendanceBlock } from '../../../src/core/write/attendance-block';
import { insertBlock } from '../../../src/word/insert-block';
import { readParagraphs } from '../../../src/word/read-paragraphs';
import type { ParagraphSpec } from '../../fakes/word';
import { controlId, scenario } from '../scenario';

const action = { id: 31, tag: 'minutebook:action', title: 'Action 2-A1' };
const items = { id: 30, tag: 'minutebook:items', title: 'Items' };
const many = (n: number): ParagraphSpec[] => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1}`);
const text = (r: ReadResult | undefined) => r?.paragraphs.map((p) => p.text) ?? [];

/** Reading the whole document: named properties, correlated objects, 2 syncs up to 5,000 paragraphs. */
export const readScenarios = [
  scenario({
    name: 'Read gives the locale-independent style of built-in styles (German Word) and the name of a custom one',
    setUp: {
      body: [
        { text: 'Protokoll der Sitzung', style: 'Titel', styleBuiltIn: 'Title' },
        { text: '1. Begrüßung', style: 'Überschrift 1', styleBuiltIn: 'Heading1' },
        { text: 'Text', style: 'Standard', styleBuiltIn: 'Normal' },
        { text: 'Vermerk', style: 'Mein Vermerk', styleBuiltIn: 'Other' },
      ],
    },
    operation: (context) => readParagraphs(context, { reviewedText: false }),
    check: (o) =>
      expect((o.result as ReadResult).paragraphs.map((p) => p.style)).toEqual([
        'Title',
        'Heading1',
        'Normal',
        'Mein Vermerk',
      ]),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Read gives the number Word shows for each list item and its level, in the same syncs',
    setUp: {
      body: [
        'Present:',
        { text: 'Jackie Irvin', list: '1.' },
        { text: 'Gary Cook', list: { listString: 'a)', level: 1 } },
        'After the list',
      ],
    },
    operation: (context) => readParagraphs(context, { reviewedText: false }),
    check: (o) =>
      expect((o.result as ReadResult).paragraphs.map((p) => [p.listString, p.listLevel])).toEqual([
        [undefined, undefined],
        ['1.', 0],
        ['a)', 1],
        [undefined, undefined],
      ]),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Read of a document with a different first page reads the primary header and does not fail',
    setUp: {
      body: ['Minutes'],
      header: ['OFFICIAL'],
      firstPageHeader: ['OFFICIAL - first page'],
      footer: ['DRAFT'],
    },
    operation: (context) => readParagraphs(context, { reviewedText: false }),
    check: (o) =>
      expect((o.result as ReadResult).paragraphs.filter((p) => p.part !== 'body').map((p) => p.text)).toEqual(
        ['OFFICIAL', 'DRAFT'],
      ),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Read gives body paragraphs with style, table cell and innermost control, then header and footer',
    setUp: {
      body: [
        { text: 'Minutes', style: 'Title' },
        { text: '1', cell: [0, 0, 0], controls: [items] },
        { text: 'Welcome', cell: [0, 0, 1], controls: [items] },
        { text: 'ACTION: DCC to report', cell: [0, 0, 2], controls: [items, action] },
        'Between tables',
        { text: 'Name', cell: [1, 0, 0] },
        { text: 'Jackie Irvin', cell: [1, 1, 0] },
        // Word keeps a paragraph after a table that ends the document.
        '',
      ],
      header: ['OFFICIAL-SENSITIVE'],
      footer: ['DRAFT'],
    },
    operation: (context) => readParagraphs(context, { reviewedText: false }),
    check: (o) => {
      const r = o.result as ReadResult;
      expect(r.trackedDeletionsMayCount).toBe(true);
      expect(r.paragraphs[0]).toMatchObject({
        index: 0,
        text: 'Minutes',
        style: 'Title',
        table: null,
        contentControl: null,
      });
      expect(r.paragraphs[3]).toMatchObject({
        table: { table: 0, row: 0, cell: 2 },
        contentControl: { tag: 'minutebook:action', id: controlId(o.host, 31), title: 'Action 2-A1' },
      });
      expect(r.paragraphs[6]).toMatchObject({ text: 'Jackie Irvin', table: { table: 1, row: 1, cell: 0 } });
      expect(r.paragraphs.slice(8)).toEqual([
        expect.objectContaining({ part: 'header', index: 0, text: 'OFFICIAL-SENSITIVE' }),
        expect.objectContaining({ part: 'footer', index: 0, text: 'DRAFT' }),
      ]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Read uses the reviewed text where WordApi 1.4 is there, so tracked deletions are left out',
    setUp: { body: [{ text: 'ACTION: PCC DCC to write', reviewedText: 'ACTION: DCC to write' }] },
    host: { wordApi14: true },
    operation: (context) => readParagraphs(context, { reviewedText: true }),
    check: (o) => {
      expect(text(o.result as ReadResult)).toEqual(['ACTION: DCC to write']);
      expect((o.result as ReadResult).trackedDeletionsMayCount).toBe(false);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Read of 4,999 paragraphs takes 2 syncs',
    setUp: { body: many(4999) },
    operation: (context) => readParagraphs(context, { reviewedText: false }),
    check: (o) => {
      expect(text(o.result as ReadResult)).toHaveLength(4999);
      expect(o.syncs).toBe(2);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Read of 12,000 paragraphs goes in chunks of 5,000: 4 syncs, every paragraph once and in order',
    setUp: { body: many(12000) },
    operation: (context) => readParagraphs(context, { reviewedText: false }),
    check: (o) => {
      const texts = text(o.result as ReadResult);
      expect(texts).toHaveLength(12000);
      expect(texts[5000]).toBe('Paragraph 5001');
      expect(texts[11999]).toBe('Paragraph 12000');
      expect((o.result as ReadResult).paragraphs.map((p) => p.index)).toEqual(texts.map((_, i) => i));
      expect(o.syncs).toBe(4);
      expect(Math.max(...o.requests.map((r) => r.itemsLoaded))).toBeLessThanOrEqual(5000);
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'What insertBlock wrote reads back as table cells inside the attendance control',
    setUp: { body: ['Present:'] },
    operation: async (context) => {
      const block = buildAttendanceBlock([
        Attendee.parse({
          name: 'Jackie Irvin',
          capacity: 'Policy Officer',
          initials: 'JI',
          status: 'present',
        }),
      ]);
      await insertBlock(context, block);
      return readParagraphs(context, { reviewedText: false });
    },
    check: (o) => {
      const jackie = (o.result as ReadResult).paragraphs.find((p) => p.text === 'Jackie Irvin');
      expect(jackie).toMatchObject({
        table: { table: 0, row: 1, cell: 0 },
        contentControl: { tag: 'minutebook:attendance' },
      });
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
];
