import type { Item } from '../../model';
import { itemsInDocumentOrder } from '../item-numbers';
import { defineRule, type RuleContext } from '../rule';

/**
 * An item with nothing recorded under it: either the discussion was left out, or the heading should go.
 * The text under an item is whatever lies between it and the next item, so minutes kept in a table (number
 * in one cell, notes in the next rows) count as written.
 */
export const itemEmpty = defineRule({
  id: 'item-empty',
  severity: 'warning',
  description: 'An item has no text under it and no sub-items.',
  messages: {
    empty:
      "Nothing is recorded under item {{number}}{{title}}. Add what was discussed or decided (or 'Nothing to report'), or remove the item.",
  },
  check(context, report) {
    const ordered = itemsInDocumentOrder(context.minutes.items);
    const withActions = new Set(
      [...context.minutes.actions, ...context.minutes.decisions].map((a) => a.item ?? ''),
    );
    return ordered.flatMap((item, i) => {
      if (item.subItems.length > 0 || (item.notes ?? '').trim() !== '' || withActions.has(item.number))
        return [];
      if (!item.location) return []; // without a place in the document there is no evidence either way
      if (hasTextUnder(context, item, ordered[i + 1])) return [];
      const title = item.title.trim() === '' ? '' : ` (${item.title.trim()})`;
      return [report('empty', { number: item.number.trim(), title }, item.location)];
    });
  },
});

/** Words that only repeat the item's number and title, e.g. the title cell of the item's own row. */
function isOnlyHeading(text: string, item: Item): boolean {
  const rest = text
    .replace(item.number.trim(), ' ')
    .replace(item.title.trim(), ' ')
    .replace(/[\s.:)(–-]+/g, '');
  return rest === '';
}

function hasTextUnder(context: RuleContext, item: Item, next: Item | undefined): boolean {
  const at = item.location?.paragraph ?? 0;
  const start = context.positionOf(at);
  if (start === undefined) return true;
  const own = context.body[start];
  if (own && !isOnlyHeading(own.text, item)) return true;
  const nextAt = next?.location?.paragraph;
  for (let position = start + 1; position < context.body.length; position += 1) {
    const paragraph = context.body[position];
    if (paragraph === undefined || (nextAt !== undefined && paragraph.index >= nextAt)) break;
    if (!isOnlyHeading(paragraph.text, item)) return true;
  }
  return false;
}
