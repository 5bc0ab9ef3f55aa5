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
export const NEXT_MEETING_VERBS: readonly string[] = [
  'is',
  'will be',
  'to be',
  'will take place',
  'has been arranged for',
  'has been set for',
  'was set for',
  'was agreed as',
];

/** Words of a heading that numbers the meetings of a running log ("Meeting 3", "Week 4"). Lower case. */
export const MEETING_HEADING_WORDS: readonly string[] = ['meeting', 'week', 'session', 'sprint'];
