import { Action } from '../../../src/core/model';
import type { ActionFacts } from '../../../src/taskpane/views/actions/actionFacts';
import { nextSort, sortActions } from '../../../src/taskpane/views/actions/sortActions';

function facts(n: number, fields: Partial<Action>, owner = 'Someone'): ActionFacts {
  const action = Action.parse({
    item: null,
    text: `action ${n}`,
    owner: null,
    marked: true,
    location: { paragraph: n },
    ...fields,
  });
  return { action, key: `a${n}`, owner, confidential: false, problems: [] };
}

const texts = (list: ActionFacts[]) => list.map((f) => f.action.text);

describe('sortActions', () => {
  it('compares item numbers as numbers: 2.10 comes after 2.9', () => {
    const list = [facts(0, { item: '2.10' }), facts(1, { item: '2.9' }), facts(2, { item: '10' })];
    expect(texts(sortActions(list, { column: 'item', direction: 'ascending' }))).toEqual([
      'action 1',
      'action 0',
      'action 2',
    ]);
  });

  it('puts actions without a due date last in either direction', () => {
    const list = [
      facts(0, {}),
      facts(1, { due: '30 Sept', dueDate: '2022-09-30' }),
      facts(2, { due: '1 Aug', dueDate: '2022-08-01' }),
    ];
    expect(texts(sortActions(list, { column: 'due', direction: 'ascending' }))).toEqual([
      'action 2',
      'action 1',
      'action 0',
    ]);
    expect(texts(sortActions(list, { column: 'due', direction: 'descending' }))).toEqual([
      'action 1',
      'action 2',
      'action 0',
    ]);
  });

  it('keeps document order among equal keys and when no sort is chosen', () => {
    const list = [facts(0, {}, 'Ann'), facts(1, {}, 'Bob'), facts(2, {}, 'Ann')];
    expect(texts(sortActions(list, { column: 'owner', direction: 'ascending' }))).toEqual([
      'action 0',
      'action 2',
      'action 1',
    ]);
    expect(texts(sortActions(list, null))).toEqual(['action 0', 'action 1', 'action 2']);
  });

  it('a second click on the same column reverses; another column starts ascending', () => {
    expect(nextSort(null, 'owner')).toEqual({ column: 'owner', direction: 'ascending' });
    expect(nextSort({ column: 'owner', direction: 'ascending' }, 'owner')).toEqual({
      column: 'owner',
      direction: 'descending',
    });
    expect(nextSort({ column: 'owner', direction: 'descending' }, 'due')).toEqual({
      column: 'due',
      direction: 'ascending',
    });
  });
});
