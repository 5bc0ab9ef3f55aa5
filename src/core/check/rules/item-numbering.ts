import type { Problem } from '../../model';
import { compareParts, itemsInDocumentOrder, minuteYearFirst, parseItemNumber } from '../item-numbers';
import { defineRule } from '../rule';
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
    for (const item of ordered) {
      const parsed = parseItemNumber(item.number, yearFirst);
      if (parsed === null) continue;
      const state = series.get(parsed.series) ?? {
        seen: new Map(),
        missingParents: new Set(),
        highest: null,
        lastChild: new Map(),
      };
      series.set(parsed.series, state);
      const { parts } = parsed;
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
        problems.push(report('noParent', { number: show(parts), parent: show(parent) }, location));
        continue;
      }
      const expected = last === undefined ? (parent.length === 0 ? null : 1) : last + 1;
      if (expected === null || own <= expected || (last === undefined && own === 0)) continue;
      const missing = describeMissing(parent, expected, own - 1, show);
      if (last === undefined) {
        problems.push(
          report('firstSubItem', { number: show(parts), parent: show(parent), missing }, location),
        );
      } else {
        problems.push(
          report('gap', { number: show(parts), previous: show([...parent, last]), missing }, location),
        );
      }
    }
    return problems;
  },
});

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
