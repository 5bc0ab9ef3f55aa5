/**
 * Decisions and resolutions ("RESOLVED", "The Board approved …", "We agreed …"). Lower case; where case
 * matters the reader builds the capitalised forms itself.
 */

/** Words that open a decision when written in capitals ("RESOLVED", "APPROVED …"). */
export const DECISION_OPENERS_IN_CAPITALS: readonly string[] = [
  'resolved',
  'decision',
  'decided',
  'agreed',
  'approved',
  'ratified',
  'endorsed',
];

/** Words that open a decision when capitalised and followed by ":", a dash, "that" or "to" ("Agreed that …"). */
export const DECISION_OPENERS: readonly string[] = ['resolved', 'decision', 'decided', 'agreed', 'approved'];

/** A line holding only one of these is a label; the decision's words are on the next line. */
export const DECISION_LABELS: readonly string[] = ['resolved', 'decision', 'decisions', 'agreed'];

/** Verbs after "it was" that record a decision ("it was unanimously resolved"). */
export const IT_WAS_VERBS: readonly string[] = ['resolved', 'agreed', 'decided', 'approved'];

/** Adverbs allowed between "it was" and its verb. */
export const IT_WAS_ADVERBS: readonly string[] = ['unanimously', 'therefore', 'further'];

/** Adverbs that may open a decision on their own ("Unanimously agreed that …"). */
export const OPENING_ADVERBS: readonly string[] = ['unanimously'];

/** Bodies whose verbs are decisions ("The Board approved …", "The committee agreed …"). */
export const DECIDING_BODIES: readonly string[] = [
  'board',
  'committee',
  'sub-committee',
  'council',
  'panel',
  'governing body',
  'governors',
  'trustees',
  'group',
  'meeting',
  'authority',
  'cabinet',
  'senate',
  'directors',
  'forum',
  'partnership',
  'team',
];

/**
 * Words that make a body's name part of a person's title ("the Clerk to the Council agreed to …"): no decision,
 * unless it is the members ("Members of the committee agreed …").
 */
export const OFFICE_OF_BODY: readonly string[] = ['of', 'to', 'for'];

/** Verbs by which a body decides. */
export const BODY_DECISION_VERBS: readonly string[] = [
  'approved',
  'agreed',
  'resolved',
  'ratified',
  'endorsed',
  'adopted',
  'decided',
  'accepted',
];

/** Adverbs allowed between a body and its verb ("The Board unanimously approved"). */
export const BODY_ADVERBS: readonly string[] = ['unanimously', 'formally', 'therefore'];

/**
 * Verbs of a decision in the passive ("The minutes were agreed as a correct record", "The project was
 * unanimously approved", "The motion was carried").
 */
export const PASSIVE_DECISION_VERBS: readonly string[] = [
  'approved',
  'agreed',
  'accepted',
  'adopted',
  'ratified',
  'endorsed',
  'carried',
  'passed',
];

/** Openings of a motion ("Moved by Cllr Lee and seconded by …", "Proposed by AB, seconded by CD"). */
export const MOTION_OPENERS: readonly string[] = ['moved by', 'proposed by'];
/** What a motion's opening is followed by ("… seconded by …"). */
export const MOTION_SECONDS: readonly string[] = ['seconded by', 'seconded'];
/** What the motion does, for it to be a decision ("… to approve the minutes"); without it, only a proposal. */
export const MOTION_VERBS: readonly string[] = ['approve', 'accept', 'adopt', 'ratify', 'endorse', 'confirm'];

/** Verbs after "members" that decide ("members resolved that …"). */
export const MEMBERS_VERBS: readonly string[] = ['approved', 'resolved', 'agreed'];

/** Verbs after "we" that decide, in a team's own notes ("We agreed to add …"). */
export const WE_VERBS: readonly string[] = ['agreed', 'decided'];

/**
 * Verbs a person may use to take work on ("The PCC agreed to …"): after an abbreviation that names an
 * attendee they are a suggested action, not a decision.
 */
export const PERSON_VERBS: readonly string[] = ['agreed', 'decided'];

/** Words after "it was … resolved" that make it no decision ("it was agreed to note"). */
export const NOTING_AFTER_DECISION: readonly string[] = ['to note'];

/** The impersonal opening of a decision in the minutes' voice ("it was agreed that …"), before its verb. */
export const IMPERSONAL_OPENINGS: readonly string[] = ['it was'];

/** The members as a body deciding, without a body's name ("members resolved that …"). */
export const MEMBERS_SUBJECTS: readonly string[] = ['members'];

/** The first person plural of a team's own notes ("we agreed …", "we all decided …"). */
export const WE_SUBJECTS: readonly string[] = ['we'];

/**
 * Officers who act rather than decide: "approved by the clerk", "agreed by the finance officers" report an
 * officer's act, not the meeting's decision (the passive decision steps aside).
 */
export const ACTING_OFFICERS: readonly string[] = ['officer', 'clerk', 'chair'];

/** Subjects whose passive verb records attendance, not a decision ("Apologies were accepted from MB"). */
export const NOT_DECISION_SUBJECTS: readonly string[] = ['apologies', 'apologies for absence', 'absences'];

/** The record of a meeting, as a subject that is approved without a verb of being ("Minutes of 3 May approved"). */
export const RECORD_SUBJECTS: readonly string[] = [
  'minutes',
  'notes of the last meeting',
  'notes of the previous meeting',
];

/** Verbs by which minutes are approved ("Minutes agreed", "approved and signed as a true record"). */
export const RECORD_VERBS: readonly string[] = ['approved', 'agreed', 'accepted', 'adopted', 'signed'];

/** How minutes are called a record ("as a true record", "as a true and accurate record"). */
export const RECORD_ADJECTIVES: readonly string[] = ['true', 'correct', 'accurate', 'fair', 'full'];

/** What minutes are approved as ("a true record"). */
export const RECORD_NOUNS: readonly string[] = ['record'];

/** Words just before a record verb that make it no decision yet ("to be approved", "not yet agreed"). */
export const NOT_YET_BEFORE_RECORD_VERB: readonly string[] = ['be', 'been', 'not', 'yet', 'being'];

/** Words after a passive verb that make it no decision ("agreed to …", "agreed with …", "passed upon …"). */
export const NOT_DECIDED_AFTER_PASSIVE: readonly string[] = ['to', 'that', 'with', 'on', 'upon'];

/** Written where a decision would be, saying there was none ("(none)", "No decisions", "Noted"): no decision. */
export const NO_DECISION_TEXTS: readonly string[] = [
  'none',
  'nil',
  'n/a',
  'not applicable',
  'no decision',
  'no decisions',
  'no decisions made',
  'no decisions taken',
  'noted',
  'for noting',
  'for information',
  '-',
  '–',
  '—',
];

/** A motion's result that says it was never put to a vote ("Lapsed", "Withdrawn"): no decision was made. */
export const MOTION_NOT_PUT: readonly string[] = [
  'lapsed',
  'withdrawn',
  'not moved',
  'not seconded',
  'no seconder',
  'not put',
];
