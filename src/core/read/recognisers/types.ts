import type { ResolvedOwner } from '../../model/attendee';
import type { MarkerForm } from '../../model/trace';

/**
 * A recogniser, in the manner of chrono's parsers and ESLint's rules: one way of writing something, with its
 * id (named in the trace and in --explain), the unit it reads, the lexicon words it needs (the pre-filter is
 * built from them, never written apart), and a table of examples that tests run on it alone and through
 * readMinutes. Precedence is the order of the arrays in recognisers/index.ts.
 */
export interface Recogniser<Result> {
  readonly id: string;
  /** What it reads: a paragraph of body text, one sentence of it, or a row of a table with action columns. */
  readonly unit: 'paragraph' | 'sentence' | 'row';
  /** Why a person is told it was read so ("marker", "an action column"). */
  readonly reason: string;
  /**
   * Words (from the lexicon) of which the unit must hold one for this recogniser to find anything; the
   * reader's pre-filter skips it otherwise. Empty: it needs no word (a column, a line under "Actions").
   */
  readonly triggers: readonly string[];
  /** Reads suggestions: runs only where the paragraph marked no action and holds no action column. */
  readonly suggests?: boolean;
  /**
   * For a sentence recogniser, a test of the whole paragraph that is cheaper than cutting it into sentences:
   * false when no sentence of it can give anything (a bare task: no sentence opens with a task verb). Where it
   * says false the recogniser is skipped as if its triggers were missing. Absent: the triggers alone decide.
   */
  readonly inParagraph?: (text: string, inTable: boolean) => boolean;
  recognise(unit: RecogniserInput, context: RecogniserContext): Result | null;
  readonly examples: readonly RecogniserExample<Result>[];
}

/** The text a recogniser reads, with what the walk knew about where it stood. */
export interface RecogniserInput {
  text: string;
  /** Under an "Actions" heading or label. */
  inActionSection: boolean;
  /** In the list right under a decision label alone on its line ("RESOLVED", then "- Priya: Book the hall"). */
  underDecisionLabel?: boolean;
  /** The owner the Actions label names for its lines ("Things I want to do:" → "I"). */
  sectionOwner?: string | null;
  /** The time the Actions label gives its lines ("Plan for next week:" → "next week"). */
  sectionDue?: string | null;
  /** In a table cell: its words belong to the table's columns (a bare instruction there is a row's title). */
  inTable?: boolean;
  /** A row whose action column is filled (its prose holds no suggestion). */
  rowHasAction?: boolean;
  /** A row's action columns, for the column recogniser. */
  column?: { owner: string | null; task: string; due: string; status: string };
  /** The text is a cell of a decision column; `result` is its row's Result or Status ("Carried", "Lapsed"). */
  decision?: { result: string };
}

export interface RecogniserContext {
  resolve: (owner: string) => ResolvedOwner[];
  resolves: (owner: string) => boolean;
}

/**
 * One example: `given` the text of one paragraph (or a row's action columns, or a decision cell and its row's
 * result), `gives` the result or null. `under`
 * says the paragraph stands under an "Actions" heading or right under a decision label ("RESOLVED").
 */
export interface RecogniserExample<Result> {
  readonly given:
    | string
    | { owner: string | null; task: string; due?: string; status?: string }
    | { decision: string; result: string };
  readonly gives: Result | null;
  readonly under?: 'actions' | 'decision label';
}

/** An action as a recogniser finds it, before due, status and owner resolution. */
export interface FoundAction {
  owner: string | null;
  /** null: the words are in the sentence before (the owner-alone refiner takes them). */
  task: string | null;
  due?: string;
  status?: string;
  marker?: { written: string; form: MarkerForm };
}
