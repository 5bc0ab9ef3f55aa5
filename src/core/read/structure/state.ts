import type { Attendee, AttendanceStatus } from '../../model/attendee';
import type { Location } from '../../model/location';
import type { SourceParagraph } from '../../model/paragraph';
import type { HeaderTraceField, TraceEntry } from '../../model/trace';
import { continuesList, wrappedTail } from '../../attendance/list';
import { parseAttendeeEntry, readStatusLabel, splitEntries } from '../attendance';
import type { LineUnit } from '../blocks';
import type { Columns } from '../columns';
import type { FixedColumns } from '../fixed-width';
import type { HeaderField } from '../header';
import { ItemTree, type ItemHeading } from '../items';
import type { LineInput } from './input';
import { ACTION_SECTION, NEXT_MEETING_TITLE } from './patterns';
import { nextMeetingInTitle, nextMeetingItemTakesDate, nextMeetingLabelTakesNextLine } from './next-meeting';

/** A piece of body text for pass two, with the item it belongs to. */
export interface Piece {
  item: string | null;
  text: string;
  paragraph: SourceParagraph;
  /** Under an "Actions" heading or label: "X to …" lines there are marked actions. */
  inActionSection: boolean;
  /** In an Actions list, a detail of the action above it (a deeper list level): body text, not an action. */
  actionDetail: boolean;
  /** The pre-filter's scan of the text, when pass one made it on the same text (its whole line). */
  mask?: number | undefined;
  /** The owner the Actions label names for its lines ("Things I want to do:" → "I"), when it names one. */
  sectionOwner?: string | null;
  /** The time the Actions label gives its lines ("Plan for next week:" → "next week"), when it gives one. */
  sectionDue?: string | null;
  /** Text of a table row whose Action / Owner column is filled: its actions come from the column, not from prose. */
  rowHasAction?: boolean;
  /** A row of a table with an owner or action column: an action by its columns. */
  column?: { owner: string | null; task: string; due: string; status: string };
  /** A cell of a Motion / Resolution / Decision column: a decision as written, with how its row says it ended. */
  decision?: { result: string };
}

/** What pass one gives: header, attendance, items and the body text for pass two. */
export interface Structure {
  title: string;
  fields: Partial<Record<HeaderField, string>>;
  headerTexts: string[];
  marking: string | null;
  status: 'draft' | 'approved' | null;
  attendees: Attendee[];
  items: ItemTree;
  pieces: Piece[];
  nextMeeting: string | null;
  /** Paragraph of each of headerTexts, index for index. */
  headerParagraphs: number[];
  /** Why each attendee (index for index), item (in the order read) and header field was read so. */
  trace: StructureTrace;
}

export interface StructureTrace {
  attendees: TraceEntry[];
  items: TraceEntry[];
  header: Partial<Record<HeaderTraceField, TraceEntry>>;
}

/** The cut-off end of an attendance line, and how many attendees were read from it alone (to read again). */
export interface AttendanceTail {
  text: string;
  paragraph: number;
  read: number;
}

/** What the walk knows of one table: its columns, once a header row names them. */
export interface TableInfo {
  columns: Columns | null;
  /** Status for attendance rows, set by a label column ("Attendance:", "Apologies"). */
  status: AttendanceStatus;
}

/**
 * The walk's state between units: what has been read (`out`) and where the reading stands — the zone (header
 * until the first item), the item, and the section in it (an attendance list under a label, a list of actions).
 */
export interface ReadState {
  readonly out: Structure;
  readonly locate: (p: SourceParagraph) => Location;
  /** The first line in a title style: the document's title, read before the walk. */
  readonly titleLine: LineUnit | null;
  /** Whether any line or row is a numbered item: otherwise headings are the items. */
  readonly numbered: boolean;
  zone: 'header' | 'body';
  item: string | null;
  /** The status of the people listed under an attendance label; null outside such a list. */
  attendance: AttendanceStatus | null;
  /** The attendance label stood alone (its people are on the lines below it), so numbered lines may be people. */
  attendanceLabelAlone: boolean;
  /** Paragraphs of lines that list people with no label (recognisers/attendance-unlabelled.ts). */
  readonly unlabelledPeople: ReadonlySet<number>;
  /** The end of the last attendance line where a line break cut an entry: the next paragraph continues it. */
  attendanceTail: AttendanceTail | null;
  /** Under an "Actions" heading or label. */
  actionSection: boolean;
  /** The owner that label names for its lines, if any ("Things I want to do:" → "I"). */
  actionSectionOwner: string | null;
  /** The time that label gives its lines, if any ("To do before the next week:" → "before the next week"). */
  actionSectionDue: string | null;
  /**
   * The list level of the Actions list's first list line, once read: a line of a deeper level is a detail of the
   * action above it ("Testing random graphs, specifically:" then its sub-bullets), not an action of its own.
   */
  actionSectionLevel: number | null;
  /** Under the header line of an action table laid out in spaces: its columns (fixed-width.ts). */
  fixedColumns: FixedColumns | null;
  /** In an item about the next meeting: its first line with a figure is the next meeting. */
  inNextMeetingItem: boolean;
  /** A "Next meeting:" label without its value: the next line of text is the value. */
  nextMeetingLabel: SourceParagraph | null;
  /** Headings read as items where nothing is numbered. */
  unnumbered: number;
  /** A minute reference alone on its line ("22/18"): the next line is its item's title. */
  itemNumberAlone: string | null;
  readonly tables: Map<number, TableInfo>;
  /** The line being read (null for a row): a piece that is its whole text takes its pre-filter scan. */
  line: LineInput | null;
}

export function emptyStructure(): Structure {
  return {
    title: '',
    fields: {},
    headerTexts: [],
    marking: null,
    status: null,
    attendees: [],
    items: new ItemTree(),
    pieces: [],
    nextMeeting: null,
    headerParagraphs: [],
    trace: { attendees: [], items: [], header: {} },
  };
}

/** A trace entry of the walk: the recogniser id and the paragraph it read. */
export function traced(recogniser: string, p: SourceParagraph, refiners: string[] = []): TraceEntry {
  return { recogniser, paragraphs: [p.index], refiners };
}

export function addHeaderText(state: ReadState, text: string, p: SourceParagraph): void {
  state.out.headerTexts.push(text);
  state.out.headerParagraphs.push(p.index);
}

/** The attendees an entry list names ("Jane Smith (JS), Tom Jones (TJ)"); empty when none reads as a person. */
export function entriesOf(list: string, status: AttendanceStatus): Attendee[] {
  return splitEntries(list)
    .map((e) => parseAttendeeEntry(e, status))
    .filter((a): a is Attendee => a !== null);
}

/**
 * The people a list line names, where a hard line break may have cut an entry in two: the tail of the line
 * before (read then as it stood) is taken back and read again with this line's start.
 */
export function addListLine(
  state: ReadState,
  line: string,
  status: AttendanceStatus,
  recogniser: string,
  p: SourceParagraph,
): number {
  const tail = state.attendanceTail;
  state.attendanceTail = null;
  let text = line;
  if (tail && tail.paragraph === p.index - 1 && continuesList(line, tail.text)) {
    state.out.attendees.splice(state.out.attendees.length - tail.read, tail.read);
    state.out.trace.attendees.splice(state.out.trace.attendees.length - tail.read, tail.read);
    text = `${tail.text} ${line}`;
  }
  const found = entriesOf(text, status);
  addAttendees(state, found, recogniser, p);
  const cut = wrappedTail(text);
  if (cut) {
    const head = entriesOf(text.slice(0, text.lastIndexOf(cut)), status).length;
    state.attendanceTail = { text: cut, paragraph: p.index, read: Math.max(0, found.length - head) };
  }
  return found.length;
}

export function addAttendees(
  state: ReadState,
  found: readonly Attendee[],
  recogniser: string,
  p: SourceParagraph,
): void {
  for (const a of found) {
    state.out.attendees.push(a);
    state.out.trace.attendees.push(traced(recogniser, p));
  }
}

/** An item begins: body text is its own from here, and its title may open a section (attendance, actions). */
export function startItem(
  state: ReadState,
  heading: ItemHeading,
  p: SourceParagraph,
  recogniser: string,
  notes?: string,
): void {
  state.out.items.add(heading, state.locate(p), notes);
  state.out.trace.items.push(traced(recogniser, p));
  state.item = heading.number;
  state.zone = 'body';
  state.actionSection = false;
  state.inNextMeetingItem = NEXT_MEETING_TITLE.test(heading.title);
  if (state.inNextMeetingItem) nextMeetingInTitle.refine(state, heading.title, p);
  const label = readStatusLabel(heading.title);
  state.attendance = label ? label.status : null;
  state.attendanceLabelAlone = label !== null && !label.rest;
  if (label && label.rest) addAttendees(state, entriesOf(label.rest, label.status), 'attendance-heading', p);
  if (ACTION_SECTION.test(heading.title)) state.actionSection = true;
  state.actionSectionOwner = null;
  state.actionSectionDue = null;
  state.actionSectionLevel = null;
}

/** A header field, the first value written winning; a "Next meeting:" label alone waits for its next line. */
export function setField(
  state: ReadState,
  field: HeaderField,
  value: string,
  p: SourceParagraph,
  recogniser: string,
): void {
  const out = state.out;
  const trace = out.trace.header;
  if (field === 'nextMeeting') {
    if (value && out.nextMeeting === null) {
      out.nextMeeting = value;
      trace.nextMeeting = traced(recogniser, p);
    } else if (!value) state.nextMeetingLabel = p;
    return;
  }
  if (!value) return;
  if (field === 'title') {
    if (!out.title) {
      trace.title = traced(recogniser, p);
      out.title = value;
    }
  } else if (!out.fields[field]) {
    out.fields[field] = value;
    trace[field] = traced(recogniser, p);
  }
}

/** Body text for pass two, in the current item (the next-meeting refiners look at it first). */
export function addPiece(
  state: ReadState,
  text: string,
  p: SourceParagraph,
  column?: Piece['column'],
  rowHasAction = false,
  decision?: Piece['decision'],
): void {
  if (!text && !column) return;
  if (text && !nextMeetingLabelTakesNextLine.refine(state, text, p))
    nextMeetingItemTakesDate.refine(state, text, p);
  const line = state.line;
  const actionDetail = state.actionSection && isDetailInActionSection(state, p);
  const inActionSection = state.actionSection && !actionDetail;
  state.out.pieces.push({
    item: state.item,
    text,
    mask: line !== null && line.paragraph === p && line.text === text ? line.mask : undefined,
    paragraph: p,
    inActionSection,
    actionDetail,
    sectionOwner: inActionSection ? state.actionSectionOwner : null,
    sectionDue: inActionSection ? state.actionSectionDue : null,
    column,
    rowHasAction,
    // Always present (undefined when none), so every piece has one shape: a spread here cost 2% of a review.
    decision,
  });
}

/**
 * Whether a list line in an Actions list is a detail of the action above it: of a deeper list level than the
 * list's first list line (which sets the level). Its words are still read, as any body text is.
 */
function isDetailInActionSection(state: ReadState, p: SourceParagraph): boolean {
  const level = p.listLevel;
  if (level === undefined || p.table !== null) return false;
  if (state.actionSectionLevel === null) {
    state.actionSectionLevel = level;
    return false;
  }
  return level > state.actionSectionLevel;
}
