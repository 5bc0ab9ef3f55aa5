import type { Location } from '../model/location';
import type { SourceParagraph } from '../model/paragraph';
import { TAGS } from '../port';
import type { RowUnit, Unit } from './blocks';
import { lineItemHeading, numberCell, withListNumber } from './items';
import { unlabelledPeople } from './recognisers/attendance-unlabelled';
import { READ_PRE_FILTER } from './read-filter';
import { LINE_RECOGNISERS, ROW_RECOGNISERS } from './recognisers/structure';
import type { StructureRecogniser } from './recognisers/structure-types';
import { LineInput, RowInput } from './structure/input';
import { HEADING_STYLE, TITLE_STYLE } from './structure/patterns';
import { type ReadState, type Structure, type TableInfo, emptyStructure, traced } from './structure/state';

export type { Piece, Structure, StructureTrace } from './structure/state';

/**
 * Pass one: the document's structure. A small reducer over the lines and rows in reading order: each goes to
 * the recognisers in the order recognisers/structure.ts gives, and the first that recognises it reads it into
 * the state (header, attendance, item headings, body text). Body text is attributed to the most recent item
 * heading in reading order: text that PDF extraction put out of place stays with the item it now follows (in
 * the model document the paragraph after item 3's heading belongs to 3, and the ACTION- line after item 2.7
 * belongs to 2.7).
 */

/** Told which recogniser read each unit (tests and --explain of the structure; the reader passes none). */
export type Observer = (recogniser: string, input: LineInput | RowInput) => void;

/** Units in these content controls are written by us from the minutes' actions: never read as the minutes. */
const SKIPPED_TAGS = new Set<string>([TAGS.actions, TAGS.actionLog]);

export function walk(
  units: readonly Unit[],
  locate: (p: SourceParagraph) => Location,
  observe?: Observer,
): Structure {
  const state = startState(units, locate);
  const inputs = newInputs();
  for (let u = 0; u < units.length; u += 1) readUnit(state, units[u]!, observe, inputs);
  return state.out;
}

/** The state before the first unit, with what is known of the document as a whole: its title style, numbering. */
export function startState(units: readonly Unit[], locate: (p: SourceParagraph) => Location): ReadState {
  const out = emptyStructure();
  const titleLine = units.find((u) => u.kind === 'line' && TITLE_STYLE.test(u.style)) ?? null;
  if (titleLine && titleLine.kind === 'line') {
    out.title = titleLine.text;
    out.trace.header.title = traced('title-style', titleLine.paragraph);
  }
  return {
    out,
    locate,
    titleLine: titleLine && titleLine.kind === 'line' ? titleLine : null,
    numbered: units.some((u) =>
      u.kind === 'line'
        ? lineItemHeading(withListNumber(u.text, u.listString), HEADING_STYLE.test(u.style)) !== null
        : rowNumber(u) !== null,
    ),
    zone: 'header',
    item: null,
    attendance: null,
    attendanceTail: null,
    attendanceLabelAlone: false,
    unlabelledPeople: unlabelledPeople(units),
    actionSection: false,
    actionSectionOwner: null,
    actionSectionDue: null,
    actionSectionLevel: null,
    fixedColumns: null,
    inNextMeetingItem: false,
    nextMeetingLabel: null,
    unnumbered: 0,
    itemNumberAlone: null,
    tables: new Map(),
    line: null,
  };
}

/** One input for lines and one for rows, moved from unit to unit. */
interface Inputs {
  line: LineInput;
  row: RowInput;
}

function newInputs(): Inputs {
  return { line: new LineInput(), row: new RowInput() };
}

/** The reducer's step: one unit through its recognisers. */
export function readUnit(state: ReadState, unit: Unit, observe?: Observer, inputs = newInputs()): void {
  if (SKIPPED_TAGS.has(unit.tag)) return;
  if (unit.kind === 'row') {
    state.line = null;
    reduce(ROW_STEPS, inputs.row.moveTo(unit, tableOf(state, unit)), state, observe);
  } else {
    state.line = inputs.line.moveTo(unit);
    reduce(LINE_STEPS, state.line, state, observe);
  }
}

/**
 * The recognisers as the reducer calls them: objects of one shape, so the loop's property reads stay fast
 * (the recognisers themselves are object literals of many shapes).
 */
interface Step<Input extends LineInput | RowInput> {
  readonly id: string;
  /** Its pre-filter bit (read-filter.ts); 0: never skipped. */
  readonly bit: number;
  readonly notes: boolean;
  readonly recognise: StructureRecogniser<unknown, Input>['recognise'];
  readonly read: StructureRecogniser<unknown, Input>['read'];
}

function steps<Input extends LineInput | RowInput>(
  recognisers: readonly StructureRecogniser<unknown, Input>[],
): readonly Step<Input>[] {
  return recognisers.map((r) => ({
    id: r.id,
    bit: READ_PRE_FILTER.bit(r),
    notes: r.notes === true,
    recognise: r.recognise,
    read: r.read,
  }));
}

const LINE_STEPS = steps(LINE_RECOGNISERS);
const ROW_STEPS = steps(ROW_RECOGNISERS);

function reduce<Input extends LineInput | RowInput>(
  recognisers: readonly Step<Input>[],
  input: Input,
  state: ReadState,
  observe: Observer | undefined,
): void {
  for (let r = 0; r < recognisers.length; r += 1) {
    const recogniser = recognisers[r]!;
    if (recogniser.bit !== 0 && (input.mask & recogniser.bit) === 0) continue;
    const result = recogniser.recognise(input, state);
    if (result === null) continue;
    recogniser.read(result, input, state);
    if (observe) observe(recogniser.id, input);
    if (!recogniser.notes) return;
  }
}

/** The table a row belongs to; a new table's rows take the status of the attendance label above it. */
function tableOf(state: ReadState, row: RowUnit): TableInfo {
  let info = state.tables.get(row.table);
  if (!info) {
    info = { columns: null, status: state.attendance ?? 'present' };
    state.tables.set(row.table, info);
  }
  return info;
}

function rowNumber(row: RowUnit): string | null {
  const first = row.cells.find((c) => c.text);
  return first ? numberCell(first.text) : null;
}
