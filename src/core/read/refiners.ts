import { lastSentence } from './markers';
import { splitOwnerTask } from './owner-phrase';
import type { FoundAction } from './recognisers';
import type { Piece } from './walk';

/**
 * Refiners: fix-ups that need more than the paragraph a recogniser read. Each has an id the trace names
 * ("owner PF alone on its line took the sentence before").
 */
export interface Refined {
  found: FoundAction;
  /** Paragraphs the refiner took words from, besides the recogniser's own. */
  from: Piece | null;
}

/**
 * "Members asked for a note. / Action: Head of Finance": an owner standing alone after a marker owns the
 * last sentence of the paragraph before (in the same item).
 */
export const ownerAloneTakesSentenceBefore = {
  id: 'owner-alone-takes-sentence-before',
  refine(
    found: FoundAction,
    piece: Piece,
    previous: Piece | null,
    resolves: (o: string) => boolean,
  ): Refined {
    if (found.task !== null) return { found, from: null };
    const before = previous && previous.item === piece.item ? previous : null;
    let task = before ? lastSentence(before.text) : '';
    const inner = splitOwnerTask(task, resolves);
    if (inner && found.owner && resolves(inner.owner)) task = inner.task;
    return { found: { ...found, task }, from: before };
  },
};

/** "Action Point" alone on its line: the next paragraph is the action, read as a line under an Actions label. */
export const markerAloneTakesNextLine = { id: 'marker-alone-takes-next-line' };

/** "RESOLVED:" alone on its line: the next paragraph is the decision, whatever else it reads like. */
export const decisionLabelTakesNextLine = { id: 'decision-label-takes-next-line' };
