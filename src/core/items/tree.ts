import type { Item } from '../model/item';
import { moveInList } from './move';
import { renumber } from './numbering';

/** Where an item sits: indexes from the top level down ([1, 0] is the first sub-item of the second item). */
export type ItemPath = readonly number[];

function newItem(title: string): Item {
  return { number: '', title, confidential: false, subItems: [] };
}

/** Apply `change` to the list that holds the item at `path` (the parent's sub-items), then renumber. */
function inParentList(
  items: readonly Item[],
  path: ItemPath,
  change: (list: Item[], index: number) => Item[],
): Item[] {
  const [head, ...rest] = path;
  if (head === undefined) return [...items];
  if (rest.length === 0) return change([...items], head);
  return items.map((item, i) =>
    i === head ? { ...item, subItems: inParentList(item.subItems, rest, change) } : item,
  );
}

function done(items: Item[]): Item[] {
  return renumber(items);
}

export function itemAt(items: readonly Item[], path: ItemPath): Item | undefined {
  let list: readonly Item[] = items;
  let found: Item | undefined;
  for (const index of path) {
    found = list[index];
    if (!found) return undefined;
    list = found.subItems;
  }
  return found;
}

export function addItem(items: readonly Item[], title: string): Item[] {
  return done([...items, newItem(title)]);
}

export function addSubItem(items: readonly Item[], parent: ItemPath, title: string): Item[] {
  return done(
    inParentList(items, parent, (list, i) =>
      list.map((item, j) => (j === i ? { ...item, subItems: [...item.subItems, newItem(title)] } : item)),
    ),
  );
}

export function updateItem(
  items: readonly Item[],
  path: ItemPath,
  patch: Partial<Pick<Item, 'title' | 'confidential' | 'notes'>>,
): Item[] {
  return done(
    inParentList(items, path, (list, i) => list.map((item, j) => (j === i ? { ...item, ...patch } : item))),
  );
}

export function removeItem(items: readonly Item[], path: ItemPath): Item[] {
  return done(inParentList(items, path, (list, i) => list.filter((_, j) => j !== i)));
}

/** Move an item up (-1) or down (+1) among its siblings. */
export function moveItem(items: readonly Item[], path: ItemPath, delta: number): Item[] {
  return done(inParentList(items, path, (list, i) => moveInList(list, i, delta)));
}

/** Every item with its path and depth, in reading order, for rendering a flat list. */
export function itemRows(
  items: readonly Item[],
  parent: ItemPath = [],
): { item: Item; path: number[]; siblings: number }[] {
  return items.flatMap((item, i) => [
    { item, path: [...parent, i], siblings: items.length },
    ...itemRows(item.subItems, [...parent, i]),
  ]);
}
