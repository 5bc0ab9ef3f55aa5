import { renumber } from '../../../src/core/items/numbering';
import {
  addItem,
  addSubItem,
  itemRows,
  moveItem,
  removeItem,
  updateItem,
} from '../../../src/core/items/tree';
import { moveInList } from '../../../src/core/items/move';
import type { Item } from '../../../src/core/model';

const item = (title: string, subItems: Item[] = []): Item => ({
  number: '?',
  title,
  confidential: false,
  subItems,
});
const numbers = (items: Item[]) => itemRows(items).map((r) => r.item.number);

describe('renumber', () => {
  it('numbers items and sub-items 1, 2, 2.1, 2.2, 3', () => {
    expect(numbers(renumber([item('a'), item('b', [item('b1'), item('b2')]), item('c')]))).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '3',
    ]);
  });
  it('continues to deeper levels', () => {
    expect(numbers(renumber([item('a', [item('a1', [item('a1x')])])]))).toEqual(['1', '1.1', '1.1.1']);
  });
  it('does not change the items it was given', () => {
    const input = [item('a')];
    renumber(input);
    expect(input[0]?.number).toBe('?');
  });
});

describe('item tree edits', () => {
  const start = () => addSubItem(addItem(addItem([], 'Apologies'), 'Business'), [1], 'Finance');

  it('adds items and sub-items with live numbers', () => {
    expect(itemRows(start()).map((r) => `${r.item.number} ${r.item.title}`)).toEqual([
      '1 Apologies',
      '2 Business',
      '2.1 Finance',
    ]);
  });
  it('moves an item with its sub-items and renumbers', () => {
    const moved = moveItem(start(), [1], -1);
    expect(itemRows(moved).map((r) => `${r.item.number} ${r.item.title}`)).toEqual([
      '1 Business',
      '1.1 Finance',
      '2 Apologies',
    ]);
  });
  it('leaves the list as it was when a move would leave it', () => {
    expect(numbers(moveItem(start(), [0], -1))).toEqual(['1', '2', '2.1']);
  });
  it('renames, marks Part II and removes', () => {
    let items = updateItem(start(), [1, 0], { title: 'Budget', confidential: true });
    expect(items[1]?.subItems[0]).toMatchObject({ title: 'Budget', confidential: true, number: '2.1' });
    items = removeItem(items, [0]);
    expect(numbers(items)).toEqual(['1', '1.1']);
  });
});

describe('moveInList', () => {
  it('moves an entry down one place', () => {
    expect(moveInList(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
  it('returns a copy unchanged past either end', () => {
    expect(moveInList(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
