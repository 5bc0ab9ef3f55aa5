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
