import type { Minutes } from '../../../core/model';
import type { RefStamp, StampResult } from '../../../core/port';
import { actionKey, type KnownRefs } from './exportPlan';

/** Actions the document holds without a ref that an export this session gave one: what to stamp. */
export function pendingStamps(minutes: Minutes, known: KnownRefs): RefStamp[] {
  return minutes.actions.flatMap((action) => {
    if (action.ref !== null && action.ref.trim() !== '') return [];
    const ref = known.get(actionKey(action));
    return ref ? [{ location: action.location, ref }] : [];
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a stamp did, in words: how many went in, and what to do about the rest. */
export function stampMessage(result: StampResult): string {
  const parts = [`Stamped ${plural(result.stamped, 'ref', 'refs')} into the document.`];
  if (result.notFound > 0) {
    parts.push(
      `${plural(result.notFound, 'action was', 'actions were')} not found (the document changed since the check): refresh the list and stamp again.`,
    );
  }
  if (result.alreadyHadRef > 0) {
    parts.push(
      `${plural(result.alreadyHadRef, 'action already had a ref', 'actions already had refs')}, kept as they were.`,
    );
  }
  if (result.sharedParagraph > 0) {
    parts.push(
      `${plural(result.sharedParagraph, 'action shares', 'actions share')} a paragraph with another action and cannot carry a ref there: put each ACTION in its own paragraph, then stamp again.`,
    );
  }
  return parts.join(' ');
}
