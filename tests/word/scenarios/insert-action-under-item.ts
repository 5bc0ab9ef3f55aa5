import { Location } from '../../../src/core/model/location';
import { insertActionUnderItem } from '../../../src/word/insert-action-under-item';
import { controlId, scenario, writesOutsideNewParagraphs } from '../scenario';

const action = { id: 44, tag: 'minutebook:action', title: 'Action 2-A1' };
const at = (l: Partial<Location>) => Location.parse({ paragraph: 0, ...l });

const items = { id: 45, tag: 'minutebook:items', title: 'Items' };

/** The items table, whole, in its control: a heading row and item 1 whose Notes cell holds `notes`. */
const itemsTable = (notes: string) => [
  { text: 'No.', cell: [0, 0, 0] as [number, number, number], controls: [items] },
  { text: 'Item', cell: [0, 0, 1] as [number, number, number], controls: [items] },
  { text: 'Notes', cell: [0, 0, 2] as [number, number, number], controls: [items] },
  { text: '1', cell: [0, 1, 0] as [number, number, number], controls: [items] },
  { text: 'Finance', cell: [0, 1, 1] as [number, number, number], controls: [items] },
  { text: notes, cell: [0, 1, 2] as [number, number, number], controls: [items] },
  'After the table',
];

/**
 * Add action under its agenda item (the pane's item picker): in the item's Notes cell of the items table, after
 * the item's last paragraph found by its text, or after the item's last action control; 2 syncs.
 */
export const insertActionUnderItemScenarios = [
  scenario({
    name: 'Add action under an item in the items table goes at the end of its Notes cell, in its own control',
    setUp: { body: itemsTable('The treasurer presented the accounts.') },
    operation: (context, host) =>
      insertActionUnderItem(context, 'ACTION: TR to circulate the accounts.', '1-A1', {
        kind: 'cell',
        controlId: controlId(host, 45),
        tableInControl: 0,
        row: 1,
        cell: 2,
        itemNumber: '1',
        empty: false,
        location: at({ paragraph: 5, excerpt: 'The treasurer presented the accounts.' }),
      }),
    check: (o) => {
      const cell = o.view.body.slice(5, 7);
      expect(cell).toMatchObject([
        { text: 'The treasurer presented the accounts.', inTable: true, tags: ['minutebook:items'] },
        {
          text: 'ACTION: TR to circulate the accounts.',
          inTable: true,
          tags: ['minutebook:items', 'minutebook:action'],
          titles: ['Items', 'Action 1-A1'],
        },
      ]);
      expect(o.view.body.at(-1)).toMatchObject({ text: 'After the table', inTable: false, tags: [] });
      expect(o.result).toEqual({ contentControlId: expect.any(Number) });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Add action under an item whose Notes cell is empty fills that cell, in its own control',
    setUp: { body: itemsTable('') },
    operation: (context, host) =>
      insertActionUnderItem(context, 'ACTION: TR to circulate the accounts.', '1-A1', {
        kind: 'cell',
        controlId: controlId(host, 45),
        tableInControl: 0,
        row: 1,
        cell: 2,
        itemNumber: '1',
        empty: true,
        location: at({ paragraph: 5, excerpt: '' }),
      }),
    check: (o) => {
      expect(o.view.body).toHaveLength(7);
      expect(o.view.body[5]).toMatchObject({
        text: 'ACTION: TR to circulate the accounts.',
        inTable: true,
        tags: ['minutebook:items', 'minutebook:action'],
      });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: "Add action under an item goes after the item's last paragraph, Normal and in its own control",
    setUp: {
      body: [
        { text: '2. Finance', style: 'Heading1' },
        'The treasurer presented the accounts.',
        { text: '3. Any other business', style: 'Heading1' },
      ],
      cursor: { paragraph: 2 },
    },
    operation: (context) =>
      insertActionUnderItem(context, 'ACTION: TR to circulate the accounts.', '2-A1', {
        kind: 'after',
        location: at({ paragraph: 1, excerpt: 'The treasurer presented the accounts.' }),
        afterControl: false,
      }),
    expected: {
      body: [
        { text: '2. Finance', tags: [] },
        { text: 'The treasurer presented the accounts.', tags: [] },
        {
          text: 'ACTION: TR to circulate the accounts.',
          tags: ['minutebook:action'],
          titles: ['Action 2-A1'],
          styleBuiltIn: 'Normal',
        },
        { text: '3. Any other business', styleBuiltIn: 'Heading1' },
      ],
    },
    check: (o) => {
      expect(o.result).toEqual({ contentControlId: expect.any(Number) });
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: "Add action under an item whose last paragraph is an action goes after that action's control",
    setUp: {
      body: [
        '2. Finance',
        { text: 'ACTION: TR to circulate the accounts.', controls: [action] },
        '3. Any other business',
      ],
    },
    operation: (context, host) =>
      insertActionUnderItem(context, 'ACTION: SC to book the auditors.', '2-A2', {
        kind: 'after',
        location: at({
          paragraph: 1,
          contentControlId: controlId(host, 44),
          excerpt: 'ACTION: TR to circulate the accounts.',
        }),
        afterControl: true,
      }),
    expected: {
      body: [
        { text: '2. Finance', tags: [] },
        {
          text: 'ACTION: TR to circulate the accounts.',
          tags: ['minutebook:action'],
          titles: ['Action 2-A1'],
        },
        { text: 'ACTION: SC to book the auditors.', tags: ['minutebook:action'], titles: ['Action 2-A2'] },
        { text: '3. Any other business', tags: [] },
      ],
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Add action under an item whose text is no longer there says so and writes nothing',
    setUp: { body: ['2. Finance', 'Something else now.'] },
    expectsError: true,
    operation: (context) =>
      insertActionUnderItem(context, 'ACTION: TR to circulate the accounts.', '2-A1', {
        kind: 'after',
        location: at({ paragraph: 1, excerpt: 'The treasurer presented the accounts.' }),
        afterControl: false,
      }),
    expected: { body: [{ text: '2. Finance' }, { text: 'Something else now.' }] },
    check: (o) => expect(o.error).toMatchObject({ operation: 'Add action', code: 'ItemNotFound' }),
    budget: { syncs: 1, callbacks: 0 },
  }),
];
