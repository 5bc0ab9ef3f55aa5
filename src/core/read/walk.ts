import type { Attendee, AttendanceStatus } from '../model/attendee';
import type { Location } from '../model/location';
import type { SourceParagraph } from '../model/paragraph';
import { TAGS } from '../port';
import { cleanText, stripBullet } from './clean';
import { type Cell, type RowUnit, type Unit, filledCells, forEachLine } from './blocks';
import { type Columns, readHeaderRow } from './columns';
import { type HeaderField, markingIn, readLabel, readLabelCell, statusIn } from './header';
import {
  parseAttendeeEntry,
  readApologiesSentence,
  readStatusLabel,
  splitEntries,
  deriveInitials,
  statusFromCell,
} from './attendance';
import { findMarkedActions } from './markers';
import { ItemTree, type ItemHeading, lineItemHeading, numberCell, partTwo, splitTitle } from './items';

/**
 * Pass one: the document's structure. Walks lines and rows in reading order and sorts each into header,
 * attendance, item headings and body text. Body text is attributed to the most recent item heading in reading
 * order: text that PDF extraction put out of place stays with the item it now follows (in the model document
 * the paragraph after item 3's heading belongs to 3, and the ACTION- line after item 2.7 belongs to 2.7).
 */

/** A piece of body text for pass two, with the item it belongs to. */
export interface Piece {
  item: string | null;
  text: string;
  paragraph: SourceParagraph;
  /** Under an "Actions" heading or label: "X to …" lines there are marked actions. */
  inActionSection: boolean;
  /** Text of a table row whose Action / Owner column is filled: its actions come from the column, not from prose. */
  rowHasAction?: boolean;
  /** A row of a table with an owner or action column: an action by its columns. */
  column?: { owner: string | null; task: string; due: string; status: string };
}

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
}

interface TableInfo {
  columns: Columns | null;
  /** Status for attendance rows, set by a label column ("Attendance:", "Apologies"). */
  status: AttendanceStatus;
}

const HEADING_STYLE = /^(?:heading\s?\d|title|subtitle|h\d)$/i;
const TITLE_STYLE = /^(?:title)$/i;
const ACTION_SECTION =
  /^(?:agreed\s+|summary of\s+|new\s+)?(?:actions?|action points|action items|actions agreed|actions arising|next steps|to do|follow[- ]ups?)\s*:?$/i;
const NEXT_MEETING_TITLE = /\bnext meeting\b|\bdate of next\b|\bfuture meeting/i;
const OWNER_TO = /^[A-Z]{2,5}(?:\s*(?:and|&|\/|,)\s*[A-Z]{2,5})*\s+(?:to|will)\s/;
const SKIPPED_TAGS = new Set<string>([TAGS.actions, TAGS.actionLog]);

export function walk(units: readonly Unit[], locate: (p: SourceParagraph) => Location): Structure {
  const s: Structure = {
    title: '',
    fields: {},
    headerTexts: [],
    marking: null,
    status: null,
    attendees: [],
    items: new ItemTree(),
    pieces: [],
    nextMeeting: null,
  };
  const titleUnit = units.find((u) => u.kind === 'line' && TITLE_STYLE.test(u.style));
  if (titleUnit && titleUnit.kind === 'line') s.title = titleUnit.text;
  const numbered = units.some((u) =>
    u.kind === 'line' ? lineItemHeading(u.text, HEADING_STYLE.test(u.style)) !== null : rowNumber(u) !== null,
  );

  let currentItem: string | null = null;
  let attendance: AttendanceStatus | null = null;
  let actionSection = false;
  let inNextMeetingItem = false;
  let nextMeetingPending = false;
  let headerZone = true;
  let unnumbered = 0;
  const tables = new Map<number, TableInfo>();

  const startItem = (heading: ItemHeading, p: SourceParagraph, notes?: string) => {
    s.items.add(heading, locate(p), notes);
    currentItem = heading.number;
    headerZone = false;
    actionSection = false;
    inNextMeetingItem = NEXT_MEETING_TITLE.test(heading.title);
    const label = readStatusLabel(heading.title);
    attendance = label ? label.status : null;
    if (label && label.rest) addEntries(label.rest, label.status);
    if (ACTION_SECTION.test(heading.title)) actionSection = true;
  };
  const addEntries = (list: string, status: AttendanceStatus): boolean => {
    const found = splitEntries(list)
      .map((e) => parseAttendeeEntry(e, status))
      .filter((a): a is Attendee => a !== null);
    s.attendees.push(...found);
    return found.length > 0;
  };
  const setField = (field: HeaderField, value: string, p: SourceParagraph) => {
    if (field === 'nextMeeting') {
      if (value) s.nextMeeting = s.nextMeeting ?? value;
      else nextMeetingPending = true;
      return;
    }
    if (!value) return;
    if (field === 'title') s.title = s.title || value;
    else if (!s.fields[field]) s.fields[field] = value;
    void p;
  };
  const push = (text: string, p: SourceParagraph, column?: Piece['column'], rowHasAction = false) => {
    if (!text && !column) return;
    if (nextMeetingPending && text) {
      s.nextMeeting = s.nextMeeting ?? text;
      nextMeetingPending = false;
    } else if (inNextMeetingItem && !s.nextMeeting && text && /\d/.test(text)) {
      s.nextMeeting = text.length <= 120 ? text.replace(/[.]$/, '') : text.slice(0, 120);
    }
    s.pieces.push({
      item: currentItem,
      text,
      paragraph: p,
      inActionSection: actionSection,
      column,
      rowHasAction,
    });
  };

  for (let u = 0; u < units.length; u += 1) {
    const unit = units[u]!;
    if (SKIPPED_TAGS.has(unit.tag)) continue;
    const tagHeader = unit.tag === TAGS.header;
    if (unit.kind === 'row') {
      readRow(unit);
      continue;
    }
    const t = unit.text;
    const p = unit.paragraph;
    const isHeading = HEADING_STYLE.test(unit.style);
    const marking = markingIn(t, false);
    const status = statusIn(t, false);
    if (marking) s.marking = s.marking ?? marking;
    if (status) s.status = s.status ?? status;
    if (unit === titleUnit) {
      if (!marking && !status) s.headerTexts.push(t);
      continue;
    }
    if ((marking || status) && isOnlyMarking(t)) continue;
    if (headerZone || tagHeader) s.headerTexts.push(t);

    const label = readLabel(t, headerZone || tagHeader);
    if (label && (label.field === 'nextMeeting' || headerZone || tagHeader)) {
      setField(label.field, label.value, p);
      continue;
    }
    const statusLabel = readStatusLabel(t);
    if (statusLabel) {
      attendance = statusLabel.status;
      actionSection = false;
      if (statusLabel.rest) addEntries(statusLabel.rest, statusLabel.status);
      continue;
    }
    const apologies = readApologiesSentence(t);
    if (apologies && addEntries(apologies, 'apologies')) continue;

    const heading = lineItemHeading(t, isHeading);
    // "1. JS to circulate the paper" in a list of actions is an action, not an item.
    if (heading && !isHeading && (actionSection || OWNER_TO.test(heading.title))) {
      push(heading.title + (heading.rest ? ` ${heading.rest}` : ''), p);
      continue;
    }
    if (heading) {
      startItem(heading, p);
      if (heading.rest) push(heading.rest, p);
      continue;
    }
    if (ACTION_SECTION.test(stripBullet(t))) {
      actionSection = true;
      attendance = null;
      // A heading "Actions" at the level of the items closes the item; an "Actions:" line inside one does not.
      if (isHeading) currentItem = null;
      continue;
    }
    if (isHeading) {
      attendance = null;
      if (!s.title) {
        s.title = t;
        continue;
      }
      if (!numbered) {
        unnumbered += 1;
        const part = partTwo(t);
        startItem(
          { number: String(unnumbered), title: part.title, rest: '', confidential: part.confidential },
          p,
        );
        continue;
      }
      actionSection = false;
      push(t, p);
      continue;
    }
    if (attendance && t.length <= 400 && addEntries(t, attendance)) continue;
    attendance = null;
    // The first plain line is the title, unless it reads as content (an action, a long sentence).
    if (!s.title && headerZone && !tagHeader && t.length <= 200 && findMarkedActions(t).length === 0) {
      s.title = t;
      continue;
    }
    push(t, p);
  }
  return s;

  function readRow(row: RowUnit): void {
    let info = tables.get(row.table);
    if (!info) {
      info = { columns: null, status: attendance ?? 'present' };
      tables.set(row.table, info);
    }
    for (let c = 0; c < row.cells.length && s.marking === null; c += 1) {
      forEachLine(row.cells[c]!, (text) => {
        s.marking ??= markingIn(text, false);
      });
    }
    const header = readHeaderRow(row.cells);
    if (header) {
      info.columns = header;
      return;
    }
    const cols = info.columns;
    const filled = filledCells(row);
    if (filled.length === 0) return;
    const p = filled[0]!.paragraph ?? row.paragraph;
    if (row.tag === TAGS.header || (headerZone && filled.length === 2 && readLabelCell(filled[0]!.text))) {
      const field = readLabelCell(filled[0]!.text);
      if (field && filled.length >= 2) {
        setField(field, filled[1]!.text, p);
        s.headerTexts.push(filled[1]!.text);
        return;
      }
    }
    // Attendance tables: by their columns, with a label column setting the status for the rows below it.
    if (cols && cols.first('name') >= 0) {
      readAttendeeRow(row, cols, info);
      return;
    }
    if (!cols && filled.length === 2) {
      const label = statusFromCell(filled[0]!.text);
      if (
        label &&
        /[:]$|^[A-Za-z ]+$/.test(filled[0]!.text) &&
        filled[0]!.text.length < 40 &&
        !statusFromCell(filled[1]!.text)
      ) {
        if (addEntries(filled[1]!.text, label)) return;
      }
    }
    if (!cols && attendance) {
      const first = filled[0]!.text;
      const entry = parseAttendeeEntry(
        filled.length > 1 ? `${first}, ${filled[1]!.text}` : first,
        attendance,
      );
      if (entry && !numberCell(first)) {
        s.attendees.push(entry);
        return;
      }
      attendance = null;
    }
    readBodyRow(row, cols, filled);
  }

  function readAttendeeRow(row: RowUnit, cols: Columns, info: TableInfo): void {
    const at = (i: number): string => (i >= 0 ? (row.cells[i]?.text ?? '') : '');
    for (let i = 0; i < row.cells.length; i += 1) {
      if (cols.byIndex[i] === null && at(i)) {
        const label = statusFromCell(at(i));
        if (label) info.status = label;
      }
    }
    const name = at(cols.first('name'));
    if (!name) {
      const label = statusFromCell(row.cells.find((c) => c.text)?.text ?? '');
      if (label) info.status = label;
      return;
    }
    const statusCell = at(cols.first('status'));
    const status = (statusCell && statusFromCell(statusCell)) || info.status;
    const capacity = at(cols.first('capacity'));
    const initials = at(cols.first('initials')).replace(/[()]/g, '').trim();
    // A Name column holds a name as written: no guessing whether it looks like one.
    const parsed = parseAttendeeEntry(name, status);
    const entry = { name, capacity, initials, status };
    if (!capacity && parsed && parsed.name !== name) {
      entry.name = parsed.name;
      entry.capacity = parsed.capacity;
    }
    if (!entry.initials) {
      const inCap = /\(([A-Z][A-Za-z]{0,5})\)\s*$/.exec(capacity);
      entry.initials = inCap ? inCap[1]! : (parsed?.initials ?? deriveInitials(name));
    }
    s.attendees.push(entry);
  }

  function readBodyRow(row: RowUnit, cols: Columns | null, filled: readonly Cell[]): void {
    const role = (i: number) => cols?.byIndex[i] ?? null;
    const numberIndex = cols ? cols.first('number') : -1;
    const firstIndex = row.cells.indexOf(filled[0]!);
    const candidateIndex = numberIndex >= 0 ? numberIndex : firstIndex;
    const number = numberCell(row.cells[candidateIndex]?.text ?? '');
    const ownerIndex = cols ? cols.first('owner') : -1;
    const actionIndex = cols ? cols.first('action') : -1;
    const dueIndex = cols ? cols.first('due') : -1;
    const statusIndex = cols ? cols.first('status') : -1;
    const filledAt = (i: number) => i >= 0 && !!row.cells[i]?.text;
    const rowHasAction = filledAt(ownerIndex) || filledAt(actionIndex);
    // Cells read for the item's number, title and notes, or for the action's columns, are not text pieces.
    let titleIndex = -1;
    let notesIndex = -1;
    const used = (i: number) =>
      (!!number && i === candidateIndex) ||
      i === titleIndex ||
      i === notesIndex ||
      i === ownerIndex ||
      i === actionIndex ||
      i === dueIndex ||
      i === statusIndex;
    if (number && number !== currentItem) {
      titleIndex = nextFilled(row, candidateIndex, cols);
      const titleText = titleIndex >= 0 ? row.cells[titleIndex]!.text : '';
      notesIndex = cols ? cols.first('notes') : -1;
      const notes = notesIndex >= 0 ? row.cells[notesIndex]?.text : undefined;
      const fromText = titleIndex >= 0 && role(titleIndex) === 'text';
      const split = fromText ? titleFromText(titleText) : splitTitle(titleText);
      const part = partTwo(split.title.replace(/[:]$/, '').trim());
      startItem(
        { number, title: part.title, rest: split.rest, confidential: part.confidential },
        row.paragraph,
        notes || undefined,
      );
      if (split.rest)
        push(split.rest, row.cells[titleIndex]!.paragraph ?? row.paragraph, undefined, rowHasAction);
      if (notes) push(notes, row.cells[notesIndex]!.paragraph ?? row.paragraph, undefined, rowHasAction);
    }
    // Text cells: each paragraph is a piece of the current item.
    let textParagraph: SourceParagraph | null = null;
    let lastText = '';
    for (let i = 0; i < row.cells.length; i += 1) {
      if (used(i) || role(i) === 'number') continue;
      forEachLine(row.cells[i]!, (text, p) => {
        if (!text) return;
        const label = readLabel(text, false);
        if (label?.field === 'nextMeeting') {
          setField('nextMeeting', label.value, p);
          return;
        }
        push(text, p, undefined, rowHasAction);
        textParagraph = p;
        lastText = text;
      });
    }
    if (ownerIndex < 0 && actionIndex < 0) return;
    const ownerCell = ownerIndex >= 0 ? (row.cells[ownerIndex]?.text ?? '') : '';
    const actionCell = actionIndex >= 0 ? (row.cells[actionIndex]?.text ?? '') : '';
    if (!ownerCell && !actionCell) return;
    const p =
      (ownerIndex >= 0 ? row.cells[ownerIndex]?.paragraph : row.cells[actionIndex]?.paragraph) ??
      textParagraph ??
      row.paragraph;
    const due = dueIndex >= 0 ? (row.cells[dueIndex]?.text ?? '') : '';
    const status = statusIndex >= 0 ? (row.cells[statusIndex]?.text ?? '') : '';
    if (ownerIndex >= 0) {
      push('', p, { owner: ownerCell || null, task: actionCell || lastText, due, status });
    } else {
      push('', p, { owner: null, task: actionCell, due, status });
    }
  }
}

/** A row whose "title" is the first sentence of its discussion: "Welcome and apologies. Apologies from …". */
function titleFromText(text: string): { title: string; rest: string } {
  const m = /^(.{3,120}?)[.:]\s+(?=\S)/.exec(text);
  return m ? { title: m[1]!, rest: text.slice(m[0].length) } : splitTitle(text);
}

function nextFilled(row: RowUnit, after: number, cols: Columns | null): number {
  const titleIndex = cols ? cols.first('title') : -1;
  if (titleIndex > after && row.cells[titleIndex]?.text) return titleIndex;
  for (let i = after + 1; i < row.cells.length; i += 1) {
    const role = cols?.byIndex[i] ?? null;
    if (role === 'owner' || role === 'due' || role === 'status' || role === 'action') continue;
    if (row.cells[i]!.text) return i;
  }
  return -1;
}

function rowNumber(row: RowUnit): string | null {
  const first = row.cells.find((c) => c.text);
  return first ? numberCell(first.text) : null;
}

/** A line that holds only a marking and/or status ("OFFICIAL – SENSITIVE", "DRAFT", "OFFICIAL DRAFT"). */
function isOnlyMarking(line: string): boolean {
  const rest = cleanText(
    line.replace(
      /\b(?:TOP SECRET|OFFICIAL\s*[-–—]?\s*SENSITIVE|OFFICIAL|SECRET|DRAFT|APPROVED|status|minutes)\b/gi,
      ' ',
    ),
  ).replace(/[\s:\-–—|/()]+/g, '');
  return rest.length === 0;
}
