import { fingerprintOf, type DocumentFingerprint } from '../core/fingerprint';
import { excerptOf } from '../core/locate';
import type { Location } from '../core/model/location';
import type { SourceParagraph } from '../core/model/paragraph';
import { StoredMeeting } from '../core/model/stored';
import {
  actionControlTitle,
  DocumentOperationError,
  refFromActionControlTitle,
  TAGS,
  type ActionTarget,
  type BlockKind,
  type DocumentPort,
  type InsertResult,
  type OoxmlBlock,
  type ReadResult,
  type RefStamp,
  type SaveStoredOptions,
  type StampResult,
  type StoredMeetingLoad,
  type SummaryUpdate,
  type BlockUpdate,
  type BlockUpdateRequest,
  type HeaderUpdate,
  type HeaderUpdateRequest,
} from '../core/port';
import {
  applyHeaderPlan,
  headerOutcome,
  headerPlanIsEmpty,
  noHeader,
  planHeaderUpdate,
} from '../core/write/header-update';
import { storedMeetingChangedError } from '../word/errors';
import {
  blockOutcome,
  noBlock,
  orderedEdits,
  planBlockUpdate,
  planIsEmpty,
} from '../core/write/block-update';
import { applyTableEdits, memoryTableValues } from './table-edits';
import {
  noSummaryTable,
  oneStampPerParagraph,
  planSummaryUpdate,
  summaryOutcome,
} from '../core/write/summary-update';

/** Turns a block's flat OOXML package into paragraphs (the .docx reader in production, anything in tests). */
export type OoxmlToParagraphs = (pkgXml: string) => SourceParagraph[];

/** The port's operations, by the names `failNext` takes. */
export type MemoryOperation = Exclude<keyof DocumentPort, 'onDocumentChanged'>;

/** What each operation is called when it fails, for the person who reads the message. */
const OPERATION_NAMES: Record<MemoryOperation, string> = {
  readParagraphs: 'Read the document',
  insertBlock: 'Insert block',
  insertActionLine: 'Insert action',
  cursorParagraph: 'Find the cursor',
  stampRefs: 'Stamp refs',
  updateActionSummary: 'Update summary table',
  updateBlock: 'Update the block',
  updateHeader: 'Update header',
  goTo: 'Go to',
  loadStoredMeeting: 'Load the meeting data',
  saveStoredMeeting: 'Save the meeting data',
  documentFingerprint: 'Check for changes',
};

const CONTROL_TAGS: Record<BlockKind, string> = {
  header: TAGS.header,
  attendance: TAGS.attendance,
  items: TAGS.items,
  actions: TAGS.actions,
};

const CONTROL_TITLES: Record<BlockKind, string> = {
  header: 'Minutebook: meeting header',
  attendance: 'Minutebook: attendance',
  items: 'Minutebook: agenda items',
  actions: 'Minutebook: actions',
};

export interface MemoryDocumentOptions {
  paragraphs?: readonly SourceParagraph[];
  /** Paragraph the cursor sits in; defaults to the last one. */
  cursor?: number;
  ooxmlToParagraphs: OoxmlToParagraphs;
  /** Wait this long in every operation, so the browser preview shows progress. */
  latencyMs?: number;
}

/**
 * A document held in memory: body paragraphs with a cursor. It stands in for Word in tests and in the
 * browser preview, keeping the same promises Word's port keeps: blocks and actions go in after the cursor's
 * paragraph inside a tagged control, a failure leaves the document as it was.
 */
export class MemoryDocumentPort implements DocumentPort {
  private body: SourceParagraph[];
  private cursorIndex: number;
  private stored: StoredMeeting | null = null;
  /** Bumped by every save; `knownRevision` is the one this pane last loaded or saved. */
  private storedRevision = 0;
  private knownRevision = 0;
  private nextControlId = 1000;
  private readonly listeners = new Set<() => void>();
  /** Told after every change, the port's own included: the browser preview redraws the document. */
  private readonly watchers = new Set<() => void>();
  private readonly failures = new Map<MemoryOperation, string>();
  private readonly toParagraphs: OoxmlToParagraphs;
  private readonly latencyMs: number;
  /** The last place `goTo` selected; the preview shows it and tests read it. */
  lastGoTo: Location | null = null;
  pageHeader: string | null = null;
  pageFooter: string | null = null;

  constructor(options: MemoryDocumentOptions) {
    this.body = reindex(options.paragraphs ?? []);
    this.cursorIndex = clampCursor(options.cursor ?? this.body.length - 1, this.body.length);
    this.toParagraphs = options.ooxmlToParagraphs;
    this.latencyMs = options.latencyMs ?? 0;
  }

  /** The body as it is now (copies). */
  get paragraphs(): SourceParagraph[] {
    return this.body.map((p) => ({ ...p }));
  }

  get cursor(): number {
    return this.cursorIndex;
  }

  /** Put the cursor in a paragraph, as a user clicking there would. */
  placeCursor(paragraph: number): void {
    this.cursorIndex = clampCursor(paragraph, this.body.length);
    this.changed();
  }

  /** Make the next call of `operation` fail with a DocumentOperationError, changing nothing. */
  failNext(operation: MemoryOperation, message = 'The document could not be reached.'): void {
    this.failures.set(operation, message);
  }

  /** Called after any change to the body, the margins or the cursor's place. Returns unsubscribe. */
  watch(watcher: () => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private changed(): void {
    this.watchers.forEach((watcher) => watcher());
  }

  /**
   * Test hook: replace the body without telling the listeners, as an edit Word sends no event for (a co-author's,
   * or one the selection-changed event missed).
   */
  replaceBodyUnannounced(paragraphs: readonly SourceParagraph[]): void {
    this.body = reindex(paragraphs);
    this.cursorIndex = clampCursor(this.cursorIndex, this.body.length);
    this.changed();
  }

  /** Replace the whole body, as a user editing would, and tell the listeners. */
  replaceBody(paragraphs: readonly SourceParagraph[]): void {
    this.body = reindex(paragraphs);
    this.cursorIndex = clampCursor(this.cursorIndex, this.body.length);
    this.listeners.forEach((listener) => listener());
    this.changed();
  }

  async readParagraphs(): Promise<ReadResult> {
    await this.begin('readParagraphs');
    const margins = [
      ...(this.pageHeader === null ? [] : [{ ...pagePart(this.pageHeader, 'header') }]),
      ...(this.pageFooter === null ? [] : [{ ...pagePart(this.pageFooter, 'footer') }]),
    ];
    return {
      paragraphs: [...this.paragraphs, ...margins],
      trackedDeletionsMayCount: false,
      fingerprint: this.fingerprint(),
    };
  }

  async documentFingerprint(): Promise<DocumentFingerprint> {
    await this.begin('documentFingerprint');
    return this.fingerprint();
  }

  private fingerprint(): DocumentFingerprint {
    return fingerprintOf(this.body.map((p) => p.text));
  }

  async insertBlock(block: OoxmlBlock): Promise<InsertResult> {
    await this.begin('insertBlock');
    let read: SourceParagraph[];
    try {
      read = this.toParagraphs(block.ooxml);
    } catch (error) {
      throw new DocumentOperationError(
        OPERATION_NAMES.insertBlock,
        `The ${block.kind} block could not be read: ${messageOf(error)}`,
      );
    }
    const id = this.nextControlId++;
    const control = { tag: CONTROL_TAGS[block.kind], id, title: CONTROL_TITLES[block.kind] };
    const at = this.cursorIndex + 1;
    const tablesBefore = countTables(this.body.slice(0, at));
    const inserted = read
      .filter((p) => p.part === 'body')
      .map((p) => ({
        ...p,
        // Word renumbers a control id that clashes on insert: each copy of a block is its own control here too.
        contentControl:
          p.contentControl?.tag === control.tag ? { ...p.contentControl, id } : (p.contentControl ?? control),
        table: p.table ? { ...p.table, table: p.table.table + tablesBefore } : null,
      }));
    const tablesAdded = countTables(inserted);
    const after = this.body
      .slice(at)
      .map((p) => (p.table ? { ...p, table: { ...p.table, table: p.table.table + tablesAdded } } : p));
    this.body = reindex([...this.body.slice(0, at), ...inserted, ...after]);
    this.cursorIndex = clampCursor(at + inserted.length - 1, this.body.length);
    if (block.pageHeader !== undefined) this.pageHeader = block.pageHeader;
    if (block.pageFooter !== undefined) this.pageFooter = block.pageFooter;
    this.changed();
    return { contentControlId: id };
  }

  async insertActionLine(text: string, ref: string, target?: ActionTarget | null): Promise<InsertResult> {
    await this.begin('insertActionLine');
    const id = this.nextControlId++;
    const control = { tag: TAGS.action, id, title: actionControlTitle(ref) };
    const place = target
      ? this.actionPlace(target)
      : { at: this.cursorIndex + 1, replace: false, table: null };
    const line: SourceParagraph = {
      index: place.at,
      text,
      style: '',
      table: place.table,
      contentControl: control,
      part: 'body',
    };
    const rest = this.body.slice(place.at + (place.replace ? 1 : 0));
    this.body = reindex([...this.body.slice(0, place.at), line, ...rest]);
    this.cursorIndex = place.at;
    this.changed();
    return { contentControlId: id };
  }

  async cursorParagraph(): Promise<number | null> {
    await this.begin('cursorParagraph');
    return this.cursorIndex >= 0 ? this.cursorIndex : null;
  }

  /**
   * Where an action under its item goes, as Word's operation finds it: the end of the item's Notes cell (its
   * empty paragraph filled), or after the section's last paragraph (after the whole action control it is in).
   * A place the document no longer has fails, changing nothing.
   */
  private actionPlace(target: ActionTarget): {
    at: number;
    replace: boolean;
    table: SourceParagraph['table'];
  } {
    const gone = () =>
      new DocumentOperationError(
        OPERATION_NAMES.insertActionLine,
        'The agenda item is no longer where the pane last read it. Check the minutes again, then add the action.',
        'ItemNotFound',
      );
    if (target.kind === 'cell') {
      const inControl = this.body.filter((p) => p.contentControl?.id === target.controlId && p.table);
      const tableNo = [...new Set(inControl.map((p) => p.table!.table))][target.tableInControl];
      const row = this.body.filter((p) => p.table?.table === tableNo && p.table?.row === target.row);
      if (tableNo === undefined || row.find((p) => p.table!.cell === 0)?.text.trim() !== target.itemNumber)
        throw gone();
      const cell = row.filter((p) => p.table!.cell === target.cell);
      const last = cell.at(-1);
      if (!last) throw gone();
      const empty = cell.every((p) => p.text.trim() === '');
      return empty
        ? { at: last.index, replace: true, table: last.table }
        : { at: last.index + 1, replace: false, table: last.table };
    }
    const { location } = target;
    if (target.afterControl && location.contentControlId !== null) {
      const last = this.body.map((p) => p.contentControl?.id).lastIndexOf(location.contentControlId);
      if (last < 0) throw gone();
      return { at: last + 1, replace: false, table: this.body[last]!.table };
    }
    const at = this.stampTarget(location);
    if (at === null) throw gone();
    return { at: at + 1, replace: false, table: this.body[at]!.table };
  }

  /** Same rules as Word's: a ref never replaces another, text never changes, doubtful paragraphs are left. */
  async stampRefs(stamps: RefStamp[]): Promise<StampResult> {
    await this.begin('stampRefs');
    const { single, sharedParagraph } = oneStampPerParagraph(stamps);
    const result: StampResult = { stamped: 0, notFound: 0, alreadyHadRef: 0, sharedParagraph };
    for (const { location, ref } of single) {
      const control = this.body.find(
        (p) => p.contentControl?.id === location.contentControlId,
      )?.contentControl;
      if (location.contentControlId !== null && control?.tag === TAGS.action) {
        if (refFromActionControlTitle(control.title) !== null) {
          result.alreadyHadRef += 1;
          continue;
        }
        const titled = { ...control, title: actionControlTitle(ref) };
        this.body = this.body.map((p) =>
          p.contentControl?.id === control.id ? { ...p, contentControl: titled } : p,
        );
        result.stamped += 1;
        continue;
      }
      const at = this.stampTarget(location);
      if (at === null) {
        result.notFound += 1;
        continue;
      }
      const wrapper = { tag: TAGS.action, id: this.nextControlId++, title: actionControlTitle(ref) };
      this.body = this.body.map((p, i) => (i === at ? { ...p, contentControl: wrapper } : p));
      result.stamped += 1;
    }
    this.changed();
    return result;
  }

  /** The paragraph where the location says, if its text still starts the same; else the excerpt's only match. */
  private stampTarget(location: Location): number | null {
    if (location.part !== 'body' || location.excerpt === '') return null;
    const there = this.body[location.paragraph];
    if (there && excerptOf(there.text) === location.excerpt) return location.paragraph;
    if (location.occurrence !== 0) return null;
    const hits = this.body.flatMap((p, i) => (p.text.includes(location.excerpt) ? [i] : []));
    return hits.length === 1 ? hits[0]! : null;
  }

  /** The summary table's cells as paragraphs: the same plan as Word's, applied to the paragraphs. */
  async updateActionSummary(rows: string[][], lastWritten: string[][] | null): Promise<SummaryUpdate> {
    await this.begin('updateActionSummary');
    const first = this.body.find((p) => p.contentControl?.tag === TAGS.actions && p.table !== null);
    if (!first?.table) {
      return noSummaryTable();
    }
    const tableNo = first.table.table;
    const inTable = (p: SourceParagraph) => p.table?.table === tableNo;
    const values: string[][] = [];
    for (const p of this.body.filter(inTable)) {
      const row = (values[p.table!.row] ??= []);
      row[p.table!.cell] = row[p.table!.cell] === undefined ? p.text : `${row[p.table!.cell]}\n${p.text}`;
    }
    const plan = planSummaryUpdate(
      values.map((row) => Array.from(row ?? [], (v) => v ?? '')),
      rows,
      lastWritten,
    );
    let body = [...this.body];
    for (const { row, cell, text } of plan.cellWrites) {
      const at = (p: SourceParagraph) => inTable(p) && p.table!.row === row && p.table!.cell === cell;
      const firstAt = body.findIndex(at);
      body = body.filter((p, i) => i === firstAt || !at(p)).map((p) => (at(p) ? { ...p, text } : p));
    }
    for (const row of plan.deleteRows) {
      body = body
        .filter((p) => !(inTable(p) && p.table!.row === row))
        .map((p) =>
          inTable(p) && p.table!.row > row ? { ...p, table: { ...p.table!, row: p.table!.row - 1 } } : p,
        );
    }
    if (plan.addRows.length > 0) {
      const lastAt = body.map(inTable).lastIndexOf(true);
      const lastRow = body[lastAt]!.table!.row;
      const template = body.filter((p) => inTable(p) && p.table!.row === lastRow);
      const added = plan.addRows.flatMap((values, i) =>
        template.map((p) => ({
          ...p,
          text: values[p.table!.cell] ?? '',
          table: { ...p.table!, row: lastRow + 1 + i },
        })),
      );
      body.splice(lastAt + 1, 0, ...added);
    }
    this.body = reindex(body);
    this.changed();
    return summaryOutcome(plan);
  }

  /** The same plan as Word's, carried out on the first control with the block's tag, table by table. */
  async updateBlock(request: BlockUpdateRequest): Promise<BlockUpdate> {
    await this.begin('updateBlock');
    const tag = CONTROL_TAGS[request.kind];
    const controlId = this.body.find((p) => p.contentControl?.tag === tag)?.contentControl?.id;
    if (controlId === undefined) return noBlock();
    const tableNos = [
      ...new Set(
        this.body.flatMap((p) => (p.contentControl?.id === controlId && p.table ? [p.table.table] : [])),
      ),
    ];
    const plan = planBlockUpdate({
      kind: request.kind,
      tables: tableNos.map((t) => memoryTableValues(this.body, t)),
      wanted: request.wanted,
      lastWritten: request.lastWritten,
      force: request.force ?? [],
    });
    if (request.dryRun || planIsEmpty(plan)) return blockOutcome(plan, false, controlId);
    let body = this.body;
    plan.tables.forEach(
      (tablePlan, i) => (body = applyTableEdits(body, tableNos[i]!, orderedEdits(tablePlan))),
    );
    this.body = reindex(body);
    this.changed();
    return blockOutcome(plan, true, controlId);
  }

  /** The same plan as Word's, on the first header control's paragraphs; new lines take its look and control. */
  async updateHeader(request: HeaderUpdateRequest): Promise<HeaderUpdate> {
    await this.begin('updateHeader');
    const controlId = this.body.find((p) => p.contentControl?.tag === TAGS.header)?.contentControl?.id;
    if (controlId === undefined) return noHeader();
    const inBlock = this.body.filter((p) => p.contentControl?.id === controlId);
    const plan = planHeaderUpdate({
      paragraphs: inBlock.map((p) => p.text),
      wanted: request.wanted,
      lastWritten: request.lastWritten,
      force: request.force ?? [],
    });
    if (request.dryRun || headerPlanIsEmpty(plan)) return headerOutcome(plan, false, controlId);
    const like = inBlock.find((p, i) => i > 0 && p.style !== 'Title') ?? { ...inBlock[0]!, style: 'Normal' };
    const made = applyHeaderPlan(
      inBlock.map((p) => p.text),
      plan,
    ).map(({ text, from }) => (from === null ? { ...like, text } : { ...inBlock[from]!, text }));
    const start = this.body.indexOf(inBlock[0]!);
    const end = this.body.indexOf(inBlock.at(-1)!);
    this.body = reindex([...this.body.slice(0, start), ...made, ...this.body.slice(end + 1)]);
    this.changed();
    return headerOutcome(plan, true, controlId);
  }

  async goTo(location: Location): Promise<void> {
    await this.begin('goTo');
    if (location.part === 'body' && !this.body[location.paragraph]) {
      throw new DocumentOperationError(
        OPERATION_NAMES.goTo,
        `Paragraph ${location.paragraph + 1} is no longer in the document.`,
      );
    }
    this.lastGoTo = { ...location };
    if (location.part === 'body') this.cursorIndex = location.paragraph;
    this.changed();
  }

  async loadStoredMeeting(): Promise<StoredMeetingLoad> {
    await this.begin('loadStoredMeeting');
    this.knownRevision = this.storedRevision;
    return {
      stored: this.stored === null ? null : StoredMeeting.parse(structuredCopy(this.stored)),
      notices: [],
    };
  }

  async saveStoredMeeting(stored: StoredMeeting, options: SaveStoredOptions = {}): Promise<void> {
    await this.begin('saveStoredMeeting');
    if (this.storedRevision !== this.knownRevision && !options.overwrite) throw storedMeetingChangedError();
    this.stored = StoredMeeting.parse(structuredCopy(stored));
    this.knownRevision = this.storedRevision += 1;
  }

  /** Test hook: another person (another pane on the same document) saves the meeting. */
  saveFromElsewhere(stored: StoredMeeting): void {
    this.stored = StoredMeeting.parse(structuredCopy(stored));
    this.storedRevision += 1;
  }

  /** The stored meeting as the document holds it now (a copy), for tests. */
  get storedMeeting(): StoredMeeting | null {
    return this.stored === null ? null : structuredCopy(this.stored);
  }

  onDocumentChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Wait (preview only), then fail if a failure was asked for. */
  private async begin(operation: MemoryOperation): Promise<void> {
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const failure = this.failures.get(operation);
    if (failure !== undefined) {
      this.failures.delete(operation);
      throw new DocumentOperationError(OPERATION_NAMES[operation], failure, 'SimulatedFailure');
    }
  }
}

function reindex(paragraphs: readonly SourceParagraph[]): SourceParagraph[] {
  return paragraphs.map((p, index) => ({ ...p, index, part: p.part ?? 'body' }));
}

function clampCursor(cursor: number, length: number): number {
  return Math.max(-1, Math.min(cursor, length - 1));
}

function countTables(paragraphs: readonly SourceParagraph[]): number {
  return new Set(paragraphs.flatMap((p) => (p.table ? [p.table.table] : []))).size;
}

function pagePart(text: string, part: 'header' | 'footer'): SourceParagraph {
  return { index: 0, text, style: '', table: null, contentControl: null, part };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
