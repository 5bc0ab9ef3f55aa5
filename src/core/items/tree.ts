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

/** A new, empty item straight after the one at `path`, at the same level. Returns the items and its path. */
export function insertItemAfter(items: readonly Item[], path: ItemPath): { items: Item[]; path: number[] } {
  const at = (path.at(-1) ?? -1) + 1;
  const next = inParentList(items, path.length === 0 ? [items.length] : path, (list) => [
    ...list.slice(0, at),
    newItem(''),
    ...list.slice(at),
  ]);
  return { items: done(next), path: [...path.slice(0, -1), at] };
}

/**
 * Indent: the item becomes the last sub-item of the item before it (its own sub-items come along after it,
 * one level can hold no deeper list). Null when there is no item before it or it is a sub-item already.
 */
export function indentItem(items: readonly Item[], path: ItemPath): { items: Item[]; path: number[] } | null {
  if (path.length !== 1 || path[0] === 0) return null;
  const i = path[0]!;
  const item = items[i]!;
  const parent = items[i - 1]!;
  const moved = [{ ...item, subItems: [] }, ...item.subItems];
  const next = [
    ...items.slice(0, i - 1),
    { ...parent, subItems: [...parent.subItems, ...moved] },
    ...items.slice(i + 1),
  ];
  return { items: done(next), path: [i - 1, parent.subItems.length] };
}

/** Outdent: a sub-item becomes the top-level item after its parent, taking the sub-items after it along. */
export function outdentItem(
  items: readonly Item[],
  path: ItemPath,
): { items: Item[]; path: number[] } | null {
  if (path.length !== 2) return null;
  const [p, s] = path as [number, number];
  const parent = items[p]!;
  const item = parent.subItems[s]!;
  const next = [
    ...items
      .slice(0, p + 1)
      .map((it, k) => (k === p ? { ...parent, subItems: parent.subItems.slice(0, s) } : it)),
    { ...item, subItems: [...item.subItems, ...parent.subItems.slice(s + 1)] },
    ...items.slice(p + 1),
  ];
  return { items: done(next), path: [p + 1] };
}
