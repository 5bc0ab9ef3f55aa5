import { anyOf } from '../lexicon/build';
import { SPEAKING_VERBS } from '../lexicon/organisations';
import {
  ASKING_VERBS,
  DONE_ADVERBS,
  FOLLOW_UP_PARTICIPLES,
  NOT_A_FOLLOW_UP_BEFORE,
  PAPER_QUALIFIERS,
  PAPER_REQUESTS,
  REQUESTED_PAPERS,
} from '../lexicon/suggestions';
import { writtenAsOwner } from '../written-owner';
import type { FoundAction, Recogniser } from './types';

/**
 * "The agenda is to be circulated", "The link will be emailed to members", "To be signed by the Chair": work
 * to follow written in the passive. Without an agent it is a task without an owner; "by the Chair" (a role,
 * initials, or a person on the attendance list) names its owner.
 */
const PARTICIPLE = anyOf(FOLLOW_UP_PARTICIPLES);
/**
 * "JS asked that the notice also be progressed and submitted", "… requested that a note should be circulated":
 * work asked for in the passive (within one clause of the "that").
 */
const ASKED_THAT = String.raw`\b${anyOf(ASKING_VERBS)}\s+that\s+[^.;:,]{1,100}?\s(?:would\s+|should\s+)?be(?:\s+[a-z]+ed\s+and)?`;
const PASSIVE = new RegExp(
  `(?:(?:^|(?<!\\b${anyOf(NOT_A_FOLLOW_UP_BEFORE)})\\s)(?:is\\s+|are\\s+)?to\\s+be|\\bwill\\s+(?:now\\s+|also\\s+)?be|${ASKED_THAT})\\s+(?:[a-z]+ly\\s+)?${PARTICIPLE}\\b`,
  'i',
);
const BY_OWNER = new RegExp(
  `\\b${PARTICIPLE}\\s+by\\s+(?:the\\s+)?([A-Z][\\p{L}.'’\\-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\p{L}.'’\\-]*){0,3})`,
  'u',
);

// Both ways PASSIVE can match hold "be" between spaces: that plain search rules out most sentences first.
const SPACED_BE = /\sbe\s/i;

const DONE_ALREADY = new RegExp(String.raw`\b(?:has|have|had)\s+(?:${anyOf(DONE_ADVERBS)}\s+)?been\b`, 'i');
// "The CC responded that outliers will be reviewed": reported speech, how things are done, not a task. Asking
// is no report ("JS asked that the notes be circulated"); nor is what is said after the task ("…, it was noted").
const ASKING = new Set(ASKING_VERBS);
const REPORTED = new RegExp(`\\b${anyOf(SPEAKING_VERBS.filter((v) => !ASKING.has(v)))}\\s+that\\b`, 'i');

export const passiveFollowUp: Recogniser<FoundAction> = {
  id: 'suggestion-passive-follow-up',
  unit: 'sentence',
  suggests: true,
  reason: 'follow-up work in the passive (a suggestion without an owner)',
  triggers: [
    'to be',
    'will be',
    'will now be',
    'will also be',
    ...ASKING_VERBS.map((word) => `${word} that`),
  ],
  recognise({ text }, { resolves }) {
    const sentence = text.trim();
    if (sentence.length > 500 || sentence.endsWith('?') || !SPACED_BE.test(sentence)) return null;
    const passive = PASSIVE.exec(sentence);
    if (!passive) return null;
    // "The plan has been submitted, and updates will be sent …": a report of work done, not one to do.
    if (DONE_ALREADY.test(sentence) || REPORTED.test(sentence.slice(0, passive.index))) return null;
    const by = BY_OWNER.exec(sentence);
    const named = by ? by[1]!.replace(/[.,;:]+$/, '') : '';
    const owner = named && (resolves(named) || writtenAsOwner(named)) ? named : null;
    return { owner, task: sentence.replace(/[\s.]+$/, '') };
  },
  examples: [
    {
      given: 'The revised budget is to be circulated to members.',
      gives: { owner: null, task: 'The revised budget is to be circulated to members' },
    },
    { given: 'To be signed by the Chair.', gives: { owner: 'Chair', task: 'To be signed by the Chair' } },
    {
      given: 'The link will be emailed to all volunteers.',
      gives: { owner: null, task: 'The link will be emailed to all volunteers' },
    },
    { given: 'The roof needs to be repaired before winter.', gives: null },
    { given: 'The meeting will be held in the library.', gives: null },
    { given: 'The bid has been sent, and updates will be posted monthly.', gives: null },
    { given: 'The Treasurer explained that late claims will be reviewed by the panel.', gives: null },
    {
      given:
        'The Chair requested that a timetable should be circulated, and members noted that none had come.',
      gives: {
        owner: null,
        task: 'The Chair requested that a timetable should be circulated, and members noted that none had come',
      },
    },
    {
      given: 'TJ asked that the lease also be checked and signed before May.',
      gives: { owner: null, task: 'TJ asked that the lease also be checked and signed before May' },
    },
    {
      given: 'The damp in the store will be solved by clearing the gutters.',
      gives: { owner: null, task: 'The damp in the store will be solved by clearing the gutters' },
    },
    { given: 'TJ asked that the hall be kept free in May.', gives: null },
  ],
};

const PAPER_REQUEST = new RegExp(
  String.raw`\b${anyOf(PAPER_REQUESTS)}\s+an?\s+(?:${anyOf(PAPER_QUALIFIERS)}\s+)?${anyOf(REQUESTED_PAPERS)}\b`,
  'i',
);

/**
 * "The Committee asked for a note on the costs", "Members requested a report at the next meeting": a paper
 * the meeting wants written, a task without an owner (who is asked, the minutes do not say).
 */
export const requestedPaper: Recogniser<FoundAction> = {
  id: 'suggestion-requested-paper',
  unit: 'sentence',
  suggests: true,
  reason: 'a paper the meeting asked for (a suggestion without an owner)',
  // The request with its article and the next word: "asked for an assessment" is not let through.
  triggers: PAPER_REQUESTS.flatMap((request) =>
    ['a', 'an'].flatMap((article) =>
      [...REQUESTED_PAPERS, ...PAPER_QUALIFIERS].map((word) => `${request} ${article} ${word}`),
    ),
  ),
  recognise({ text }) {
    const sentence = text.trim();
    if (sentence.length > 500 || sentence.endsWith('?')) return null;
    const request = PAPER_REQUEST.exec(sentence);
    // "A report was requested and has been sent": done before the request's words are of no matter after them.
    if (!request || DONE_ALREADY.test(sentence.slice(0, request.index))) return null;
    return { owner: null, task: sentence.replace(/[\s.]+$/, '') };
  },
  examples: [
    {
      given: 'The Board asked for a note setting out what the grant had paid for.',
      gives: { owner: null, task: 'The Board asked for a note setting out what the grant had paid for' },
    },
    {
      given: 'Members requested a further report on the roof at the next meeting.',
      gives: { owner: null, task: 'Members requested a further report on the roof at the next meeting' },
    },
    { given: 'TJ requested an update on the roof, and the Clerk gave one.', gives: null },
    { given: 'The Clerk read the report requested by members.', gives: null },
    { given: 'Who asked for a report?', gives: null },
  ],
};
