import type { Location } from './model/location';
import type { SourceParagraph } from './model/paragraph';
import type { StoredMeeting } from './model/stored';

/** The blocks Minutebook inserts; each is one content control with tag `minutebook:<kind>`. */
export type BlockKind = 'header' | 'attendance' | 'items' | 'actions';

export const TAG_PREFIX = 'minutebook:';
export const TAGS = {
  header: 'minutebook:header',
  attendance: 'minutebook:attendance',
  items: 'minutebook:items',
  action: 'minutebook:action',
  actions: 'minutebook:actions',
  actionLog: 'minutebook:actionlog',
} as const;

/** A block ready to go into a document: one OOXML package (flat `pkg:package`), built by core/write. */
export interface OoxmlBlock {
  kind: BlockKind;
  ooxml: string;
  /** Page header/footer text (protective marking, status) set through the section, not the body. */
  pageHeader?: string | null;
  pageFooter?: string | null;
}

export interface ReadResult {
  paragraphs: SourceParagraph[];
  /** True where the host cannot leave tracked deletions out (WordApi 1.4 missing): say so to the user. */
  trackedDeletionsMayCount: boolean;
}

export interface InsertResult {
  /** Id of the content control that now holds the inserted content. */
  contentControlId: number | null;
}

/** One action's ref to put into the document, at the action's paragraph as the last read found it. */
export interface RefStamp {
  location: Location;
  ref: string;
}

export interface StampResult {
  /** Refs now in the document (a control's title set, or the paragraph wrapped in a new action control). */
  stamped: number;
  /** Actions whose paragraph could not be found again (the document changed since the last check). */
  notFound: number;
  /** Actions whose control already carried a ref: refs never move, so these were left as they were. */
  alreadyHadRef: number;
  /** Actions that share their paragraph with another action: one control title cannot hold two refs. */
  sharedParagraph: number;
}

/** A cell of the summary table the user changed since the add-in wrote it: left alone and reported. */
export interface KeptCell {
  ref: string;
  column: string;
  text: string;
}

export interface SummaryUpdate {
  /** False when the document has no summary table (`minutebook:actions` block): insert one instead. */
  found: boolean;
  updatedCells: number;
  addedRows: number;
  /** Rows of actions no longer exported that still held exactly what the add-in wrote. */
  removedRows: number;
  kept: KeptCell[];
  /** What the add-in's rows now hold (ref, then a fingerprint per cell), for the next update to compare against. */
  written: string[][];
}

/**
 * The one door between the pane and a document. `word/` implements it with Office.js, `memory/` for tests
 * and the browser preview. Every method is one user intent; failures throw `DocumentOperationError`.
 */
export interface DocumentPort {
  readParagraphs(): Promise<ReadResult>;
  /** Insert a block after the cursor's paragraph, never replacing the selection. */
  insertBlock(block: OoxmlBlock): Promise<InsertResult>;
  /** Insert one ACTION paragraph after the cursor's paragraph in a `minutebook:action` control carrying `ref`. */
  insertActionLine(text: string, ref: string): Promise<InsertResult>;
  /**
   * Put refs given at an export into the document: an action control gets its title (only when it has no
   * ref yet), a hand-typed ACTION paragraph is wrapped in a new `minutebook:action` control. No text changes.
   */
  stampRefs(stamps: RefStamp[]): Promise<StampResult>;
  /**
   * Bring the summary table up to date in place: `rows` are the wanted data rows (first cell the ref),
   * `lastWritten` what the add-in last wrote there (the `written` of the last update or insert). Only cells still holding what was last written are
   * rewritten; rows for new refs are added at the end.
   */
  updateActionSummary(rows: string[][], lastWritten: string[][] | null): Promise<SummaryUpdate>;
  /** Select (and so scroll to) a location. */
  goTo(location: Location): Promise<void>;
  loadStoredMeeting(): Promise<StoredMeeting | null>;
  saveStoredMeeting(stored: StoredMeeting): Promise<void>;
  /** Called when the user changes the document (not for the add-in's own selections). Returns unsubscribe. */
  onDocumentChanged(listener: () => void): () => void;
}

/** A failed document operation, named for the person who sees it. */
export class DocumentOperationError extends Error {
  constructor(
    readonly operation: string,
    message: string,
    /** Office's error code where there is one. */
    readonly code: string | null = null,
    /** What the failed operation still changed in the document, in words; empty when the document is as it was. */
    readonly changed: string = '',
  ) {
    super(message);
    this.name = 'DocumentOperationError';
  }
}

/** An inserted action keeps its ref in its content control's title: "Action 2.1-A1". */
export function actionControlTitle(ref: string): string {
  return `Action ${ref}`;
}

export function refFromActionControlTitle(title: string): string | null {
  const match = /^Action\s+(\S.*)$/.exec(title.trim());
  return match?.[1]?.trim() ?? null;
}

/**
 * What is kept of a written cell: a short fingerprint (32-bit FNV-1a), not the text, so the copy stays small
 * inside the stored meeting (64 KB for everything) however many actions there are. The ref stays as text.
 */
export function cellFingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `#${hash.toString(36)}`;
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
