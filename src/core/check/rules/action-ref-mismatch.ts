import { anyOf } from '../../read/lexicon/build';
import { ITEM_REFERENCE_WORDS } from '../../read/lexicon/items';
import { defineRule } from '../rule';
import { quote } from '../words';

/** A per-item ref: the item's number, then the action's ("2.1-A1"). */
const ITEM_REF = /^(.+?)-A\d+$/i;
/** "Item" or "Minute" before the number. */
const NUMBER_WORD = new RegExp(String.raw`^${anyOf(ITEM_REFERENCE_WORDS)}\s*`);

/**
 * A per-item ref ("2.1-A1") names the item an action was raised under; one that names another item was copied
 * or the action moved, and a tracker will file it under the wrong item.
 */
export const actionRefMismatch = defineRule({
  id: 'action-ref-mismatch',
  severity: 'warning',
  description: "An action's ref names another item than the one it sits under.",
  messages: {
    mismatch:
      "Action '{{text}}' has the ref {{ref}}, which belongs to item {{refItem}}, but it sits under item {{item}}. Correct the ref, or move the action.",
  },
  check(context, report) {
    return context.minutes.actions.flatMap((action) => {
      const ref = (action.ref ?? '').trim();
      const item = (action.item ?? '').trim();
      const match = ITEM_REF.exec(ref);
      if (!action.marked || item === '' || match === null) return [];
      const refItem = match[1]!.trim();
      if (normal(refItem) === normal(item)) return [];
      return [report('mismatch', { text: quote(action.text), ref, refItem, item }, action.location)];
    });
  },
});

/** "2.1." and "Item 2.1" are item 2.1. */
function normal(number: string): string {
  return number
    .toLowerCase()
    .replace(NUMBER_WORD, '')
    .replace(/[.):\s]+$/, '');
}
