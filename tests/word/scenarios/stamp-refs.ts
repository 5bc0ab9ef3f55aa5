import type { Location } from '../../../src/core/model/location';
import type { RefStamp } from '../../../src/core/port';
import { stampRefs, STAMP_CHUNK } from '../../../src/word/stamp-refs';
import { controlId, scenario } from '../scenario';

const at = (
  paragraph: number,
  excerpt: string,
  contentControlId: number | null = null,
  occurrence = 0,
): Location => ({ paragraph, excerpt, contentControlId, occurrence, part: 'body' });

const stamp = (location: Location, ref: string): RefStamp => ({ location, ref });

const itemsControl = { id: 7, tag: 'minutebook:items', title: 'Items' };

/** Stamp refs: refs given at an export go into the document, no text changes, 2 syncs. */
export const stampRefsScenarios = [
  scenario({
    name: 'two actions with the same text each get their own ref (Office.js caches body.paragraphs)',
    question:
      'tests/word-host/host.ts: do the items of a loaded collection get reference ids that later syncs can use, as the client expects?',
    setUp: { body: ['ACTION: GC to check.', 'Other', 'ACTION: GC to check.'] },
    operation: (context) =>
      stampRefs(context, [
        stamp(at(0, 'ACTION: GC to check.'), '1-A1'),
        stamp(at(2, 'ACTION: GC to check.'), '1-A2'),
      ]),
    expected: {
      body: [
        { text: 'ACTION: GC to check.', tags: ['minutebook:action'], titles: ['Action 1-A1'] },
        { text: 'Other', tags: [] },
        { text: 'ACTION: GC to check.', tags: ['minutebook:action'], titles: ['Action 1-A2'] },
      ],
    },
    check: (o) => expect(o.result).toEqual({ stamped: 2, notFound: 0, alreadyHadRef: 0, sharedParagraph: 0 }),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'three stamps of one repeated text, one already in a control, each land on their own paragraph',
    setUp: {
      body: [
        'ACTION: HP to write.',
        { text: 'ACTION: HP to write.', controls: [{ id: 41, tag: 'minutebook:action', title: 'Action' }] },
        'Discussion',
        'ACTION: HP to write.',
        'ACTION: HP to write.',
      ],
    },
    operation: (context, host) =>
      stampRefs(context, [
        stamp(at(0, 'ACTION: HP to write.'), '1-A1'),
        stamp(at(1, 'ACTION: HP to write.', controlId(host, 41)), '1-A2'),
        stamp(at(3, 'ACTION: HP to write.'), '1-A3'),
        stamp(at(4, 'ACTION: HP to write.'), '1-A4'),
      ]),
    check: (o) => {
      expect(o.view.body.map((p) => p.titles)).toEqual([
        ['Action 1-A1'],
        ['Action 1-A2'],
        [],
        ['Action 1-A3'],
        ['Action 1-A4'],
      ]);
      expect(o.result).toEqual({ stamped: 4, notFound: 0, alreadyHadRef: 0, sharedParagraph: 0 });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'an action control without a ref gets the ref as its title, its text untouched',
    setUp: {
      body: [
        '1. Finance',
        { text: 'ACTION: HP to write', controls: [{ id: 40, tag: 'minutebook:action', title: 'Action' }] },
      ],
    },
    operation: (context, host) =>
      stampRefs(context, [stamp(at(1, 'ACTION: HP to write', controlId(host, 40)), '1-A1')]),
    expected: {
      body: [
        { text: '1. Finance', tags: [] },
        { text: 'ACTION: HP to write', tags: ['minutebook:action'], titles: ['Action 1-A1'] },
      ],
    },
    check: (o) => {
      expect(o.result).toEqual({ stamped: 1, notFound: 0, alreadyHadRef: 0, sharedParagraph: 0 });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a control that already carries a ref keeps it: refs never move',
    setUp: {
      body: [
        {
          text: 'ACTION: HP to write',
          controls: [{ id: 40, tag: 'minutebook:action', title: 'Action 9-A9' }],
        },
      ],
    },
    operation: (context, host) =>
      stampRefs(context, [stamp(at(0, 'ACTION: HP to write', controlId(host, 40)), '1-A1')]),
    expected: { body: [{ titles: ['Action 9-A9'] }] },
    check: (o) => expect(o.result).toEqual({ stamped: 0, notFound: 0, alreadyHadRef: 1, sharedParagraph: 0 }),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'a hand-typed ACTION paragraph is wrapped in a new action control titled with its ref',
    setUp: { body: ['1. Finance', 'ACTION: GC to check the figures.', 'Next paragraph'] },
    operation: (context) => stampRefs(context, [stamp(at(1, 'ACTION: GC to check the figures.'), '1-A2')]),
    expected: {
      body: [
        { text: '1. Finance', tags: [] },
        { text: 'ACTION: GC to check the figures.', tags: ['minutebook:action'], titles: ['Action 1-A2'] },
        { text: 'Next paragraph', tags: [] },
      ],
    },
    check: (o) => {
      expect(o.result).toMatchObject({ stamped: 1, notFound: 0 });
      // The only write is the wrapper; no paragraph's text was touched.
      expect(o.host.model.writes.map((w) => w.method)).toEqual(['Paragraph.insertContentControl']);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'an action in a cell of the items table is wrapped inside that cell, the items control kept',
    setUp: {
      // The whole table, so that the in-Word kit can build it too.
      body: [
        { text: 'No.', cell: [0, 0, 0], controls: [itemsControl] },
        { text: 'Item', cell: [0, 0, 1], controls: [itemsControl] },
        { text: 'Notes', cell: [0, 0, 2], controls: [itemsControl] },
        { text: '2', cell: [0, 1, 0], controls: [itemsControl] },
        { text: 'Finance', cell: [0, 1, 1], controls: [itemsControl] },
        { text: 'ACTION: HP to brief', cell: [0, 1, 2], controls: [itemsControl] },
        // Word keeps a paragraph after a table that ends the document.
        '',
      ],
    },
    operation: (context, host) =>
      stampRefs(context, [stamp(at(5, 'ACTION: HP to brief', controlId(host, 7)), '2-A1')]),
    expected: {
      body: [
        { text: 'No.', tags: ['minutebook:items'] },
        { text: 'Item', tags: ['minutebook:items'] },
        { text: 'Notes', tags: ['minutebook:items'] },
        { text: '2', tags: ['minutebook:items'] },
        { text: 'Finance', tags: ['minutebook:items'] },
        {
          text: 'ACTION: HP to brief',
          inTable: true,
          tags: ['minutebook:items', 'minutebook:action'],
          titles: ['Items', 'Action 2-A1'],
        },
        { text: '', inTable: false, tags: [] },
      ],
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a paragraph that moved is found by its text when the text occurs once',
    setUp: { body: ['A new first paragraph', 'Intro', 'ACTION: GC to check.'] },
    operation: (context) => stampRefs(context, [stamp(at(1, 'ACTION: GC to check.'), '1-A1')]),
    expected: {
      body: [{ tags: [] }, { tags: [] }, { text: 'ACTION: GC to check.', titles: ['Action 1-A1'] }],
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a paragraph that is gone is counted as not found and nothing else is touched',
    setUp: { body: ['Intro', 'ACTION: GC to check.', 'Other text'] },
    operation: (context) =>
      stampRefs(context, [
        stamp(at(1, 'ACTION: GC to check.'), '1-A1'),
        stamp(at(2, 'ACTION: HP to write (deleted since)'), '1-A2'),
      ]),
    expected: {
      body: [
        { text: 'Intro', tags: [] },
        { text: 'ACTION: GC to check.', titles: ['Action 1-A1'] },
        { text: 'Other text', tags: [] },
      ],
    },
    check: (o) => expect(o.result).toEqual({ stamped: 1, notFound: 1, alreadyHadRef: 0, sharedParagraph: 0 }),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'text that starts two paragraphs is not guessed at when the paragraph moved',
    setUp: { body: ['New', 'ACTION: HP to write the report', 'ACTION: HP to write'] },
    operation: (context) => stampRefs(context, [stamp(at(0, 'ACTION: HP to write'), '1-A1')]),
    expected: { body: [{ tags: [] }, { tags: [] }, { tags: [] }] },
    check: (o) => expect(o.result).toMatchObject({ stamped: 0, notFound: 1 }),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'two actions sharing one paragraph are left unstamped and counted',
    setUp: { body: ['ACTION: HP to write. ACTION: GC to call.'] },
    operation: (context) =>
      stampRefs(context, [
        stamp(at(0, 'ACTION: HP to write. ACTION: GC to call.'), '1-A1'),
        stamp(at(0, 'ACTION: HP to write. ACTION: GC to call.'), '1-A2'),
      ]),
    expected: { body: [{ tags: [] }] },
    check: (o) => expect(o.result).toEqual({ stamped: 0, notFound: 0, alreadyHadRef: 0, sharedParagraph: 2 }),
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'the write sync failing part-way reports exactly which refs were stamped',
    setUp: {
      body: [
        { text: 'ACTION: HP to write', controls: [{ id: 40, tag: 'minutebook:action', title: 'Action' }] },
        'ACTION: GC to check.',
      ],
    },
    failSync: { sync: 2, command: 'Paragraph.insertContentControl' },
    operation: (context, host) =>
      stampRefs(context, [
        stamp(at(0, 'ACTION: HP to write', controlId(host, 40)), '1-A1'),
        stamp(at(1, 'ACTION: GC to check.'), '1-A2'),
      ]),
    expected: {
      body: [
        { text: 'ACTION: HP to write', titles: ['Action 1-A1'] },
        { text: 'ACTION: GC to check.', tags: [] },
      ],
    },
    check: (o) =>
      expect(o.error).toMatchObject({
        name: 'DocumentOperationError',
        operation: 'Stamp refs',
        changed: '1 of 2 refs were stamped before Word stopped (1-A1).',
      }),
    budget: { syncs: 3, callbacks: 0 },
  }),
  scenario({
    name: `more than ${STAMP_CHUNK} actions go in chunks of ${STAMP_CHUNK}, 2 syncs each`,
    setUp: {
      body: Array.from({ length: STAMP_CHUNK + 1 }, (_, i) => `ACTION: HP to do task ${i + 1}.`),
    },
    operation: (context) =>
      stampRefs(
        context,
        Array.from({ length: STAMP_CHUNK + 1 }, (_, i) =>
          stamp(at(i, `ACTION: HP to do task ${i + 1}.`), `${i + 1}/2022`),
        ),
      ),
    check: (o) => {
      expect(o.result).toMatchObject({ stamped: STAMP_CHUNK + 1, notFound: 0 });
      expect(o.view.body.at(-1)).toMatchObject({ titles: [`Action ${STAMP_CHUNK + 1}/2022`] });
      expect(o.syncs).toBe(4);
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
];
