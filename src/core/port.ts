import type { DocumentFingerprint } from './fingerprint';
import type { Location } from './model/location';
import type { SourceParagraph } from './model/paragraph';
import type { StoredMeeting } from './model/stored';
import type { CellConflict, ForcedCell, KeptRow, UpdatableKind } from './write/block-update';
import type {
  ForcedLine,
  HeaderConflict,
  HeaderLineChange,
  KeptHeaderLine,
  UnsearchableLine,
} from './write/header-update';

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
  /**
   * The body's fingerprint as this read saw it (each paragraph's `text`, the same as `documentFingerprint`
   * reads, even where the read itself used reviewed text), to compare with before an export.
   */
  fingerprint?: DocumentFingerprint;
}

/**
 * Where an action goes under its agenda item, as the core worked it out from the last read
 * (`src/core/items/action-place.ts`): the end of the item's Notes cell in Minutebook's items table, or after
 * the last paragraph of the item's section in hand-typed minutes (after the whole control when that paragraph
 * is in an action control, so actions never nest).
 */
export type ActionTarget =
  | {
      kind: 'cell';
      /** The `minutebook:items` control holding the table, and the table's place within it (0 = first). */
      controlId: number;
      tableInControl: number;
      row: number;
      cell: number;
      /** The item number the row's first cell holds, checked again before writing. */
      itemNumber: string;
      /** The cell holds no text yet: the action fills its empty paragraph instead of adding one. */
      empty: boolean;
      /** The cell's last paragraph as read. */
      location: Location;
    }
  | { kind: 'after'; location: Location; afterControl: boolean };

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

/** An in-place update of a table block (attendance, items) the add-in inserted. */
export interface BlockUpdateRequest {
  kind: UpdatableKind;
  /** The data rows the pane would write now, per table of the block (`block-rows.ts`). */
  wanted: string[][][];
  /** Fingerprints of what the add-in last wrote there (`StoredMeeting.blocksWritten`); null when none kept. */
  lastWritten: string[][][] | null;
  /** Conflicting cells the user chose to take the pane's value. */
  force?: ForcedCell[];
  /** Only look: read the block and say what an update would do, writing nothing. */
  dryRun?: boolean;
}

export interface BlockUpdate {
  /** False when the document has no such block: insert one instead. */
  found: boolean;
  /** False for a dry run, or when nothing needed writing. */
  applied: boolean;
  updatedCells: number;
  addedRows: number;
  removedRows: number;
  /** Cells the user changed that the pane would change too: left alone, the pane's value beside the document's. */
  conflicts: CellConflict[];
  /** Rows the pane no longer has that stay because someone wrote in them (or Minutebook did not write them). */
  keptRows: KeptRow[];
  /** Item numbers rewritten ("3" → "4"). */
  renumbered: { from: string; to: string }[];
  /** Tables the pane has rows for that the block lacks (a Part II table added since it went in). */
  missingTables: number;
  /** Fingerprints of what the block's rows hold after the update, for the next one. */
  written: string[][][];
  contentControlId: number | null;
}

/** An in-place update of the header block (title and "Label: value" lines). */
export interface HeaderUpdateRequest {
  /** The lines the pane would write now, title first (`wantedHeaderLines`). */
  wanted: [label: string, value: string][];
  /** Fingerprints of what the add-in last wrote (`StoredMeeting.blocksWritten` under the header's tag); null when none kept. */
  lastWritten: string[][] | null;
  /** Conflicting lines the user chose to take the form's value. */
  force?: ForcedLine[];
  /** Only look: read the block and say what an update would do, writing nothing. */
  dryRun?: boolean;
}

export interface HeaderUpdate {
  /** False when the document has no header block: insert one instead. */
  found: boolean;
  /** False for a dry run, or when nothing needed writing. */
  applied: boolean;
  updatedLines: number;
  addedLines: number;
  removedLines: number;
  /** The lines the update writes (or, for a dry run, would write), for the pane to list. */
  changes: HeaderLineChange[];
  conflicts: HeaderConflict[];
  kept: KeptHeaderLine[];
  unsearchable: UnsearchableLine[];
  /** Fingerprints of the block's lines after the update, for the next one. */
  written: string[][];
  contentControlId: number | null;
}

/**
 * The one door between the pane and a document. `word/` implements it with Office.js, `memory/` for tests
 * and the browser preview. Every method is one user intent; failures throw `DocumentOperationError`.
 */
export interface DocumentPort {
  readParagraphs(): Promise<ReadResult>;
  /** Insert a block after the cursor's paragraph, never replacing the selection. */
  insertBlock(block: OoxmlBlock): Promise<InsertResult>;
  /**
   * Insert one ACTION paragraph in a `minutebook:action` control carrying `ref`: under its item at `target`,
   * or after the cursor's paragraph when there is none.
   */
  insertActionLine(text: string, ref: string, target?: ActionTarget | null): Promise<InsertResult>;
  /** The paragraph (reading order, as `readParagraphs` counts) the cursor is in; null when it cannot be told. */
  cursorParagraph(): Promise<number | null>;
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
  /**
   * Bring an inserted table block up to date in place through the table APIs: only cells still holding what
   * the add-in last wrote are rewritten, rows are added and removed around the rows that stay, Notes cells and
   * rows someone wrote in are never rewritten or deleted.
   */
  updateBlock(request: BlockUpdateRequest): Promise<BlockUpdate>;
  /**
   * Bring the header block up to date in place: only a line still holding what the add-in last wrote has its
   * value rewritten (its label kept as it is); lines the user typed or edited are never rewritten or deleted.
   */
  updateHeader(request: HeaderUpdateRequest): Promise<HeaderUpdate>;
  /** Select (and so scroll to) a location. */
  goTo(location: Location): Promise<void>;
  /**
   * The meeting kept in the document (the newest readable copy, brought up to date from an older schema), with
   * what the person should know about copies that could not be used. Remembers which copy it read, for saves.
   */
  loadStoredMeeting(): Promise<StoredMeetingLoad>;
  /**
   * Keep the meeting in the document, replacing the copy last loaded or saved. When someone else saved since,
   * fails with code STORED_MEETING_CHANGED and changes nothing, unless `overwrite` (the person chose "Keep mine").
   */
  saveStoredMeeting(stored: StoredMeeting, options?: SaveStoredOptions): Promise<void>;
  /** The body's paragraph count and a hash of its text, in one cheap read (see core/fingerprint.ts). */
  documentFingerprint(): Promise<DocumentFingerprint>;
  /** Called when the user changes the document (not for the add-in's own selections). Returns unsubscribe. */
  onDocumentChanged(listener: () => void): () => void;
}

export interface StoredMeetingLoad {
  stored: StoredMeeting | null;
  /** Sentences for the pane: a copy migrated, refused (and kept as it is) or ignored. Empty when all was well. */
  notices: string[];
}

export interface SaveStoredOptions {
  /** Replace the stored meeting even when another person saved one since this pane last read it. */
  overwrite?: boolean;
}

/** The error code of a save refused because the stored meeting changed under the pane (another person saved). */
export const STORED_MEETING_CHANGED = 'STORED_MEETING_CHANGED';

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
