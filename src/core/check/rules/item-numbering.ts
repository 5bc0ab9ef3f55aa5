import type { Item, Problem } from '../../model';
import { anyOf } from '../../read/lexicon/build';
import { ITEM_REFERENCE_WORDS, MINUTE_WORDS } from '../../read/lexicon/items';
import { compareParts, itemsInDocumentOrder, minuteYearFirst, parseItemNumber } from '../item-numbers';
import { defineRule, type RuleContext } from '../rule';
import { listWords } from '../words';

interface Series {
  /** Numbers seen so far, each with how it was written. */
  seen: Map<string, string>;
  /** Parents already reported missing, so their other sub-items do not repeat the finding. */
  missingParents: Set<string>;
  highest: number[] | null;
  /** Last number used under each parent ("" for the top level): the next sibling should be one more. */
  lastChild: Map<string, number>;
}

/** "Minute 12/22" as a number or starting its heading: minute numbers run on across meetings. */
const MINUTE_NUMBER = new RegExp(String.raw`^\s*${anyOf(MINUTE_WORDS)}\b`, 'i');
const MINUTE_HEADING = new RegExp(String.raw`^\s*${anyOf(MINUTE_WORDS)}\s`, 'i');
/** "Item" or "Minute" before a number written in a paragraph. */
const NUMBER_WORD = anyOf(ITEM_REFERENCE_WORDS);

/** Readers and trackers cite items by number, so numbers must run in order with no gaps or repeats. */
export const itemNumbering = defineRule({
  id: 'item-numbering',
  severity: 'error',
  description: 'Item numbers have gaps, repeats, are out of order, or a sub-item has no parent.',
  messages: {
    duplicate: 'Item {{number}} is numbered twice. Renumber one of them.',
    outOfOrder: 'Item {{number}} comes after item {{previous}}. Move it back{{where}}, or renumber it.',
    gap: 'Item numbering jumps from {{previous}} to {{number}}: {{missing}}. Renumber the items, or add what is missing.',
    firstSubItem:
      'Item {{number}} is the first sub-item of item {{parent}}: {{missing}}. Renumber it, or add what is missing.',
    noParent:
      'Item {{number}} is a sub-item, but there is no item {{parent}} before it. Add item {{parent}}, or renumber this one.',
  },
  check(context, report) {
    const series = new Map<string, Series>();
    const problems: Problem[] = [];
    const ordered = itemsInDocumentOrder(context.minutes.items);
    const yearFirst = minuteYearFirst(ordered.map((item) => item.number));
    /** Where the last item under each parent was, so a gap can be looked for in the text between. */
    const previousAt = new Map<string, number>();
    for (const item of ordered) {
      const parsed = parseItemNumber(item.number, yearFirst);
      if (parsed === null || looksLikeDate(item.number, parsed.parts)) continue;
      // "1.0" is how some minutes write item 1.
      const parts = parsed.parts.slice();
      while (parts.length > 1 && parts[parts.length - 1] === 0) parts.pop();
      let state = series.get(parsed.series);
      // A numbered list that starts again at 1 (names under an item, a Markdown list written "1." on every
      // line) is a new list, not item 1 a second time.
      if (state === undefined || (state.highest !== null && isFirst(parts))) {
        state = { seen: new Map(), missingParents: new Set(), highest: null, lastChild: new Map() };
        series.set(parsed.series, state);
      }
      const key = parts.join('.');
      const show = (p: readonly number[]) =>
        state.seen.get(p.join('.')) ?? showNumber(p, parsed.series, parsed.width);
      const location = item.location ?? null;
      const parent = parts.slice(0, -1);
      const parentKey = parent.join('.');
      const own = parts[parts.length - 1] ?? 0;

      if (state.seen.has(key)) {
        problems.push(report('duplicate', { number: show(parts) }, location));
        continue;
      }
      state.seen.set(key, item.number.trim().replace(/[.):]+$/, ''));
      const before = previousAt.get(parentKey);
      if (item.location) previousAt.set(parentKey, item.location.paragraph);
      else previousAt.delete(parentKey);
      const last = state.lastChild.get(parentKey);
      state.lastChild.set(parentKey, Math.max(own, last ?? own));

      if (state.highest !== null && compareParts(parts, state.highest) < 0) {
        const where = parent.length > 0 && state.seen.has(parentKey) ? ` under item ${show(parent)}` : '';
        problems.push(
          report('outOfOrder', { number: show(parts), previous: show(state.highest), where }, location),
        );
        continue;
      }
      state.highest = parts;

      if (parent.length > 0 && !state.seen.has(parentKey)) {
        if (state.missingParents.has(parentKey)) continue;
        state.missingParents.add(parentKey);
        // "4.01" in a log of dated rows is a date (4 January), not a sub-item of a missing item 4.
        if (/^\d{1,2}\.0\d$/.test(item.number.trim())) continue;
        problems.push(report('noParent', { number: show(parts), parent: show(parent) }, location));
        continue;
      }
      const expected = last === undefined ? (parent.length === 0 ? null : 1) : last + 1;
      if (expected === null || own <= expected || (last === undefined && own === 0)) continue;
      const missing = describeMissing(parent, expected, own - 1, show);
      // The missing numbers are written in the document, in a form the reader did not take for an item.
      if (writtenBetween(context, before, item, parent, expected, own - 1, show)) continue;
      if (last === undefined) {
        problems.push(
          report('firstSubItem', { number: show(parts), parent: show(parent), missing }, location),
        );
      } else {
        // Minute numbers run on across a body's meetings and leave out confidential items: a gap there is
        // worth a look, not an error.
        const heading = item.location ? (context.paragraphAt(item.location.paragraph)?.text ?? '') : '';
        const minuteNumbers =
          parsed.series !== '' || MINUTE_NUMBER.test(item.number) || MINUTE_HEADING.test(heading);
        problems.push(
          report(
            'gap',
            { number: show(parts), previous: show([...parent, last]), missing },
            location,
            minuteNumbers ? 'warning' : undefined,
          ),
        );
      }
    }
    return problems;
  },
});

/**
 * Whether a paragraph between the previous item and this one starts with one of the missing numbers ("4.  Decide
 * whether…"): the item is there, and a finding that says it is missing would be false.
 */
function writtenBetween(
  context: RuleContext,
  from: number | undefined,
  item: Item,
  parent: readonly number[],
  first: number,
  last: number,
  show: (p: readonly number[]) => string,
): boolean {
  const to = item.location?.paragraph;
  if (to === undefined || last - first > 20) return false;
  const start = from === undefined ? 0 : (context.positionOf(from) ?? 0);
  const end = context.positionOf(to) ?? 0;
  // One expression per missing number, built once: a gap may lie across hundreds of paragraphs.
  const written: RegExp[] = [];
  for (let n = first; n <= last; n += 1) {
    const number = show([...parent, n]);
    written.push(new RegExp(`^(?:${NUMBER_WORD}\\s+)?${lookAlike(number)}(?![0-9])(?:$|[\\s.):–-])`, 'i'));
  }
  for (let position = start; position < end; position += 1) {
    const text = context.body[position]?.text.trimStart() ?? '';
    for (const pattern of written) if (pattern.test(text)) return true;
  }
  return false;
}

/** The number as written, where a scan's text recognition may read the figure 1 as the letter I or l ("I. Welcome"). */
function lookAlike(number: string): string {
  return escape(number).replace(/1/g, '[1Il]');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Item 1 (or 1a's parent, 1): the number a list starts from. */
function isFirst(parts: readonly number[]): boolean {
  return parts.length === 1 && parts[0] === 1;
}

/** "01.04.2025", "2025.03.01", "05.06.25": a date written with dots, which dated notes may start lines with. */
function looksLikeDate(written: string, parts: readonly number[]): boolean {
  if (parts.some((p) => p > 999)) return true;
  return /^[0-3]\d\.[01]\d\.\d{2}$/.test(written.trim().replace(/[.):]+$/, ''));
}

/** Writes a number not seen in the document (a missing one) as people number items: "2.1", "294/19", "23/46". */
function showNumber(parts: readonly number[], series: string, width = 1): string {
  const number = parts.join('.').padStart(width, '0');
  return series.endsWith('/') ? `${series}${number}` : `${number}${series}`;
}

function describeMissing(
  parent: readonly number[],
  from: number,
  to: number,
  show: (p: readonly number[]) => string,
): string {
  if (from === to) return `item ${show([...parent, from])} is missing`;
  if (to - from < 3) {
    const numbers = [];
    for (let n = from; n <= to; n += 1) numbers.push(show([...parent, n]));
    return `items ${listWords(numbers)} are missing`;
  }
  return `items ${show([...parent, from])} to ${show([...parent, to])} are missing`;
}
