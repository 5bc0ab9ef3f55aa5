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
    'was directed to',
    'were directed to',
    'is to',
    'are to',
  ],
  will: ['will', 'will also'],
  would: ['would'],
};

/** Letters before an action point's number at the start of its line ("AP132 MR to email …", "ACT7 JS to …"). */
export const ACTION_POINT_PREFIXES: readonly string[] = ['AP', 'ACT', 'AI'];

/** Openings before the person ("It was agreed that HP would …", "Following discussion, JS to …"). */
export const AGREED_WORDS: readonly string[] = ['agreed'];
/** Words before "agreed" in such an opening ("It was also agreed …"). */
export const AGREED_PREFIXES: readonly string[] = ['it was', 'it was also', 'it was discussed and'];
/**
 * Joins that give work only after "It was agreed that" ("It was agreed that the Clerk should write …"); alone
 * ("JS should check …") they advise more often than they assign.
 */
export const AGREED_ONLY_JOINS: readonly string[] = ['should'];
export const DISCUSSION_OPENINGS: readonly string[] = ['following discussion'];

/** Verbs before the person who is to act ("The Chair asked the Clerk to …"). */
export const ASKING_VERBS: readonly string[] = [
  'asked',
  'requested',
  'invited',
  'tasked',
  'instructed',
  'directed',
  // "Tree report required Clerk to chase": a clerk's shorthand for the same request.
  'required',
];

/** Words that open a clause whose subject is to act ("… not the same, so Duncan to send the figures"). */
export const CLAUSE_OPENERS: readonly string[] = ['so'];

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

/**
 * Verbs that open a task written as a bare instruction ("Check the second draft", "Try a smaller sample"): a
 * sentence that starts with one is a task without an owner. Nouns that are also verbs ("Review of …",
 * "Update on …", "Report …") are left out: minutes open sentences with them as nouns; so are "Make sure" and
 * "Ensure", which in notes are general reminders more often than tasks.
 */
export const TASK_VERBS: readonly string[] = [
  'try',
  'check',
  'explain',
  'cite',
  'use',
  'find',
  'find out',
  'figure out',
  'work out',
  'show',
  'collect',
  'compare',
  'add',
  'build',
  'start',
  'begin',
  'write',
  'write up',
  'look at',
  'look into',
  'have a look',
  'put',
  'clean up',
  'prepare',
  'send',
  'contact',
  'create',
  'finish',
  'finalise',
  'finalize',
  'draft',
  'book',
  'arrange',
  'circulate',
  'confirm',
  'ask',
  'chase',
  'organise',
  'organize',
  'investigate',
  'implement',
  'fix',
];

/** Words before a bare instruction that keep it one ("Maybe start on the draft"). */
export const TASK_HEDGES: readonly string[] = ['maybe', 'perhaps', 'also', 'then', 'next'];

/** Words after a task verb that make it a noun or a report ("Check of the accounts", "Start was delayed"). */
export const NOT_TASK_AFTER_VERB: readonly string[] = [
  'of',
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'and',
  'by',
  'with',
  'date',
  'time',
  'your',
  'for',
];

/** Notes to self that mark a task ("TODO check the figures", "To do: book the hall"), in capitals or with a colon. */
export const TASK_NOTES: readonly string[] = ['todo', 'to do', 'to-do'];

/** Verbs that, after "Name:", make the line a task for that person ("Priya: Book the hall"), besides TASK_VERBS. */
export const OWNER_COLON_VERBS: readonly string[] = [
  'introduce',
  'determine',
  'sort out',
  'survey',
  'go ahead',
  'display',
  'install',
  'order',
  'buy',
  'email',
  'call',
  'post',
  'set up',
  'update',
  'review',
  'share',
  'follow up',
  'make',
  'research',
  'organise',
  'draft',
  'write',
  'invite',
];

/** How a speaker commits in a transcript ("Dan: I'll check with Jeff", "Ann: I can take that on"). */
export const SPEAKER_COMMITMENTS: readonly string[] = [
  "i'll",
  'i’ll',
  'i will',
  'i can',
  "i'm going to",
  'i’m going to',
  'i am going to',
  'i shall',
];

/** Words after the commitment that only say an action is taken ("I'll take an action to …"). */
export const ACTION_TAKING: readonly string[] = [
  'take an action to',
  'take the action to',
  'take an action item to',
];

/** A commitment whose words are in the line before ("Andrew: I'll do that."). */
export const VAGUE_TASKS: readonly string[] = [
  'do that',
  'do it',
  'do this',
  'take that',
  'take that on',
  'take it on',
  'take this on',
  'look into it',
  'look into that',
];

/**
 * Past participles of follow-up work in the passive ("the notes are to be circulated", "the link will be
 * emailed to members"): a task without an owner, which the owner rule then asks about.
 */
export const FOLLOW_UP_PARTICIPLES: readonly string[] = [
  'circulated',
  'sent',
  'emailed',
  'e-mailed',
  'distributed',
  'published',
  'forwarded',
  'shared',
  'added',
  'issued',
  'posted',
  'uploaded',
  'reviewed',
  'contacted',
  'invited',
  'asked',
  'arranged',
  'booked',
  'ordered',
  'chased',
  'drafted',
  'prepared',
  'provided',
  'signed',
  'submitted',
  'pointed',
  'developed',
  'undertaken',
  'investigated',
  'written',
  'obtained',
  'sought',
  'removed',
  'replaced',
  'repaired',
  'installed',
  'checked',
  'confirmed',
  'organised',
  'organized',
  'scheduled',
  'followed up',
  'raised',
  'referred',
  'passed',
  // "The damp will be solved by clearing the gutters": a repair to follow, written as its result.
  'solved',
  'fixed',
  'cleared',
];

/**
 * Papers a meeting asks for ("The Committee asked for a note on …", "Members requested a report"): someone is to
 * write them, and the minutes say not who, so a task without an owner. Not "an update": minutes ask for one and
 * are given it in the same item.
 */
export const REQUESTED_PAPERS: readonly string[] = [
  'note',
  'briefing note',
  'report',
  'briefing',
  'paper',
  'written update',
];

/** How a meeting asks for a paper ("asked for a note", "requested a report", "called for an update"). */
export const PAPER_REQUESTS: readonly string[] = ['asked for', 'requested', 'called for'];

/** Words before the paper asked for ("a further report", "a written update"). */
export const PAPER_QUALIFIERS: readonly string[] = ['further', 'short', 'full', 'detailed'];

/** Words right before "to be …" that make it no task ("needs to be", "has yet to be", "was to be"). */
export const NOT_A_FOLLOW_UP_BEFORE: readonly string[] = [
  'need',
  'needs',
  'needed',
  'has',
  'have',
  'had',
  'yet',
  'going',
  'likely',
  'unlikely',
  'expected',
  'seems',
  'seem',
  'seemed',
  'appears',
  'appear',
  'appeared',
  'was',
  'were',
  'would',
  'used',
  'ought',
  'able',
  'about',
  'hoped',
  'planned',
  'wanted',
  'want',
  'wants',
  'like',
  'deserve',
  'deserves',
  'not',
];

/** Adverbs between "has been" and its participle in work already done ("has now been sent", "had already been"). */
export const DONE_ADVERBS: readonly string[] = ['now', 'already'];
