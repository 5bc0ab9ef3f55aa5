import { flattenItems, type Item } from '../model';
import { anyOf } from '../read/lexicon/build';
import { ITEM_REFERENCE_WORDS, NUMBER_ABBREVIATIONS } from '../read/lexicon/items';

/**
 * An item number taken apart for comparison. Dotted numbers ("2", "2.1", "2.1a") are a hierarchy in one
 * series; minute numbers ("294/19", "23/045", "SEN/23/41") are a flat series per year, so years are counted
 * apart. Which half of a minute number is the year is decided per document (see `minuteYearFirst`).
 */
export interface ParsedNumber {
  /** Which series the number belongs to: "" for dotted numbers, "294/19" → "/19", "SEN/23/41" → "SEN/23/". */
  series: string;
  /** 2.1a → [2, 1, 1]. */
  parts: number[];
  /** Digits of a minute number's sequence as written ("045" → 3), so a missing one is written alike. */
  width?: number;
}

/** "Item", "Minute", "No." before a number. */
const NUMBER_WORD = new RegExp(
  String.raw`^(?:${anyOf(ITEM_REFERENCE_WORDS)}|${anyOf(NUMBER_ABBREVIATIONS)}\.?)\s*`,
  'i',
);

/** "1." and "Item 3" as people write them, reduced to "1" and "3". */
function tidy(number: string): string {
  return number
    .trim()
    .replace(NUMBER_WORD, '')
    .replace(/[.):\s]+$/, '')
    .replace(/^\(/, '');
}

/** "294/19", "23/045", "SEN/23/41": an optional letter prefix, then two numbers joined by a slash. */
const MINUTE_NUMBER = /^([A-Za-z]+\s*\/\s*)?(\d+)\s*\/\s*(\d+)$/;

/**
 * Whether this document's minute numbers put the year first ("23/045") or last ("294/19"): the year is the
 * half that changes least from item to item.
 */
export function minuteYearFirst(numbers: readonly string[]): boolean {
  const firsts = new Set<string>();
  const lasts = new Set<string>();
  for (const number of numbers) {
    const match = MINUTE_NUMBER.exec(tidy(number));
    if (!match) continue;
    firsts.add(`${match[1] ?? ''}${Number(match[2])}`);
    lasts.add(`${match[1] ?? ''}${Number(match[3])}`);
  }
  return firsts.size < lasts.size;
}

/** "2" or "2.1" as the reader keeps most numbers: taken apart without the general rules below. */
const PLAIN_DOTTED = /^\d{1,9}(?:\.\d{1,9})*$/;

export function parseItemNumber(number: string, yearFirst = false): ParsedNumber | null {
  if (PLAIN_DOTTED.test(number)) return { series: '', parts: number.split('.').map(Number) };
  const text = tidy(number);
  const minute = MINUTE_NUMBER.exec(text);
  if (minute) {
    const prefix = (minute[1] ?? '').replace(/\s+/g, '');
    const [year, sequence] = yearFirst ? [minute[2], minute[3]] : [minute[3], minute[2]];
    return {
      series: yearFirst ? `${prefix}${Number(year)}/` : `${prefix}/${Number(year)}`,
      parts: [Number(sequence)],
      width: sequence?.length ?? 1,
    };
  }
  if (!/^\d+(?:\.\d+)*(?:\.?\(?[a-z]\)?)?$/i.test(text)) return null;
  const parts = text.split(/[.()]+/).flatMap((segment) => {
    const digitsThenLetter = /^(\d*)([a-z]?)$/i.exec(segment);
    if (!digitsThenLetter) return [];
    const [, digits = '', letter = ''] = digitsThenLetter;
    const out: number[] = [];
    if (digits !== '') out.push(Number(digits));
    if (letter !== '') out.push(letter.toLowerCase().charCodeAt(0) - 96);
    return out;
  });
  return parts.length > 0 ? { series: '', parts } : null;
}

export function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Every item and sub-item in the order it appears in the document: by paragraph where the reader gave one
 * (so "2.7" found after "3" sorts after it), and an item without a location stays after the item before it.
 */
export function itemsInDocumentOrder(items: readonly Item[]): Item[] {
  let lastKnown = -1;
  return flattenItems(items)
    .map((item, order) => {
      lastKnown = item.location?.paragraph ?? lastKnown;
      return { item, order, at: lastKnown };
    })
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .map(({ item }) => item);
}
