/** Actions written as prose, without a marker (suggestions.ts reads them). */

/**
 * Words that join a person to the work in prose, grouped by the word each holds ("agreed to" holds "to"):
 * a sentence without one of those words holds no suggestion, which is the quick test before the patterns.
 */
export const SUGGESTION_JOINS: Readonly<Record<'to' | 'will' | 'would', readonly string[]>> = {
  to: [
    'to',
    'agreed to',
    'also agreed to',
    'undertook to',
    'offered to',
    'volunteered to',
    'was asked to',
    'were asked to',
    'is to',
    'are to',
  ],
  will: ['will', 'will also'],
  would: ['would'],
};

/** Openings before the person ("It was agreed that HP would …", "Following discussion, JS to …"). */
export const AGREED_WORDS: readonly string[] = ['agreed'];
/** Words before "agreed" in such an opening ("It was also agreed …"). */
export const AGREED_PREFIXES: readonly string[] = ['it was', 'it was also'];
export const DISCUSSION_OPENINGS: readonly string[] = ['following discussion'];

/** Verbs before the person who is to act ("The Chair asked the Clerk to …"). */
export const ASKING_VERBS: readonly string[] = ['asked', 'requested', 'invited', 'tasked', 'instructed'];

/** A word before the person in "… was for the CC to share …". */
export const FOR_WORDS: readonly string[] = ['for'];

/** Verbs after "will" that describe rather than commit ("The Chair will be away"). */
export const NOT_A_COMMITMENT: readonly string[] = [
  'be',
  'have',
  'not',
  'also',
  'continue',
  'remain',
  'need',
  'like',
  'expect',
  'see',
  'say',
  'said',
  'hear',
  'probably',
  'likely',
  'still',
  'now',
  'then',
];

/** Past participles that say the work is already done ("has been circulated"). */
export const DONE_PARTICIPLES: readonly string[] = [
  'completed',
  'done',
  'closed',
  'circulated',
  'shared',
  'sent',
];

/** Words after a dash or bracket that say the work is done ("– complete", "(done)"). */
export const DONE_AFTER_DASH: readonly string[] = ['complete', 'completed', 'closed', 'done'];
