/**
 * Planning an in-place update of a table block Minutebook inserted (attendance, items): the block as the pane
 * would write it now beside the block as the document holds it, and a fingerprint of every cell the add-in
 * last wrote. Pure; the Word and memory ports carry the plan out through the table APIs.
 *
 * The promises: a cell is rewritten only while it still holds exactly what the add-in last wrote there; a
 * cell that differs from both is a conflict (the pane's value beside the document's), left alone unless the
 * user chose the pane's value; write-once columns (Notes) are written in new rows only; a row is deleted only
 * when every cell still holds what the add-in wrote; rows are matched by their key column, so a row keeps its
 * notes when others are added, removed or renumbered around it.
 */
import type { BlockUpdate } from '../port';
import { cellFingerprint } from './summary-update';

/** How a block's table is matched and written. */
export interface TableShape {
  /** The column that tells rows apart (attendee's name, item's title). */
  key: number;
  /** Columns written when a row is added and never after (the user writes there). */
  writeOnce: readonly number[];
  /** A column holding the item's number: its changes are reported as renumbering. */
  number?: number;
  /**
   * A row whose key changed (an item renamed) is the same row when it stands where the old one stood, so its
   * notes stay with it. Not for attendance: another person in a row is another row.
   */
  renames?: boolean;
}

export const TABLE_SHAPES = {
  attendance: { key: 0, writeOnce: [] },
  items: { key: 1, writeOnce: [2], number: 0, renames: true },
} as const satisfies Record<string, TableShape>;

export type UpdatableKind = keyof typeof TABLE_SHAPES;

/** A cell the user changed since the add-in wrote it, where the pane now wants something else. */
export interface CellConflict {
  table: number;
  /** Row of the table as read (0 = the header row). */
  row: number;
  cell: number;
  /** The row's key as the document has it ("Thom Dancox", "Finance"). */
  key: string;
  column: string;
  pane: string;
  document: string;
}

/** A row that would go (the pane no longer has it) but stays because someone wrote in it. */
export interface KeptRow {
  table: number;
  row: number;
  key: string;
  /** Why in words: "someone wrote in it", "it is not as Minutebook wrote it". */
  reason: string;
  /** Minutebook wrote the row (the form had it); false for a row someone typed or renamed in the document. */
  written: boolean;
}

/** A cell chosen to take the pane's value despite the user's change (a resolved conflict). */
export interface ForcedCell {
  table: number;
  row: number;
  cell: number;
  /** What the user saw in the document: the choice holds only while the cell still holds it. */
  document: string;
}

export interface TablePlan {
  cellWrites: { row: number; cell: number; text: string }[];
  /** New rows, each group after a row of the table as read (0 = after the header row); highest first. */
  inserts: { after: number; rows: string[][] }[];
  /** Rows of the table as read to delete; highest first. */
  deleteRows: number[];
  conflicts: CellConflict[];
  keptRows: KeptRow[];
  /** Number changes of rows that stayed ("3" → "4"), for the refs check. */
  renumbered: { from: string; to: string }[];
  /** Fingerprints of what the add-in's rows hold after the update, for the next one. */
  written: string[][];
}

export interface BlockPlan {
  tables: TablePlan[];
  /** Tables the pane has rows for that the document's block lacks (a Part II table added since). */
  missingTables: number;
}

/** Table.values may end a cell with its paragraph mark and separate paragraphs with "\r". */
export const cellText = (text: string | undefined): string =>
  (text ?? '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');

const keyOf = (row: readonly string[], shape: TableShape) => cellText(row[shape.key]).trim();

/** Longest common subsequence of two key lists: the pairs (doc index, wanted index) kept in order. */
function alignByKey(doc: readonly string[], wanted: readonly string[]): [number, number][] {
  const n = doc.length;
  const m = wanted.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] =
        doc[i] === wanted[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (doc[i] === wanted[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * Between two rows matched in order, the unmatched rows on each side pair up in order while the document row's
 * key cell still holds what the add-in wrote (the user did not rename it): the item was renamed in the form.
 */
function renamedPairs(
  docRows: readonly string[][],
  before: readonly (readonly string[] | undefined)[],
  wantedKeys: readonly string[],
  docFor: ReadonlyMap<number, number>,
  shape: TableShape,
): [number, number][] {
  const anchors = [...docFor].map(([w, d]) => [d, w] as const).sort((a, b) => a[0] - b[0]);
  const bounds = [[-1, -1] as const, ...anchors, [docRows.length, wantedKeys.length] as const];
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [d0, w0] = bounds[i]!;
    const [d1, w1] = bounds[i + 1]!;
    const docs = range(d0 + 1, d1).filter((d) => {
      const mark = before[d]?.[shape.key];
      return mark !== undefined && mark === cellFingerprint(docRows[d]![shape.key] ?? '');
    });
    const wants = range(w0 + 1, w1).filter((w) => !docFor.has(w));
    for (let k = 0; k < Math.min(docs.length, wants.length); k++) {
      const was = docRows[docs[k]!]![shape.key] ?? '';
      const now = wantedKeys[wants[k]!] ?? '';
      if (looksRenamed(was, now)) pairs.push([docs[k]!, wants[k]!]);
    }
  }
  return pairs;
}

/**
 * A renamed title, not another item: one holds the other ("Budget" → "Budget and reserves") or they differ by
 * a few letters ("Finanse" → "Finance"). Another item put where one was removed stays another row, so the old
 * one's notes never end up under a new title.
 */
export function looksRenamed(was: string, now: string): boolean {
  const a = was.trim().toLowerCase();
  const b = now.trim().toLowerCase();
  if (a === '' || b === '') return false;
  if (a.includes(b) || b.includes(a)) return true;
  return editDistance(a, b) <= Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** For each document row, the copy of what the add-in last wrote there (matched by the key's fingerprint). */
function lastWrittenPerRow(
  docRows: readonly string[][],
  lastWritten: readonly (readonly string[])[] | null,
  shape: TableShape,
): (readonly string[] | undefined)[] {
  const unused = [...(lastWritten ?? [])];
  return docRows.map((row) => {
    const mark = cellFingerprint(cellText(row[shape.key]));
    const at = unused.findIndex((written) => written[shape.key] === mark);
    return at < 0 ? undefined : unused.splice(at, 1)[0];
  });
}

const untouched = (row: readonly string[], before: readonly string[] | undefined) =>
  before !== undefined &&
  before.length === row.length &&
  row.every((text, c) => before[c] === cellFingerprint(text));

/**
 * Pure: one table's plan. `values` is the table as read (header row first), `wanted` the data rows the pane
 * would write now, `lastWritten` the fingerprints kept after the last insert or update (null: none kept, so
 * every differing cell is a conflict and no row is deleted).
 */
export function planTableUpdate(input: {
  table?: number;
  values: readonly (readonly string[])[];
  wanted: readonly (readonly string[])[];
  lastWritten: readonly (readonly string[])[] | null;
  shape: TableShape;
  force?: readonly ForcedCell[];
}): TablePlan {
  const { shape, wanted } = input;
  const tableNo = input.table ?? 0;
  const header = (input.values[0] ?? []).map((h) => cellText(h));
  const columnName = (c: number) => header[c] || `column ${c + 1}`;
  const docRows = input.values.slice(1).map((row) => row.map((text) => cellText(text)));
  const before = lastWrittenPerRow(docRows, input.lastWritten, shape);
  const forced = new Map(
    (input.force ?? []).filter((f) => f.table === tableNo).map((f) => [`${f.row}:${f.cell}`, f.document]),
  );
  const plan: TablePlan = {
    cellWrites: [],
    inserts: [],
    deleteRows: [],
    conflicts: [],
    keptRows: [],
    renumbered: [],
    written: [],
  };

  // Rows in the same order on both sides are matched first; a row that moved is matched where it is only
  // when it cannot go (someone wrote in it); otherwise it is deleted and written again at its new place.
  const docKeys = docRows.map((row) => keyOf(row, shape));
  const wantedKeys = wanted.map((row) => keyOf(row, shape));
  const docFor = new Map<number, number>(); // wanted index → doc index
  for (const [d, w] of alignByKey(docKeys, wantedKeys)) docFor.set(w, d);
  const matchedDocs = new Set(docFor.values());
  if (shape.renames) {
    for (const [d, w] of renamedPairs(docRows, before, wantedKeys, docFor, shape)) {
      docFor.set(w, d);
      matchedDocs.add(d);
    }
  }
  const inOrder = new Set(docFor.keys());
  wanted.forEach((_, w) => {
    if (docFor.has(w)) return;
    const d = docKeys.findIndex(
      (key, i) => key === wantedKeys[w] && !matchedDocs.has(i) && !untouched(docRows[i]!, before[i]),
    );
    if (d >= 0) {
      docFor.set(w, d);
      matchedDocs.add(d);
    }
  });

  const writtenOf = new Map<number, string[]>();
  for (const [w, d] of docFor) {
    const row = docRows[d]!;
    const last = before[d];
    const want = wanted[w]!;
    const copy = want.map((text, c) => {
      const now = row[c] ?? '';
      const tableRow = d + 1;
      if (now === text) return cellFingerprint(text);
      // Without a copy, the pane's notes stand as what was written: a differing cell then marks the row as written in.
      if (shape.writeOnce.includes(c)) return last?.[c] ?? cellFingerprint(text);
      const chosen = forced.get(`${tableRow}:${c}`) === now;
      if ((last !== undefined && last[c] === cellFingerprint(now)) || chosen) {
        plan.cellWrites.push({ row: tableRow, cell: c, text });
        if (c === shape.number) plan.renumbered.push({ from: now, to: text });
        return cellFingerprint(text);
      }
      plan.conflicts.push({
        table: tableNo,
        row: tableRow,
        cell: c,
        key: keyOf(row, shape),
        column: columnName(c),
        pane: text,
        document: now,
      });
      return last?.[c] ?? cellFingerprint(text);
    });
    writtenOf.set(w, copy);
  }

  docRows.forEach((row, d) => {
    if (matchedDocs.has(d)) return;
    if (untouched(row, before[d])) plan.deleteRows.push(d + 1);
    else {
      const reason = before[d] === undefined ? 'it is not as Minutebook wrote it' : 'someone wrote in it';
      const written = before[d] !== undefined;
      plan.keptRows.push({ table: tableNo, row: d + 1, key: keyOf(row, shape), reason, written });
      if (before[d] !== undefined) plan.written.push([...before[d]]);
    }
  });

  // New rows go after the row of the nearest earlier wanted row that stays in order (else after the header).
  let anchor = 0;
  const groups = new Map<number, string[][]>();
  wanted.forEach((want, w) => {
    if (inOrder.has(w)) anchor = docFor.get(w)! + 1;
    if (docFor.has(w)) return;
    groups.set(anchor, [...(groups.get(anchor) ?? []), [...want]]);
    writtenOf.set(
      w,
      want.map((text) => cellFingerprint(text)),
    );
  });
  plan.inserts = [...groups].map(([after, rows]) => ({ after, rows })).sort((a, b) => b.after - a.after);
  plan.deleteRows.sort((a, b) => b - a);
  plan.written.unshift(...wanted.flatMap((_, w) => (writtenOf.has(w) ? [writtenOf.get(w)!] : [])));
  return plan;
}

/**
 * Pure: a whole block's plan, table by table (`tables` as read, in the block's order; `wanted` the pane's rows
 * per table). A document table the pane has no rows for is planned as empty (its untouched rows go); a table
 * the pane has rows for and the document lacks is counted in `missingTables`, never made here.
 */
export function planBlockUpdate(input: {
  kind: UpdatableKind;
  tables: readonly (readonly (readonly string[])[])[];
  wanted: readonly (readonly (readonly string[])[])[];
  lastWritten: readonly (readonly (readonly string[])[])[] | null;
  force?: readonly ForcedCell[];
}): BlockPlan {
  const shape = TABLE_SHAPES[input.kind];
  const tables = input.tables.map((values, table) =>
    planTableUpdate({
      table,
      values,
      wanted: input.wanted[table] ?? [],
      lastWritten: input.lastWritten?.[table] ?? null,
      shape,
      force: input.force ?? [],
    }),
  );
  const missingTables = input.wanted.slice(input.tables.length).filter((rows) => rows.length > 0).length;
  return { tables, missingTables };
}

/** The fingerprints kept after a block is inserted: every cell of every table's data rows. */
export function blockFingerprints(wanted: readonly (readonly (readonly string[])[])[]): string[][][] {
  return wanted.map((rows) => rows.map((row) => row.map((text) => cellFingerprint(cellText(text)))));
}

/** Nothing to write: the block already follows the pane (conflicts and kept rows may still be reported). */
export function planIsEmpty(plan: BlockPlan): boolean {
  return plan.tables.every((t) => t.cellWrites.length + t.inserts.length + t.deleteRows.length === 0);
}

/**
 * The edits of one table in the order that keeps every index valid: cell writes first (no row has moved
 * yet), then, from the bottom up, new rows after a row and then that row's deletion.
 */
export type TableEdit =
  | { kind: 'cell'; row: number; cell: number; text: string }
  | { kind: 'insert'; after: number; rows: string[][] }
  | { kind: 'delete'; row: number };

export function orderedEdits(plan: TablePlan): TableEdit[] {
  const structural: TableEdit[] = [
    ...plan.inserts.map((i): TableEdit => ({ kind: 'insert', after: i.after, rows: i.rows })),
    ...plan.deleteRows.map((row): TableEdit => ({ kind: 'delete', row })),
  ];
  const at = (e: TableEdit) => (e.kind === 'insert' ? e.after : e.kind === 'delete' ? e.row : 0);
  structural.sort((a, b) => at(b) - at(a) || (a.kind === 'insert' ? -1 : 1));
  return [...plan.cellWrites.map((c): TableEdit => ({ kind: 'cell', ...c })), ...structural];
}

/** What an update reports when the document has no such block. */
export function noBlock(): BlockUpdate {
  return {
    found: false,
    applied: false,
    updatedCells: 0,
    addedRows: 0,
    removedRows: 0,
    conflicts: [],
    keptRows: [],
    renumbered: [],
    missingTables: 0,
    written: [],
    contentControlId: null,
  };
}

/** What carrying out (or, for a dry run, only planning) a block's plan does, as the port reports it. */
export function blockOutcome(
  plan: BlockPlan,
  applied: boolean,
  contentControlId: number | null,
): BlockUpdate {
  const sum = (of: (t: TablePlan) => number) => plan.tables.reduce((n, t) => n + of(t), 0);
  return {
    found: true,
    applied,
    updatedCells: sum((t) => t.cellWrites.length),
    addedRows: sum((t) => t.inserts.reduce((n, i) => n + i.rows.length, 0)),
    removedRows: sum((t) => t.deleteRows.length),
    conflicts: plan.tables.flatMap((t) => t.conflicts),
    keptRows: plan.tables.flatMap((t) => t.keptRows),
    renumbered: plan.tables.flatMap((t) => t.renumbered),
    missingTables: plan.missingTables,
    written: plan.tables.map((t) => t.written),
    contentControlId,
  };
}
