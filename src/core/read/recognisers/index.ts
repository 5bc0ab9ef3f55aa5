import { actionColumn, actionInSection, actionMarker, ownerInBrackets } from './actions';
import { decisionLabel, decisionSentence } from './decisions';
import { agreedThat, suggestion } from './suggestions';
import type { Recogniser } from './types';

export type { FoundAction, Recogniser, RecogniserContext, RecogniserInput, RecogniserExample } from './types';
export { actionColumn, actionInSection, actionMarker, ownerInBrackets } from './actions';
export { decisionLabel, decisionSentence, type FoundDecision } from './decisions';
export { agreedThat, suggestion } from './suggestions';

/**
 * Marked actions in a paragraph, in precedence order: the first that finds any wins the paragraph (a marker
 * beats an owner in brackets, which beats "a line under Actions"); the sentences are read after it only for
 * decisions. A row's action columns are read by actionColumn alone.
 */
export const ACTION_RECOGNISERS = [actionMarker, ownerInBrackets, actionInSection] as const;

/**
 * Sentence by sentence, in precedence order, once the paragraph's actions are known: an "it was agreed that
 * X would …" suggestion, then a decision, then (only where the paragraph marked nothing) a suggestion.
 */
export const SENTENCE_RECOGNISERS = [agreedThat, decisionSentence, suggestion] as const;

/** Every recogniser of pass two, for the pre-filter, the tests and --explain. */
export const ALL_RECOGNISERS: readonly Recogniser<unknown>[] = [
  actionColumn,
  decisionLabel,
  ...ACTION_RECOGNISERS,
  ...SENTENCE_RECOGNISERS,
];

/** The words a person is told for a recogniser id ("marker"); the id itself when it is not one of these. */
export function reasonOf(id: string): string {
  return ALL_RECOGNISERS.find((r) => r.id === id)?.reason ?? id;
}
