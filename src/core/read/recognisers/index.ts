import {
  actionColumn,
  actionInSection,
  actionMarker,
  actionPointRef,
  markerAlone,
  ownerInBrackets,
  ownerSetApartAtEnd,
  taskNote,
} from './actions';
import { decisionColumn, decisionLabel, decisionSentence } from './decisions';
import { ownerColonTask, ownerColonUnderLabel, speakerCommitment } from './speaker';
import { passiveFollowUp, requestedPaper } from './follow-ups';
import { agreedThat, bareTask, suggestion } from './suggestions';
import type { Recogniser } from './types';

export type { FoundAction, Recogniser, RecogniserContext, RecogniserInput, RecogniserExample } from './types';
export {
  actionAfterMarkerLine,
  actionColumn,
  actionInSection,
  actionMarker,
  actionPointRef,
  markerAlone,
  ownerInBrackets,
  ownerSetApartAtEnd,
  taskNote,
} from './actions';
export {
  decisionColumn,
  decisionLabel,
  decisionSentence,
  saysNoDecision,
  type FoundDecision,
} from './decisions';
export { ownerColonTask, ownerColonUnderLabel, speakerCommitment } from './speaker';
export { passiveFollowUp, requestedPaper } from './follow-ups';
export { agreedThat, bareTask, suggestion } from './suggestions';

/**
 * Marked actions in a paragraph, in precedence order: the first that finds any wins the paragraph (a marker
 * beats a TODO note, then an action-point reference, then a speaker's "I'll …", which beats an owner in brackets,
 * then an owner set apart at the end, which beats "a line under Actions"); the sentences are read after it only for decisions. A row's action
 * columns are read by actionColumn alone; a cell of a decision column is a decision (decisionColumn) unless one of
 * these finds a marked action in it.
 */
export const ACTION_RECOGNISERS = [
  actionMarker,
  taskNote,
  actionPointRef,
  speakerCommitment,
  ownerInBrackets,
  ownerSetApartAtEnd,
  actionInSection,
] as const;

/**
 * Sentence by sentence, in precedence order, once the paragraph's actions are known: an "it was agreed that
 * X would …" suggestion, then a decision, then (only where the paragraph marked nothing) a suggestion, then
 * "Name: Book the hall", then a bare instruction ("Check the draft") or follow-up work in the passive ("… is to
 * be circulated") or a paper asked for ("asked for a note on …") as a suggestion without an owner.
 */
export const SENTENCE_RECOGNISERS = [
  agreedThat,
  decisionSentence,
  suggestion,
  ownerColonTask,
  bareTask,
  passiveFollowUp,
  requestedPaper,
] as const;

/** Every recogniser of pass two, for the pre-filter, the tests and --explain. */
export const ALL_RECOGNISERS: readonly Recogniser<unknown>[] = [
  actionColumn,
  decisionColumn,
  decisionLabel,
  markerAlone,
  ownerColonUnderLabel,
  ...ACTION_RECOGNISERS,
  ...SENTENCE_RECOGNISERS,
];

/** The words a person is told for a recogniser id ("marker"); the id itself when it is not one of these. */
export function reasonOf(id: string): string {
  return ALL_RECOGNISERS.find((r) => r.id === id)?.reason ?? id;
}
