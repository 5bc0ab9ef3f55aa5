/** Due dates as minutes write them (due.ts reads them). Lower case; read case-insensitively. */
import { WEEKDAYS } from './dates';

/** Labels before a due ("Due: 1 May", "Deadline – end of June"). */
export const DUE_LABELS: readonly string[] = [
  'due',
  'due date',
  'deadline',
  'target date',
  'by when',
  'timescale',
];

/** Words that open a due in brackets ("(due 1 May)", "(by Friday)"). */
export const BRACKET_DUE_WORDS: readonly string[] = ['due', 'by', 'deadline'];

/** Words before "the next meeting" that make it a due ("ahead of the next meeting"). */
export const NEXT_MEETING_PREPOSITIONS: readonly string[] = [
  'by',
  'before',
  'for',
  'at',
  'to',
  'ahead of',
  'in time for',
  'prior to',
];

/** What "end of" may close ("end of the month", "end of financial year"). */
export const END_OF_PERIODS: readonly string[] = ['month', 'year', 'financial year', 'week'];

/** Units of a period ("in 3 months", "within two weeks"). */
export const PERIOD_UNITS: readonly string[] = ['day', 'week', 'month', 'year'];

/** A period named from now ("next week", "this term"): the due as written, with no date to work out. */
export const RELATIVE_PERIOD_WORDS: readonly string[] = ['next', 'this'];
export const RELATIVE_PERIODS: readonly string[] = [
  'week',
  'fortnight',
  'month',
  'term',
  'sprint',
  'quarter',
];
/** Periods counted by number ("by week 7", "before sprint 3"): the due as written. */
export const NUMBERED_PERIODS: readonly string[] = ['week', 'wk', 'sprint', 'term', 'semester'];

/** Words before such a period that belong to the due ("by next week", "before the next sprint"). */
export const RELATIVE_PERIOD_PREPOSITIONS: readonly string[] = ['by', 'before', 'by the', 'before the'];

/** Numbers written as words in a period ("in two weeks"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  twelve: 12,
};

/** Words that say "soon" without a date. */
export const SOON_WORDS: readonly string[] = ['asap', 'as soon as possible', 'immediately', 'ongoing'];

/** Words that say how often, without a date ("send a report monthly"): the due as written. */
export const RECURRING_DUES: readonly string[] = [
  'weekly',
  'fortnightly',
  'monthly',
  'quarterly',
  'annually',
  'every week',
  'every month',
  'each month',
];

/** Words before a date that belong to the due ("by 30 June", "w/c 4 March"). */
export const DATE_PREPOSITIONS: readonly string[] = [
  'by',
  'before',
  'on',
  'for',
  'no later than',
  'w/c',
  'week commencing',
  'the week of',
  'week of',
];

/** Words left dangling once a closing due is cut from an action's words ("… circulate by"). */
export const DANGLING_BEFORE_DUE: readonly string[] = [
  'for',
  'by',
  'on',
  'before',
  'at',
  'in',
  'within',
  'due',
];

/**
 * Words that make a label before a colon a time, not an owner ("Week 6:", "By week 4:", "Friday:"), with the
 * words that may come before them; the month names come from the dates lexicon.
 */
export const TIME_LABEL_WORDS: readonly string[] = [
  'week',
  'weekend',
  'wk',
  'sprint',
  'day',
  'month',
  'term',
  'semester',
  'trimester',
  'quarter',
  'today',
  'tomorrow',
  'tonight',
  ...WEEKDAYS,
];
export const TIME_LABEL_PREPOSITIONS: readonly string[] = ['by', 'before', 'until', 'due', 'end of'];

/** Words after an owner standing alone that start the due ("Action: Clerk – by 1 May"). */
export const DUE_AFTER_OWNER: readonly string[] = [
  'by',
  'before',
  'due',
  'due by',
  'no later than',
  'deadline',
  'deadline:',
];

/** The words of "the next meeting" as a due ("by the next meeting", "next committee meeting"). */
export const NEXT_WORDS: readonly string[] = ['next'];
/** The next of the same meetings, by the names minutes give them ("next plenum", "before the next call"). */
export const MEETING_WORDS: readonly string[] = [
  'meeting',
  'plenum',
  'call',
  'telecon',
  'teleconference',
  'catch-up',
  'catch up',
  'check-in',
  'stand-up',
  'standup',
  'huddle',
];

/** Verbs whose object is the meeting itself ("arrange the next meeting"): the work, not its time. */
export const MEETING_AS_OBJECT_VERBS: readonly string[] = [
  'arrange',
  'organise',
  'organize',
  'book',
  'chair',
  'schedule',
  'set up',
  'host',
  'convene',
  'call',
  'hold',
  'run',
  'plan',
  'minute',
];

/** A meeting of its own, not the next of these ("at the AGM"): a due as written, with no date to work out. */
export const NAMED_MEETINGS: readonly string[] = [
  'agm',
  'egm',
  'annual general meeting',
  'extraordinary general meeting',
  'annual meeting',
];
/** Words before such a meeting that make it a due ("for the AGM" is what the work is for, not its time). */
export const NAMED_MEETING_PREPOSITIONS: readonly string[] = ['by', 'before', 'at', 'ahead of', 'prior to'];

/** Days named from the meeting's own ("tomorrow"), with how many days after it they fall. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { today: 0, tonight: 0, tomorrow: 1 };

/** The end of a period as a due ("end of March", "by the end of the month"); spaces may be any run of spaces. */
export const END_OF_WORDS: readonly string[] = ['end of'];
/** A quarter written as a word ("end of quarter 3"). */
export const QUARTER_WORDS: readonly string[] = ['quarter'];

/** Words before a period of time as a due ("in 2 weeks", "within three months"). */
export const PERIOD_PREPOSITIONS: readonly string[] = ['in', 'within'];
/** What may follow the period ("in two weeks' time"). */
export const PERIOD_TIME_WORDS: readonly string[] = ['time'];
