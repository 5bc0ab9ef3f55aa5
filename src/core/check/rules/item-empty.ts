import type { Item } from '../../model';
import { isSpace } from '../../locate';
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
      // The heading's own paragraph may hold only the number ("3" in a table cell): quote number and title.
      const quote = `${item.number.trim()} ${item.title.trim()}`.trim();
      return [{ ...report('empty', { number: item.number.trim(), title }, item.location), quote }];
    });
  },
});

/** What the comparison below strips besides the number and title: spaces and . : ( ) – - */
function isHeadingPunctuation(c: number): boolean {
  return isSpace(c) || c === 46 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 45;
}

/** Words that only repeat the item's number and title, e.g. the title cell of the item's own row. */
function isOnlyHeading(text: string, item: Item): boolean {
  // Removing the number and the title takes away at most their length: a text with more characters than
  // that besides punctuation is more than the heading, known without building the shorter strings.
  const room = item.number.length + item.title.length;
  let other = 0;
  for (let i = 0; i < text.length && other <= room; i += 1)
    if (!isHeadingPunctuation(text.charCodeAt(i))) other += 1;
  if (other > room) return false;
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
