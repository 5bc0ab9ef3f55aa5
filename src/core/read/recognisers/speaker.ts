import { anyOf } from '../lexicon/build';
import {
  ACTION_TAKING,
  OWNER_COLON_VERBS,
  SPEAKER_COMMITMENTS,
  TASK_VERBS,
  VAGUE_TASKS,
} from '../lexicon/suggestions';
import { stripBullet } from '../clean';
import { trimTask } from '../markers';
import { isOwnerLike } from '../owner-phrase';
import type { FoundAction, Recogniser } from './types';

/** Lines written as "Name: …": a speaker in a transcript, or a person given a task in a list. */

const SPEAKER = /^([^:]{1,40}):\s+(\S.*)$/;

function speakerOf(text: string): { name: string; said: string } | null {
  // The name ends at the first colon, one to forty characters in: most sentences have none there.
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 40) return null;
  const m = SPEAKER.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  if (!m) return null;
  const name = m[1]!.trim();
  if (!isOwnerLike(name) || name.split(/\s+/).length > 3) return null;
  return { name, said: m[2]! };
}

const COMMITMENT = new RegExp(
  `^${anyOf(SPEAKER_COMMITMENTS)}\\s+(?:${anyOf(ACTION_TAKING)}\\s+)?(\\S.*)$`,
  'i',
);
const VAGUE = new RegExp(`^${anyOf(VAGUE_TASKS)}[.!]?$`, 'i');

/**
 * "Dan: I'll take an action to check that with Jeff.", "Andrew: I'll do that.": the speaker commits, and owns
 * it; when the words only point back ("do that"), the task is the sentence before (the refiner takes it).
 */
export const speakerCommitment: Recogniser<FoundAction[]> = {
  id: 'speaker-commitment',
  unit: 'paragraph',
  reason: 'a speaker commits ("Name: I\'ll …")',
  triggers: SPEAKER_COMMITMENTS,
  recognise({ text }) {
    const speaker = speakerOf(text);
    if (!speaker) return null;
    const m = COMMITMENT.exec(speaker.said);
    if (!m) return null;
    const words = firstSentence(m[1]!);
    if (/\?$/.test(words)) return null;
    return [{ owner: speaker.name, task: VAGUE.test(words) ? null : trimTask(words) }];
  },
  examples: [
    {
      given: "Dan: I'll take an action to check that with Jeff.",
      gives: [{ owner: 'Dan', task: 'check that with Jeff' }],
    },
    {
      given: 'Mia: I will draft the reply tonight.',
      gives: [{ owner: 'Mia', task: 'draft the reply tonight' }],
    },
    { given: "Andrew: I'll do that.", gives: [{ owner: 'Andrew', task: null }] },
    { given: "Dan: I think we'll see.", gives: null },
  ],
};

const TASK_AFTER_NAME = new RegExp(`^${anyOf([...TASK_VERBS, ...OWNER_COLON_VERBS])}\\b`, 'i');

/** "Priya: Book the hall for May", "Luther/Valentine: Sort out the questions": a person and their task. */
export const ownerColonTask: Recogniser<FoundAction> = {
  id: 'suggestion-owner-colon-task',
  unit: 'sentence',
  suggests: true,
  reason: 'a person and a task after a colon (a suggestion, not marked)',
  triggers: [':'],
  recognise({ text }) {
    const speaker = speakerOf(text.trim());
    if (!speaker || !/^[A-Z]/.test(speaker.said) || !TASK_AFTER_NAME.test(speaker.said)) return null;
    if (speaker.said.trim().endsWith('?')) return null;
    return { owner: speaker.name, task: trimTask(speaker.said) };
  },
  examples: [
    { given: 'Priya: Book the hall for May.', gives: { owner: 'Priya', task: 'Book the hall for May' } },
    { given: 'Note: Check the fire exits.', gives: null },
    { given: 'Priya: We booked the hall.', gives: null },
  ],
};

/**
 * "RESOLVED" then "- Priya: Book the hall", "- Luther/Valentine: Sort out the questions": the lines right under a
 * decision label that give a person a task are that list's actions, marked by where they stand (as lines under an
 * Actions label are), each owned by the name before its colon. The reader asks it only while such a list runs.
 */
export const ownerColonUnderLabel: Recogniser<FoundAction[]> = {
  id: 'owner-colon-under-label',
  unit: 'paragraph',
  reason: 'a person given a task in the list under a decision label',
  triggers: [':'],
  recognise({ text, underDecisionLabel }, context) {
    if (!underDecisionLabel) return null;
    const hit = ownerColonTask.recognise({ text: stripBullet(text), inActionSection: false }, context);
    return hit ? [hit] : null;
  },
  examples: [
    {
      given: '- Priya: Book the hall for May.',
      under: 'decision label',
      gives: [{ owner: 'Priya', task: 'Book the hall for May' }],
    },
    {
      given: '- Luther/Valentine: Sort out the rota',
      under: 'decision label',
      gives: [{ owner: 'Luther/Valentine', task: 'Sort out the rota' }],
    },
    { given: '- Priya: Book the hall for May.', gives: null },
    { given: 'Priya: We booked the hall.', under: 'decision label', gives: null },
    { given: 'That the accounts be adopted.', under: 'decision label', gives: null },
  ],
};

function firstSentence(text: string): string {
  const m = /^(.*?[.!?])(?=\s|$)/.exec(text);
  return (m ? m[1]! : text).trim();
}
