import { insertActionLine, insertActionMarker } from '../../../src/word/insert-action';
import { scenario, writesOutsideNewParagraphs } from '../scenario';

const item = { id: 7, tag: 'minutebook:items', title: 'Items' };

/** Insert ACTION (ribbon) and Add action (pane): one paragraph after the cursor's, in its own action control. */
export const insertActionScenarios = [
  scenario({
    name: 'Insert ACTION after a heading makes a Normal paragraph, not a heading',
    setUp: { body: [{ text: '2. Finance', style: 'Heading1' }, 'Next'], cursor: { paragraph: 0 } },
    operation: (context) => insertActionMarker(context),
    expected: {
      body: [
        { text: '2. Finance', styleBuiltIn: 'Heading1' },
        {
          text: 'ACTION: ',
          tags: ['minutebook:action'],
          style: 'Normal',
          styleBuiltIn: 'Normal',
          listString: null,
        },
        { text: 'Next' },
      ],
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Add action after a numbered list item makes a paragraph outside the list',
    setUp: {
      body: [
        { text: 'The panel noted the figures.', style: 'ListParagraph', list: '3.' },
        { text: 'Next item', style: 'ListParagraph', list: '4.' },
      ],
      cursor: { paragraph: 0 },
    },
    operation: (context) => insertActionLine(context, 'ACTION: GC to check the figures.', '2-A1'),
    expected: {
      body: [
        { listString: '3.' },
        { text: 'ACTION: GC to check the figures.', styleBuiltIn: 'Normal', listString: null },
        { listString: '4.' },
      ],
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Insert ACTION adds one marker paragraph after the cursor paragraph, inside an action control',
    setUp: { body: ['1. Welcome', 'The chair opened the meeting.', '2. Finance'], cursor: { paragraph: 1 } },
    operation: (context) => insertActionMarker(context),
    expected: {
      body: [
        { text: '1. Welcome', tags: [] },
        { text: 'The chair opened the meeting.', tags: [] },
        { text: 'ACTION: ', tags: ['minutebook:action'], titles: ['Action'] },
        { text: '2. Finance', tags: [] },
      ],
    },
    check: (o) => {
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
      const selection = o.host.model.selection;
      expect(selection?.last.text).toBe('ACTION: ');
      expect(selection?.edge).toBe('End');
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Insert ACTION with text selected leaves the selected text as it was',
    setUp: { body: ['Keep this selected sentence.', 'Next'], cursor: { paragraph: 0, selectedText: true } },
    operation: (context) => insertActionMarker(context),
    expected: {
      body: [
        { text: 'Keep this selected sentence.' },
        { text: 'ACTION: ', tags: ['minutebook:action'] },
        { text: 'Next' },
      ],
    },
    check: (o) => expect(writesOutsideNewParagraphs(o)).toEqual([]),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Insert ACTION in a notes cell of the items table stays in that cell, in its own control',
    setUp: {
      // The whole table, so that the in-Word kit can build it too.
      body: [
        { text: 'No.', cell: [0, 0, 0], controls: [item] },
        { text: 'Item', cell: [0, 0, 1], controls: [item] },
        { text: 'Notes', cell: [0, 0, 2], controls: [item] },
        { text: '1', cell: [0, 1, 0], controls: [item] },
        { text: 'Welcome', cell: [0, 1, 1], controls: [item] },
        { text: 'Notes so far', cell: [0, 1, 2], controls: [item] },
        'After the table',
      ],
      cursor: { paragraph: 5 },
    },
    operation: (context) => insertActionMarker(context),
    expected: {
      body: [
        { text: 'No.' },
        { text: 'Item' },
        { text: 'Notes' },
        { text: '1' },
        { text: 'Welcome' },
        { text: 'Notes so far', inTable: true },
        { text: 'ACTION: ', inTable: true, tags: ['minutebook:items', 'minutebook:action'] },
        { text: 'After the table', inTable: false },
      ],
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Insert ACTION whose sync fails half-way removes the paragraph it had added',
    setUp: { body: ['Only paragraph'] },
    failSync: { sync: 2, command: 'Paragraph.insertContentControl' },
    operation: (context) => insertActionMarker(context),
    expected: { body: [{ text: 'Only paragraph', tags: [] }] },
    check: (o) => {
      expect(o.error).toMatchObject({
        name: 'DocumentOperationError',
        operation: 'Insert ACTION',
        changed: '',
      });
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
  scenario({
    name: 'Insert ACTION pressed again inside an ACTION adds the next one after it, not inside it',
    setUp: {
      body: [
        'Discussion',
        { text: 'ACTION: HP to write', controls: [{ id: 40, tag: 'minutebook:action', title: 'Action' }] },
        'Next',
      ],
      cursor: { paragraph: 1 },
    },
    operation: (context) => insertActionMarker(context),
    expected: {
      body: [
        { text: 'Discussion', tags: [] },
        { text: 'ACTION: HP to write', tags: ['minutebook:action'] },
        { text: 'ACTION: ', tags: ['minutebook:action'] },
        { text: 'Next', tags: [] },
      ],
    },
    check: (o) => expect(writesOutsideNewParagraphs(o)).toEqual([]),
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Add action writes the whole line with its ref in the control title',
    setUp: { body: ['3. Policing plan', 'Discussion.'], cursor: { paragraph: 1 } },
    operation: (context) =>
      insertActionLine(context, 'ACTION: DCC to review the plan (due 30/09/2022)', '3-A1'),
    expected: {
      body: [
        { text: '3. Policing plan' },
        { text: 'Discussion.' },
        {
          text: 'ACTION: DCC to review the plan (due 30/09/2022)',
          tags: ['minutebook:action'],
          titles: ['Action 3-A1'],
        },
      ],
    },
    check: (o) => expect(o.result).toEqual({ contentControlId: expect.any(Number) }),
    budget: { syncs: 2, callbacks: 0 },
  }),
];
