import type { MarkerForm } from '../../model/trace';

/**
 * Action markers (see markers.ts for the grammar that reads them). Words are lower case; the reader accepts
 * each in capitals, capitalised and (with punctuation at a line start) lower case.
 */

/** The word that marks an action: "ACTION:", "Action –", "[ACTION]", "Action point:". */
export const MARKER_WORDS: readonly string[] = ['action'];

/** Words between the marker word and its separator: "Action point:", "ACTION REQUIRED –", "Action by:". */
export const MARKER_QUALIFIERS: readonly string[] = [
  'point',
  'points',
  'item',
  'items',
  'required',
  'agreed',
  'by',
  'owner',
];

/** Short markers that always take a colon ("AI:"), written exactly so, each with the form the check names. */
export const COLON_MARKERS: ReadonlyArray<{ readonly word: string; readonly form: MarkerForm }> = [
  { word: 'AI', form: 'ai' },
];

/** Words after a bare "Action" that make it a name or a noun, not a marker: "Action Fraud", "action plan". */
export const MARKER_LOOK_ALIKES: readonly string[] = [
  'fraud',
  'plan',
  'plans',
  'log',
  'logs',
  'tracker',
  'trackers',
  'learning',
  'research',
  'group',
  'groups',
  'team',
  'teams',
  'network',
  'networks',
  'day',
  'week',
  'area',
  'areas',
  'note',
  'notes',
  'taken',
  'made',
  'aid',
  'for',
  'on',
  'against',
  'programme',
  'programmes',
  'framework',
  'sheet',
  'sheets',
  'list',
  'lists',
  'record',
  'records',
  'point from',
  'points from',
  'point of',
  'points of',
  'arising',
  'complete',
  'completed',
  'closed',
  'outstanding',
  'from',
  'of',
  'in',
  'was',
  'is',
  'were',
  'are',
  'has',
  'had',
  'which',
  'that',
  'the',
  'this',
  'these',
  'a',
  'an',
  'n/a',
  'none',
  'nil',
];

/** Words right before "action" that make it a noun ("no further action", "the action", "each action"). */
export const MARKER_NEGATORS: readonly string[] = [
  'no',
  'further',
  'any',
  'an',
  'the',
  'this',
  'that',
  'each',
  'every',
  'of',
  'per',
  'existing',
  'previous',
  'outstanding',
  'open',
  'new',
  'one',
];

/** What a punctuated marker may be followed by to say there is no action ("ACTION: none"). */
export const NO_ACTION_AFTER_MARKER: readonly string[] = [
  'none',
  'nil',
  'n/a',
  'no action',
  'not applicable',
  '-',
];

/** Written before the number of an existing action ("Action no. 12/22"): a reference, not a new action. */
export const ACTION_REFERENCE_PREFIXES: readonly string[] = ['no', 'no.'];

/**
 * Letters an action log numbers its entries with, written in capitals before the figure at the start of a line
 * ("AP125 SL to ask the partners", "A3 – JS to book the room"). The first are action points whatever follows;
 * the others only when an owner follows ("A1 Apologies" is an item).
 */
export const ACTION_POINT_PREFIXES: readonly string[] = ['AP'];
export const OWNED_ACTION_POINT_PREFIXES: readonly string[] = ['A'];

/** HTML tags that set an owner apart at the end of a paragraph pasted as text ("… leaks. <em>Clerk</em>"). */
export const OWNER_EMPHASIS_TAGS: readonly string[] = ['em', 'i'];

/** Column labels repeated inside an owner cell ("Lead: JS"), dropped before the owner is read. */
export const OWNER_CELL_LABELS: readonly string[] = ['action', 'lead', 'owner'];

/** An owner cell that names nobody ("n/a", "Noted", "For information"). */
export const NO_OWNER_CELLS: readonly string[] = [
  'n/a',
  'none',
  'nil',
  '-',
  '–',
  '—',
  'all noted',
  'noted',
  'note',
  'info',
  'for information',
];

/** An action cell that holds no action ("None", "No action", "Noted"). */
export const NO_ACTION_CELLS: readonly string[] = [
  'n/a',
  'none',
  'nil',
  '-',
  '–',
  '—',
  'noted',
  'note',
  'no action',
  'no actions',
  'not yet entered',
  'to be entered',
];

/**
 * Words right after "X will" / "X to" in an action cell that make X the one the work is done to, not its owner
 * ("Fiona will be issued a key").
 */
export const PASSIVE_AFTER_JOIN: readonly string[] = ['be'];

/** Joining words after initials that make them an owner: "… (RM) to provide an update", "1. JS to circulate …". */
export const SHORT_OWNER_JOINS: readonly string[] = ['to', 'will'];
