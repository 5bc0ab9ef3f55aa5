import { Location } from '../../../src/core/model/location';
import { insertActionUnderItem } from '../../../src/word/insert-action-under-item';
import { controlId, scenario, writesOutsideNewParagraphs } from '../scenario';

const action = { id: 44, tag: 'minutebook:action', title: 'Action 2-A1' };
const at = (l: Partial<Location>) => Location.parse({ paragraph: 0, ...l });

/**
 * Add action under its agenda item (the pane's item picker): after the item's last paragraph found by its text,
 * or after the item's last action control; 2 syncs. The Notes-cell target needs a table cell's body, which the
 * simulated host does not model, so it is left to the port tests.
 */
export const insertActionUnderItemScenarios = [
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
