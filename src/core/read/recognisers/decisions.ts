import { anyOf, capitalForms } from '../lexicon/build';
import { DECISION_LABELS, MOTION_NOT_PUT, NO_DECISION_TEXTS } from '../lexicon/decisions';
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

/** "(none)", "No decisions.", "- n/a": a cell or line that says there was no decision. */
const NO_DECISION = new RegExp(`^[\\s(\\[*_-]*${anyOf(NO_DECISION_TEXTS)}[\\s)\\].*_]*$`, 'i');
/** "Lapsed", "Withdrawn by the mover": a motion never decided. */
const NOT_PUT = new RegExp(`^\\W*${anyOf(MOTION_NOT_PUT)}\\b`, 'i');

/** Whether text written where a decision would be says there was none ("(none)", "No decisions"). */
export function saysNoDecision(text: string): boolean {
  return NO_DECISION.test(text);
}

/**
 * A cell of a table's Motion / Resolution / Decision column ("Motion text | Moved by | Seconded by | Status"):
 * the decision as written, unless its row says the motion was never put ("Lapsed") or the cell says "None".
 */
export const decisionColumn: Recogniser<FoundDecision> = {
  id: 'decision-column',
  unit: 'row',
  reason: 'decision column',
  triggers: [],
  recognise({ text, decision }) {
    const words = text.trim();
    if (!decision || !words || saysNoDecision(words) || NOT_PUT.test(decision.result)) return null;
    return { text: decisionText(words) };
  },
  examples: [
    {
      given: { decision: 'Adopt the revised hall hire charges', result: 'Carried' },
      gives: { text: 'Adopt the revised hall hire charges' },
    },
    {
      given: { decision: 'Accept the treasurer’s report', result: '' },
      gives: { text: 'Accept the treasurer’s report' },
    },
    { given: { decision: 'Appoint a second auditor', result: 'Lapsed: no seconder' }, gives: null },
    { given: { decision: '(none)', result: '' }, gives: null },
  ],
};
