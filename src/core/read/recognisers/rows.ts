import type { Attendee, AttendanceStatus } from '../../model/attendee';
import type { SourceParagraph } from '../../model/paragraph';
import { TAGS } from '../../port';
import { deriveInitials, parseAttendeeEntry, statusFromCell } from '../attendance';
import { type CellLine, forEachLine, type RowUnit } from '../blocks';
import { type Columns, readHeaderRow } from '../columns';
import { type HeaderField, markingIn, readLabel, readLabelCell } from '../header';
import { type ItemHeading, numberCell, partTwo, splitTitle } from '../items';
import { COLUMN_HEADERS } from '../lexicon/columns';
import { HEADER_LABELS, PROTECTIVE_MARKINGS } from '../lexicon/header';
import { ATTENDANCE_LABELS } from '../lexicon/people';
import type { Piece } from '../structure/state';
import { ownedSentence, trailingOwnerCell } from '../trailing-owner';
import {
  addAttendees,
  addHeaderText,
  addPiece,
  entriesOf,
  setField,
  startItem,
  traced,
} from '../structure/state';
import type { RowRecogniser } from './structure-types';

/** Table rows: column headers, header fields in two columns, attendance tables, item rows and their text. */

/** A marking in any cell ("OFFICIAL" in a header table): the protective marking, when none is known yet. */
export const protectiveMarkingInCells: RowRecogniser<{ marking: string; paragraph: SourceParagraph }> = {
  id: 'protective-marking-in-cells',
  unit: 'row',
  notes: true,
  triggers: PROTECTIVE_MARKINGS,
  recognise({ row }, state) {
    let found: { marking: string; paragraph: SourceParagraph } | null = null;
    for (let c = 0; c < row.cells.length && found === null && state.out.marking === null; c += 1) {
      forEachLine(row.cells[c]!, (text, paragraph) => {
        const marking = found === null ? markingIn(text, false) : null;
        if (marking !== null) found = { marking, paragraph };
      });
    }
    return found;
  },
  read({ marking, paragraph }, _, state) {
    state.out.marking = marking;
    state.out.trace.header.protectiveMarking ??= traced('protective-marking-in-cells', paragraph);
  },
  examples: [
    { given: { cells: ['OFFICIAL', 'Audit Committee'] }, gives: { marking: 'OFFICIAL' } },
    { given: { cells: ['Audit Committee', 'Official minutes'] }, gives: null },
  ],
};

/** "Name | Role | Initials", "Item | Action | Owner | Due": a header row names the table's columns. */
export const tableHeaderRow: RowRecogniser<Columns> = {
  id: 'table-header-row',
  unit: 'row',
  triggers: COLUMN_HEADERS.flatMap(([, words]) => words),
  recognise: ({ row }) => readHeaderRow(row.cells),
  read(columns, { table }) {
    table.columns = columns;
  },
  examples: [
    { given: { cells: ['Name', 'Role', 'Initials'] }, gives: { byIndex: ['name', 'capacity', 'initials'] } },
    { given: { cells: ['Jane Smith', 'Chair'] }, gives: null },
  ],
};

/** A row of empty cells: nothing to read. */
export const emptyRow: RowRecogniser<true> = {
  id: 'empty-row',
  unit: 'row',
  triggers: [],
  recognise: ({ filled }) => (filled.length === 0 ? true : null),
  read() {},
  examples: [
    { given: { cells: ['', ''] }, gives: true },
    { given: { cells: ['', 'Chair'] }, gives: null },
  ],
};

/** "Chair | Jane Smith" in the header (or the header's content control): a header field. */
export const headerLabelCell: RowRecogniser<{ field: HeaderField; value: string }> = {
  id: 'header-label-cell',
  unit: 'row',
  triggers: HEADER_LABELS.flatMap(([, labels]) => labels),
  recognise({ row, filled }, state) {
    // In the header's content control any such row; in the header zone, a row of two cells.
    if (row.tag !== TAGS.header ? state.zone !== 'header' || filled.length !== 2 : filled.length < 2)
      return null;
    const field = readLabelCell(filled[0]!.text);
    return field ? { field, value: filled[1]!.text } : null;
  },
  read({ field, value }, { paragraph }, state) {
    setField(state, field, value, paragraph, 'header-label-cell');
    addHeaderText(state, value, paragraph);
  },
  examples: [
    { given: { cells: ['Chair:', 'Jane Smith'] }, gives: { field: 'chair', value: 'Jane Smith' } },
    { given: { cells: ['Chair:', 'Jane Smith'] }, after: 'item', gives: null },
  ],
};

/**
 * A row of a table with a Name column: an attendee by the columns. A cell outside the named columns that
 * reads as a status ("Apologies") sets the status for the rows below it.
 */
export const attendanceTable: RowRecogniser<{
  tableStatus: AttendanceStatus;
  attendee: Attendee | null;
  paragraph: SourceParagraph;
}> = {
  id: 'attendance-table',
  unit: 'row',
  triggers: [],
  recognise({ row, table, columns }) {
    if (!columns || columns.first('name') < 0) return null;
    const at = (i: number) => cellText(row, i);
    let tableStatus = table.status;
    for (let i = 0; i < row.cells.length; i += 1) {
      if (columns.byIndex[i] === null && at(i)) tableStatus = statusFromCell(at(i)) ?? tableStatus;
    }
    const paragraph = row.cells[columns.first('name')]?.paragraph ?? row.paragraph;
    const name = at(columns.first('name'));
    if (!name) {
      tableStatus = statusFromCell(row.cells.find((c) => c.text)?.text ?? '') ?? tableStatus;
      return { tableStatus, attendee: null, paragraph };
    }
    return { tableStatus, attendee: attendeeByColumns(row, columns, name, tableStatus), paragraph };
  },
  read({ tableStatus, attendee, paragraph }, { table }, state) {
    table.status = tableStatus;
    if (attendee) addAttendees(state, [attendee], 'attendance-table', paragraph);
  },
  examples: [
    {
      given: { header: ['Name', 'Role', 'Initials'], cells: ['Jane Smith', 'Chair', 'JS'] },
      gives: {
        tableStatus: 'present',
        attendee: { name: 'Jane Smith', capacity: 'Chair', initials: 'JS', status: 'present' },
      },
    },
    { given: { cells: ['Jane Smith', 'Chair', 'JS'] }, gives: null },
  ],
};

/** "Apologies: | Tom Jones (TJ)": a label cell and the people it lists. */
export const attendanceLabelCell: RowRecogniser<Attendee[]> = {
  id: 'attendance-label-cell',
  unit: 'row',
  triggers: ATTENDANCE_LABELS.map(([label]) => label),
  recognise({ filled, columns }) {
    if (columns || filled.length !== 2) return null;
    const label = filled[0]!.text;
    const status = statusFromCell(label);
    if (!status || !/[:]$|^[A-Za-z ]+$/.test(label) || label.length >= 40 || statusFromCell(filled[1]!.text))
      return null;
    const found = entriesOf(filled[1]!.text, status);
    return found.length > 0 ? found : null;
  },
  read: (found, { paragraph }, state) => addAttendees(state, found, 'attendance-label-cell', paragraph),
  examples: [
    {
      given: { cells: ['Apologies:', 'Tom Jones (TJ)'] },
      gives: [{ name: 'Tom Jones', capacity: '', initials: 'TJ', status: 'apologies' }],
    },
    { given: { cells: ['Budget:', 'Tom Jones (TJ)'] }, gives: null },
  ],
};

/** A row under an attendance label, without columns: "Jane Smith | Chair" is an attendee. */
export const attendanceRowUnderLabel: RowRecogniser<Attendee> = {
  id: 'attendance-row-under-label',
  unit: 'row',
  triggers: [],
  recognise({ filled, columns }, state) {
    if (columns || state.attendance === null) return null;
    const first = filled[0]!.text;
    const entry = parseAttendeeEntry(
      filled.length > 1 ? `${first}, ${filled[1]!.text}` : first,
      state.attendance,
    );
    return entry && !numberCell(first) ? entry : null;
  },
  read: (entry, { paragraph }, state) =>
    addAttendees(state, [entry], 'attendance-row-under-label', paragraph),
  examples: [
    {
      given: { cells: ['Jane Smith (JS)', 'Chair'] },
      after: 'present',
      gives: { name: 'Jane Smith', capacity: 'Chair', initials: 'JS', status: 'present' },
    },
    { given: { cells: ['Jane Smith (JS)', 'Chair'] }, gives: null },
  ],
};

/** Any other row without columns ends the list under an attendance label. */
export const attendanceListEndsRow: RowRecogniser<true> = {
  id: 'attendance-list-ends-row',
  unit: 'row',
  notes: true,
  triggers: [],
  recognise: ({ columns }, state) => (!columns && state.attendance !== null ? true : null),
  read(_, __, state) {
    state.attendance = null;
  },
  examples: [
    { given: { cells: ['2', 'Finance report'] }, after: 'present', gives: true },
    { given: { cells: ['2', 'Finance report'] }, gives: null },
  ],
};

/** "2 | Finance report | notes": a row whose number cell starts an item (not the current one). */
export const itemRow: RowRecogniser<{
  heading: ItemHeading;
  titleCell: number;
  notesCell: number;
  notes: string;
}> = {
  id: 'item-row',
  unit: 'row',
  notes: true,
  triggers: [],
  recognise(input, state) {
    const { row, columns } = input;
    const number = input.itemNumber;
    if (!number || number === state.item) return null;
    const titleCell = nextFilled(row, input.itemNumberCell, columns);
    const titleText = titleCell >= 0 ? row.cells[titleCell]!.text : '';
    const notesCell = columns ? columns.first('notes') : -1;
    const notes = notesCell >= 0 ? (row.cells[notesCell]?.text ?? '') : '';
    const fromText = titleCell >= 0 && columns?.byIndex[titleCell] === 'text';
    const split = fromText ? titleFromText(titleText) : splitTitle(titleText);
    const part = partTwo(split.title.replace(/[:]$/, '').trim());
    const heading = { number, title: part.title, rest: split.rest, confidential: part.confidential };
    return { heading, titleCell, notesCell, notes };
  },
  read({ heading, titleCell, notesCell, notes }, input, state) {
    const { row } = input;
    input.titleCell = titleCell;
    input.notesCell = notesCell;
    const withAction = rowHasAction(input.row, input.columns);
    startItem(state, heading, row.paragraph, 'item-row', notes || undefined);
    if (heading.rest)
      addPiece(state, heading.rest, row.cells[titleCell]!.paragraph ?? row.paragraph, undefined, withAction);
    if (notes)
      addPiece(state, notes, row.cells[notesCell]!.paragraph ?? row.paragraph, undefined, withAction);
  },
  examples: [
    {
      given: { cells: ['2', 'Finance report'] },
      gives: {
        heading: { number: '2', title: 'Finance report', rest: '', confidential: false },
        titleCell: 1,
        notesCell: -1,
        notes: '',
      },
    },
    { given: { cells: ['Finance report', 'Noted'] }, gives: null },
  ],
};

/** A piece of a row's text (a decision column's says how its row ended), or a "Next meeting:" label in a cell. */
type RowStep =
  | { text: string; paragraph: SourceParagraph; decision?: Piece['decision'] }
  | { nextMeeting: string; paragraph: SourceParagraph };

/**
 * The rest of a row: each paragraph of its text cells is body text of the current item, and its Action /
 * Owner / Due / Status columns are one action for pass two.
 */
export const rowText: RowRecogniser<{
  steps: RowStep[];
  column: (Piece['column'] & { paragraph: SourceParagraph }) | null;
  withAction: boolean;
}> = {
  id: 'row-text',
  unit: 'row',
  triggers: [],
  recognise(input) {
    const { row, columns } = input;
    const owner = columns ? columns.first('owner') : -1;
    const action = columns ? columns.first('action') : -1;
    const due = columns ? columns.first('due') : -1;
    const status = columns ? columns.first('status') : -1;
    const decision = rowDecision(row, columns);
    // Cells read for the item's number, title and notes, or for the action's columns, are not text pieces.
    const numberAt = input.itemNumber !== null ? input.itemNumberCell : -1;
    // Without a header row, a last cell that names an owner is the row's owner column ("… leaks. | Clerk").
    const trailing = columns === null ? trailingOwnerCell(row) : null;
    const trailingAt = trailing ? trailing.ownerCell : -1;
    let steps: RowStep[] | null = null;
    let lastText: { text: string; paragraph: SourceParagraph } | null = null;
    for (let i = 0; i < row.cells.length; i += 1) {
      if (i === numberAt || i === input.titleCell || i === input.notesCell) continue;
      if (i === owner || i === action || i === due || i === status || i === trailingAt) continue;
      const role = columns !== null ? columns.byIndex[i] : null;
      // Who moved a motion and how it ended are for the record: the motion's own cell is the decision. Without a
      // decision column a Result cell is text like any other ("Passed. ACTION: JS to fix the flaky test").
      if (role === 'number' || role === 'mover' || (role === 'result' && decision !== undefined)) continue;
      const cell = row.cells[i]!;
      const count = cell.lines !== null ? cell.lines.length : cell.paragraph !== null ? 1 : 0;
      for (let k = 0; k < count; k += 1) {
        // A cell of one paragraph is its own line (it keeps no list).
        const line = cell.lines !== null ? cell.lines[k]! : (cell as CellLine);
        if (!line.text) continue;
        const label = readLabel(line.text, false);
        const step =
          label?.field === 'nextMeeting'
            ? { nextMeeting: label.value, paragraph: line.paragraph }
            : role === 'decision'
              ? { text: line.text, paragraph: line.paragraph, decision }
              : (lastText = { text: line.text, paragraph: line.paragraph });
        (steps ??= []).push(step);
      }
    }
    const column = trailing
      ? {
          owner: trailing.owner,
          task: ownedSentence(row.cells[trailing.taskCell]!.text),
          due: '',
          status: '',
          paragraph: row.cells[trailing.ownerCell]!.paragraph ?? row.paragraph,
        }
      : actionColumns(row, owner, action, due, status, lastText);
    if (steps === null && column === null) return null;
    return { steps: steps ?? [], column, withAction: trailing !== null || rowHasAction(row, columns) };
  },
  read({ steps, column, withAction }, _, state) {
    for (const step of steps) {
      if ('nextMeeting' in step)
        setField(state, 'nextMeeting', step.nextMeeting, step.paragraph, 'header-label');
      else addPiece(state, step.text, step.paragraph, undefined, withAction, step.decision);
    }
    if (column) {
      const { paragraph, ...action } = column;
      addPiece(state, '', paragraph, action);
    }
  },
  examples: [
    {
      given: { header: ['Action', 'Owner', 'Due'], cells: ['Circulate the paper', 'JS', '30 June'] },
      after: 'item',
      gives: {
        steps: [],
        column: { owner: 'JS', task: 'Circulate the paper', due: '30 June', status: '' },
        withAction: true,
      },
    },
    {
      given: { cells: ['The hall roof still leaks after the storm.', 'Clerk'] },
      after: 'item',
      gives: {
        steps: [{ text: 'The hall roof still leaks after the storm.' }],
        column: { owner: 'Clerk', task: 'The hall roof still leaks after the storm.', due: '', status: '' },
        withAction: true,
      },
    },
    // A row whose only cell is the number an item row took: no text is left.
    { given: { cells: ['3'] }, after: 'item', gives: null },
  ],
};

/** The row's Action / Owner columns as one action; the owner's task is the row's last text when no Action. */
function actionColumns(
  row: RowUnit,
  owner: number,
  action: number,
  due: number,
  status: number,
  lastText: { text: string; paragraph: SourceParagraph } | null,
): (Piece['column'] & { paragraph: SourceParagraph }) | null {
  if (owner < 0 && action < 0) return null;
  const ownerCell = cellText(row, owner);
  const actionCell = cellText(row, action);
  if (!ownerCell && !actionCell) return null;
  const paragraph =
    (owner >= 0 ? row.cells[owner]?.paragraph : row.cells[action]?.paragraph) ??
    lastText?.paragraph ??
    row.paragraph;
  return owner >= 0
    ? {
        owner: ownerCell || null,
        task: actionCell || (lastText?.text ?? ''),
        due: cellText(row, due),
        status: cellText(row, status),
        paragraph,
      }
    : { owner: null, task: actionCell, due: cellText(row, due), status: cellText(row, status), paragraph };
}

/** How a row of a table with a decision column ended: its Result cell, else its Status cell. */
function rowDecision(row: RowUnit, columns: Columns | null): Piece['decision'] {
  if (columns === null || columns.first('decision') < 0) return undefined;
  return { result: cellText(row, columns.first('result')) || cellText(row, columns.first('status')) };
}

/** The text of the row's cell at a column (-1: no such column), or ''. */
function cellText(row: RowUnit, i: number): string {
  return i >= 0 ? (row.cells[i]?.text ?? '') : '';
}

function rowHasAction(row: RowUnit, columns: Columns | null): boolean {
  const filledAt = (i: number) => i >= 0 && !!row.cells[i]?.text;
  return !!columns && (filledAt(columns.first('owner')) || filledAt(columns.first('action')));
}

/** An attendee from a table's columns: a Name column holds a name as written, no guessing if it looks like one. */
function attendeeByColumns(
  row: RowUnit,
  columns: Columns,
  name: string,
  tableStatus: AttendanceStatus,
): Attendee {
  const at = (i: number) => cellText(row, i);
  const statusCell = at(columns.first('status'));
  const status = (statusCell && statusFromCell(statusCell)) || tableStatus;
  const capacity = at(columns.first('capacity'));
  const initials = at(columns.first('initials')).replace(/[()]/g, '').trim();
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
  return entry;
}

/** A row whose "title" is the first sentence of its discussion: "Welcome and apologies. Apologies from …". */
function titleFromText(text: string): { title: string; rest: string } {
  const m = /^(.{3,120}?)[.:]\s+(?=\S)/.exec(text);
  return m ? { title: m[1]!, rest: text.slice(m[0].length) } : splitTitle(text);
}

/** The item's title cell: its Title column when filled, else the next filled cell that is no action column. */
function nextFilled(row: RowUnit, after: number, columns: Columns | null): number {
  const titleIndex = columns ? columns.first('title') : -1;
  if (titleIndex > after && row.cells[titleIndex]?.text) return titleIndex;
  for (let i = after + 1; i < row.cells.length; i += 1) {
    const role = columns?.byIndex[i] ?? null;
    if (role === 'owner' || role === 'due' || role === 'status' || role === 'action') continue;
    if (role === 'mover' || role === 'result') continue;
    if (row.cells[i]!.text) return i;
  }
  return -1;
}
