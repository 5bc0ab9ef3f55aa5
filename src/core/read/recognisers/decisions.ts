import { capitalForms } from '../lexicon/build';
import { DECISION_LABELS } from '../lexicon/decisions';
import { DECISION_TRIGGERS, decisionText, isDecision, isDecisionLabel } from '../decisions';
import type { Recogniser } from './types';

/** A decision as a recogniser finds it: its words, label removed. */
export interface FoundDecision {
  text: string;
}

/** "RESOLVED:" alone on a line: the decision is the next line (refiner decision-label-takes-next-line). */
export const decisionLabel: Recogniser<{ label: string }> = {
  id: 'decision-label',
  unit: 'paragraph',
  reason: 'decision label',
  triggers: capitalForms(DECISION_LABELS),
  recognise: ({ text }) => (isDecisionLabel(text) ? { label: text } : null),
  examples: [
    { given: 'RESOLVED:', gives: { label: 'RESOLVED:' } },
    { given: 'Decision', gives: { label: 'Decision' } },
    { given: 'RESOLVED: the budget be approved', gives: null },
  ],
};

/** "RESOLVED that …", "The Board approved …", "It was agreed that …", "We decided …". */
export const decisionSentence: Recogniser<FoundDecision> = {
  id: 'decision',
  unit: 'sentence',
  reason: 'decision words',
  triggers: DECISION_TRIGGERS,
  recognise: ({ text }, { resolves }) => (isDecision(text, resolves) ? { text: decisionText(text) } : null),
  examples: [
    { given: 'RESOLVED: the budget be approved.', gives: { text: 'the budget be approved.' } },
    {
      given: 'The Board approved the revised terms of reference.',
      gives: { text: 'The Board approved the revised terms of reference.' },
    },
    { given: 'The Board noted the report.', gives: null },
    {
      given: 'The minutes were agreed as a correct record.',
      gives: { text: 'The minutes were agreed as a correct record.' },
    },
    {
      given: 'Moved by Cllr Hale and seconded by Cllr Ross to approve the accounts.',
      gives: { text: 'Moved by Cllr Hale and seconded by Cllr Ross to approve the accounts.' },
    },
    { given: 'The grant was agreed to be a priority by the officers.', gives: null },
  ],
};
