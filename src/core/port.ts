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
