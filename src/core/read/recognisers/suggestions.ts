import { anyOf } from '../lexicon/build';
import { AGREED_PREFIXES, AGREED_WORDS, SUGGESTION_JOINS } from '../lexicon/suggestions';
import { findSuggestion } from '../suggestions';
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
    const hit = findSuggestion(text, resolve);
    return hit ? { owner: hit.owner, task: hit.task } : null;
  },
  examples: [
    {
      given: 'It was agreed that HP would review the budget.',
      gives: { owner: 'HP', task: 'review the budget' },
    },
    { given: 'It was agreed that the budget be approved.', gives: null },
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
