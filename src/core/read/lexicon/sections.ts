/** Words that open a part of the minutes rather than an item of business. Lower case; read case-insensitively. */

/** A heading or label that starts a list of actions ("Actions:", "Next steps", "Follow-ups"). */
export const ACTION_SECTION_LABELS: readonly string[] = [
  'action',
  'actions',
  'action points',
  'action items',
  'actions agreed',
  'actions arising',
  'next steps',
  'to do',
  'follow-up',
  'follow-ups',
  'follow up',
  'follow ups',
  'todo',
  'todos',
  'to-do',
  'to dos',
  'tasks',
  'individual tasks',
  'task list',
  'things to do',
  'things i want to do',
  'my tasks',
  'my actions',
  'my to do',
  'plan',
];

/** Action section labels in the first person: the writer owns their lines ("Things I want to do:" → "I"). */
export const FIRST_PERSON_ACTION_LABELS: readonly string[] = [
  'things i want to do',
  'my tasks',
  'my actions',
  'my to do',
];

/** Words after an action section label that keep it one ("To do before the next week:", "Todo now:"). */
export const ACTION_SECTION_SUFFIXES: readonly string[] = [
  'now',
  'this week',
  'for next week',
  'for the next week',
  'before next week',
  'before the next week',
  'for next meeting',
  'for the next meeting',
  'before next meeting',
  'before the next meeting',
];

/** Labels that open a list of actions only with a time after them ("Goals for next week:", not "Goals:"). */
export const TIMED_ACTION_SECTION_LABELS: readonly string[] = ['plans', 'goals'];

/**
 * Lines that close the business, and so any list of actions above them ("Meeting closed at 11:15",
 * "There being no other business …"); read at the start of a line.
 */
export const CLOSING_LINES: readonly string[] = [
  'meeting closed',
  'meeting ended',
  'meeting finished',
  'meeting concluded',
  'meeting adjourned',
  'meeting close',
  'the meeting closed',
  'the meeting ended',
  'the meeting finished',
  'the meeting concluded',
  'the meeting was closed',
  'close of meeting',
  'there being no other business',
  'there being no further business',
  'date of next meeting',
  'next meeting',
];

/** Words before an action section label that keep it one ("Agreed actions", "Summary of actions"). */
export const ACTION_SECTION_PREFIXES: readonly string[] = ['agreed', 'summary of', 'new'];

/** An item title that is about the next meeting ("Date of next meeting", "Future meetings"). */
export const NEXT_MEETING_TITLES: readonly string[] = ['next meeting', 'date of next', 'future meeting'];

/**
 * How a sentence gives the next meeting ("The next meeting will be held on …", "Next meeting is the full
 * Council meeting on …"): its subject, then one of the verbs. Lower case.
 */
export const NEXT_MEETING_SUBJECTS: readonly string[] = ['next meeting', 'date of the next meeting'];
/** The word every next-meeting label holds: a cheap test before a line is read as a label alone. */
export const NEXT_MEETING_WORD = 'next';
export const NEXT_MEETING_VERBS: readonly string[] = [
  'is',
  'will be',
  'would be',
  'to be',
  'be',
  'will take place',
  'would take place',
  'is scheduled for',
  'has been arranged for',
  'has been set for',
  'was set for',
  'was agreed as',
];

/** Words of a heading that numbers the meetings of a running log ("Meeting 3", "Week 4"). Lower case. */
export const MEETING_HEADING_WORDS: readonly string[] = ['meeting', 'week', 'session', 'sprint'];
