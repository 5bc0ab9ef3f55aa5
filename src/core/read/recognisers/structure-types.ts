import type { AttendanceStatus } from '../../model/attendee';
import type { LineInput, RowInput } from '../structure/input';
import type { ReadState } from '../structure/state';

/**
 * A recogniser of pass one (the document's structure), the same shape as pass two's: an id (the trace names
 * it), the unit it reads, the lexicon words it needs, `recognise` giving a typed result or null, and examples.
 * `read` is the walk's reducer step for the result: what it changes in the read state. Precedence is the
 * order of LINE_RECOGNISERS and ROW_RECOGNISERS: the first that recognises a unit reads it, except a
 * recogniser that only `notes` something (a marking), after which the next ones still read the unit.
 */
export interface StructureRecogniser<Result, Input extends LineInput | RowInput = LineInput | RowInput> {
  readonly id: string;
  readonly unit: 'line' | 'row';
  /** Words (from the lexicon) one of which the unit holds when this recogniser reads it; empty: it needs
   * no word (a number, a style, where the walk stands). */
  readonly triggers: readonly string[];
  /** Takes note of the unit without reading it away (a marking on a line that is also the title). */
  readonly notes?: boolean;
  recognise(input: Input, state: Readonly<ReadState>): Result | null;
  read(result: Result, input: Input, state: ReadState): void;
  readonly examples: readonly StructureExample<Result>[];
}

export type LineRecogniser<Result> = StructureRecogniser<Result, LineInput>;
export type RowRecogniser<Result> = StructureRecogniser<Result, RowInput>;

/**
 * One example: `given` a line (or a row's cells, under a header row when `header` is given), `gives` the
 * result or null. `after` says what stands before it: an item heading, an Actions label (with one action under
 * it: `action-list`), an attendance label,
 * an item about the next meeting, a minute reference alone on its line, a numbered sentence in an item, the
 * header line of a table laid out in spaces; `style` is the line's paragraph style, `listString` its list number.
 */
export interface StructureExample<Result> {
  readonly given: string | { readonly header?: readonly string[]; readonly cells: readonly string[] };
  readonly gives: Expected<Result> | null;
  readonly after?:
    | 'item'
    | 'actions'
    | 'action-list'
    | AttendanceStatus
    | 'next-meeting-item'
    | 'title'
    | 'item-number'
    | 'numbered-entry'
    | 'fixed-width-table';
  readonly style?: string;
  /** The number Word's list shows before the line (its text lacks it): "2." */
  readonly listString?: string;
}

/** What an example expects of a result: every field it names, which may leave out some (a paragraph). */
export type Expected<Result> = Result extends object ? { [K in keyof Result]?: Expected<Result[K]> } : Result;
