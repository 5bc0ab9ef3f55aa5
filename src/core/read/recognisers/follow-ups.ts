import { anyOf } from '../lexicon/build';
import { SPEAKING_VERBS } from '../lexicon/organisations';
import { DONE_ADVERBS, FOLLOW_UP_PARTICIPLES, NOT_A_FOLLOW_UP_BEFORE } from '../lexicon/suggestions';
import { writtenAsOwner } from '../written-owner';
import type { FoundAction, Recogniser } from './types';

/**
 * "The agenda is to be circulated", "The link will be emailed to members", "To be signed by the Chair": work
 * to follow written in the passive. Without an agent it is a task without an owner; "by the Chair" (a role,
 * initials, or a person on the attendance list) names its owner.
 */
const PARTICIPLE = anyOf(FOLLOW_UP_PARTICIPLES);
const PASSIVE = new RegExp(
  `(?:(?:^|(?<!\\b${anyOf(NOT_A_FOLLOW_UP_BEFORE)})\\s)(?:is\\s+|are\\s+)?to\\s+be|\\bwill\\s+(?:now\\s+|also\\s+)?be)\\s+(?:[a-z]+ly\\s+)?${PARTICIPLE}\\b`,
  'i',
);
const BY_OWNER = new RegExp(
  `\\b${PARTICIPLE}\\s+by\\s+(?:the\\s+)?([A-Z][\\p{L}.'’\\-]*(?:\\s+(?:of\\s+|and\\s+|&\\s+)?[A-Z][\\p{L}.'’\\-]*){0,3})`,
  'u',
);

// Both ways PASSIVE can match hold "be" between spaces: that plain search rules out most sentences first.
const SPACED_BE = /\sbe\s/i;

const DONE_ALREADY = new RegExp(String.raw`\b(?:has|have|had)\s+(?:${anyOf(DONE_ADVERBS)}\s+)?been\b`, 'i');
// "The CC responded that outliers will be reviewed": reported speech, how things are done, not a task.
const REPORTED = new RegExp(`\\b${anyOf(SPEAKING_VERBS)}\\s+that\\b`, 'i');

export const passiveFollowUp: Recogniser<FoundAction> = {
  id: 'suggestion-passive-follow-up',
  unit: 'sentence',
  suggests: true,
  reason: 'follow-up work in the passive (a suggestion without an owner)',
  triggers: ['to be', 'will be', 'will now be', 'will also be'],
  recognise({ text }, { resolves }) {
    const sentence = text.trim();
    if (
      sentence.length > 500 ||
      sentence.endsWith('?') ||
      !SPACED_BE.test(sentence) ||
      !PASSIVE.test(sentence)
    )
      return null;
    // "The plan has been submitted, and updates will be sent …": a report of work done, not one to do.
    if (DONE_ALREADY.test(sentence) || REPORTED.test(sentence)) return null;
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
  ],
};
