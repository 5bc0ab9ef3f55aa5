import { BULLET_CHARS } from '../clean';
import { anyOf } from '../lexicon/build';
import {
  AGREED_PREFIXES,
  AGREED_WORDS,
  NOT_TASK_AFTER_VERB,
  SUGGESTION_JOINS,
  TASK_HEDGES,
  TASK_VERBS,
} from '../lexicon/suggestions';
import { findAgreedShould, findSuggestion } from '../suggestions';
import type { FoundAction, Recogniser } from './types';

const AGREED_THAT = new RegExp(`^(?:${anyOf(AGREED_PREFIXES)} )?${anyOf(AGREED_WORDS)} that\\s`, 'i');

/** "It was agreed that HP would …": a suggestion that decision words introduce, read before the decision. */
export const agreedThat: Recogniser<FoundAction> = {
  id: 'suggestion-agreed-that',
  unit: 'sentence',
  suggests: true,
  reason: 'prose "it was agreed that …" (a suggestion, not marked)',
  triggers: AGREED_WORDS,
  recognise({ text }, { resolve }) {
    if (!AGREED_THAT.test(text)) return null;
    const hit = findSuggestion(text, resolve) ?? findAgreedShould(text, resolve);
    return hit ? { owner: hit.owner, task: hit.task } : null;
  },
  examples: [
    {
      given: 'It was agreed that HP would review the budget.',
      gives: { owner: 'HP', task: 'review the budget' },
    },
    { given: 'It was agreed that the budget be approved.', gives: null },
    {
      given: 'It was agreed that the Clerk should write to the landowner.',
      gives: { owner: 'Clerk', task: 'write to the landowner' },
    },
    {
      given: 'It was discussed and agreed that the Chair, Cllr Amos should meet the police.',
      gives: { owner: 'Cllr Amos', task: 'meet the police' },
    },
    { given: 'It was agreed that the Chair should be consulted first.', gives: null },
    { given: 'It was agreed that the venue should rotate.', gives: null },
  ],
};

/** "JS to circulate …", "The Clerk will …", "The Chair asked the Clerk to …": prose, suggested, not counted. */
export const suggestion: Recogniser<FoundAction> = {
  id: 'suggestion',
  unit: 'sentence',
  suggests: true,
  reason: 'prose (a suggestion, not marked)',
  triggers: Object.keys(SUGGESTION_JOINS).map((word) => ` ${word} `),
  recognise({ text }, { resolve }) {
    const hit = findSuggestion(text, resolve);
    return hit ? { owner: hit.owner, task: hit.task } : null;
  },
  examples: [
    {
      given: 'JS to circulate the paper to members.',
      gives: { owner: 'JS', task: 'circulate the paper to members' },
    },
    {
      given: 'The Chair asked the Clerk to book the hall.',
      gives: { owner: 'Clerk', task: 'book the hall' },
    },
    { given: 'The Chair will be away in June.', gives: null },
  ],
};

const TASK_OPENING = new RegExp(
  `^(?:${anyOf(TASK_HEDGES)},?\\s+)?${anyOf(TASK_VERBS)}\\s+(?!${anyOf(NOT_TASK_AFTER_VERB)}\\b)[\\p{L}\\d"“'‘(]`,
  'iu',
);

// "Benchmark: Compare the two methods": one word as a label before the instruction.
const ONE_WORD_LABEL = /^[A-Z][\p{Ll}]+:\s+/u;

/**
 * Where a sentence can open with a task verb, in a whole paragraph: at its start, after a sentence's end, a bullet,
 * a check box or a label's colon (what the sentences are cut at and cleaned of), maybe after a hedge. Most prose
 * holds a task verb somewhere ("asked", "plan") but opens no sentence with one, and is then not cut for this.
 */
const TASK_AT_SENTENCE_START = new RegExp(
  `(?:^|[${BULLET_CHARS}.!?;:\\]]\\s)\\s*(?:${anyOf(TASK_HEDGES)},?\\s+)?${anyOf(TASK_VERBS)}\\s`,
  'i',
);

/**
 * "Check the second draft before Friday.", "Maybe start on the report": a sentence that is a bare instruction
 * is a task without an owner (the owner rule then asks who). Questions are not tasks.
 */
export const bareTask: Recogniser<FoundAction> = {
  id: 'suggestion-bare-task',
  unit: 'sentence',
  suggests: true,
  reason: 'a bare instruction (a suggestion without an owner)',
  triggers: TASK_VERBS,
  inParagraph: (text, inTable) => !inTable && TASK_AT_SENTENCE_START.test(text),
  recognise({ text, inTable }) {
    const written = text.trim();
    if (inTable || written.length > 400 || written.endsWith('?') || !/^[A-Z]/.test(written)) return null;
    // Most sentences hold no label to drop, and open with no task verb: that test first, the label's after.
    const sentence = ONE_WORD_LABEL.test(written) ? written.replace(ONE_WORD_LABEL, '') : written;
    if (!TASK_OPENING.test(sentence)) return null;
    // "Start time: 13:00": a label, not an instruction.
    if (/^\S+(?:\s+\S+){0,2}:/.test(sentence)) return null;
    return { owner: null, task: written.replace(/[\s.]+$/, '') };
  },
  examples: [
    {
      given: 'Check the second draft before Friday.',
      gives: { owner: null, task: 'Check the second draft before Friday' },
    },
    { given: 'Maybe start on the report', gives: { owner: null, task: 'Maybe start on the report' } },
    { given: 'Check of the accounts was completed.', gives: null },
    { given: 'Start time: 19:00', gives: null },
    { given: 'Try a smaller sample?', gives: null },
    { given: 'The treasurer will check the accounts.', gives: null },
  ],
};
