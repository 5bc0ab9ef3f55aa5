/**
 * Planning the pane's in-place edits of what Minutebook wrote: one ref stamp per paragraph, and which summary
 * table cells may be rewritten (only those still holding what the add-in last wrote). Pure; the Word and
 * memory ports carry the plans out.
 */
import { fnv1a } from '../hash';
import type { KeptCell, RefStamp, SummaryUpdate } from '../port';
/**
 * What is kept of a written cell: a short fingerprint (32-bit FNV-1a), not the text, so the copy stays small
 * inside the stored meeting (64 KB for everything) however many actions there are. The ref stays as text.
 */
export function cellFingerprint(text: string): string {
  return `#${fnv1a(text).toString(36)}`;
}

/** The copy of written rows kept for the next update: the ref, then each other cell's fingerprint. */
export function summaryFingerprints(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((row) => row.map((text, c) => (c === 0 ? text : cellFingerprint(text))));
}

/** Two actions in one paragraph cannot both carry a ref in one control title: neither is stamped. */
export function oneStampPerParagraph(stamps: readonly RefStamp[]): {
  single: RefStamp[];
  sharedParagraph: number;
} {
  const perParagraph = new Map<string, RefStamp[]>();
  for (const stamp of stamps) {
    const key = `${stamp.location.part}:${stamp.location.paragraph}`;
    perParagraph.set(key, [...(perParagraph.get(key) ?? []), stamp]);
  }
  const groups = [...perParagraph.values()];
  return {
    single: groups.flatMap((group) => (group.length === 1 ? group : [])),
    sharedParagraph: groups.reduce((n, group) => n + (group.length > 1 ? group.length : 0), 0),
  };
}

/** The edits that bring a summary table up to date, by row and cell index of the table as read. */
export interface SummaryPlan {
  cellWrites: { row: number; cell: number; text: string }[];
  /** Table rows to delete, highest first so the indices of the others hold while they go. */
  deleteRows: number[];
  addRows: string[][];
  kept: KeptCell[];
  written: string[][];
}

/** Word may end a cell's text with its paragraph mark. */
const cellText = (text: string | undefined) => (text ?? '').replace(/[\r\n]+$/, '');

const mark = (text: string, c: number) => (c === 0 ? text : cellFingerprint(text));

/**
 * Pure: compares the table as it is (`values`, header row first) with the rows wanted now and what the add-in
 * last wrote (`lastWritten`, as `summaryFingerprints` keeps it), row by row by ref (first cell). A cell is rewritten only while it still holds what was last
 * written there; a cell that differs from both was edited by someone and is kept. Rows for new refs go at the
 * end; a row whose ref is no longer exported is deleted only when nobody edited it. Rows without a ref the
 * add-in knows are someone else's and are never touched.
 */
export function planSummaryUpdate(
  values: readonly (readonly string[])[],
  rows: readonly (readonly string[])[],
  lastWritten: readonly (readonly string[])[] | null,
): SummaryPlan {
  const header = values[0] ?? [];
  const columnName = (c: number) => cellText(header[c]) || `column ${c + 1}`;
  const atRow = new Map<string, number>();
  values.forEach((row, index) => {
    const ref = cellText(row[0]).trim();
    if (index > 0 && ref !== '' && !atRow.has(ref)) atRow.set(ref, index);
  });
  const last = new Map((lastWritten ?? []).map((row) => [row[0] ?? '', row] as const));
  const plan: SummaryPlan = { cellWrites: [], deleteRows: [], addRows: [], kept: [], written: [] };

  const wanted = new Set<string>();
  for (const row of rows) {
    const ref = row[0] ?? '';
    wanted.add(ref);
    const index = atRow.get(ref);
    if (index === undefined) {
      plan.addRows.push([...row]);
      plan.written.push(row.map(mark));
      continue;
    }
    const current = values[index] ?? [];
    const before = last.get(ref);
    const copy = row.map((want, c) => {
      const now = cellText(current[c]);
      if (now === want) return mark(want, c);
      if (before !== undefined && before[c] === mark(now, c)) {
        plan.cellWrites.push({ row: index, cell: c, text: want });
        return mark(want, c);
      }
      plan.kept.push({ ref, column: columnName(c), text: now });
      return before?.[c] ?? mark(want, c);
    });
    plan.written.push(copy);
  }

  for (const [ref, index] of atRow) {
    const before = last.get(ref);
    if (wanted.has(ref) || before === undefined) continue;
    const current = values[index] ?? [];
    const edited = before.flatMap((written, c) =>
      mark(cellText(current[c]), c) === written
        ? []
        : [{ ref, column: columnName(c), text: cellText(current[c]) }],
    );
    if (edited.length === 0) plan.deleteRows.push(index);
    else {
      plan.kept.push(...edited);
      plan.written.push([...before]);
    }
  }
  plan.deleteRows.sort((a, b) => b - a);
  return plan;
}

/** What an update reports when the document has no summary table. */
export function noSummaryTable(): SummaryUpdate {
  return { found: false, updatedCells: 0, addedRows: 0, removedRows: 0, kept: [], written: [] };
}

/** What applying a plan did, as the port reports it. */
export function summaryOutcome(plan: SummaryPlan): SummaryUpdate {
  return {
    found: true,
    updatedCells: plan.cellWrites.length,
    addedRows: plan.addRows.length,
    removedRows: plan.deleteRows.length,
    kept: plan.kept,
    written: plan.written,
  };
}
