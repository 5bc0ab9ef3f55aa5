import type { Item } from '../model/item';
import type { Location } from '../model/location';
import { isSpace } from '../locate';
import { stripBullet } from './clean';
import { anyOf, literal } from './lexicon/build';
import {
  CONFIDENTIAL_WORDS,
  ITEM_NUMBER_ABBREVIATIONS,
  ITEM_NUMBER_WORDS,
  NUMBER_ABBREVIATIONS,
  PART_TWO_WORDS,
  REFERENCE_WORDS,
  SENTENCE_OPENERS,
  SENTENCE_OPENERS_AFTER_TITLE,
} from './lexicon/items';
import { COLON_MARKERS, MARKER_WORDS } from './lexicon/markers';
import { monthPattern } from './dates';

/**
 * Item numbers as minutes write them: "1", "1.", "2.1", "2.1.", "Item 3", "Agenda item 4", "Minute 12",
 * "294/19", "A3". A title follows on the same line (or in the next cell of a row).
 */
/** "Item ", "Agenda item ", "Min. ": a word before the number, abbreviations with an optional full stop. */
const NUMBER_WORD = `(?:${ITEM_NUMBER_WORDS.map(
  (w) => `${literal(w).replace(/ /g, '\\s+')}${ITEM_NUMBER_ABBREVIATIONS.includes(w) ? '\\.?' : ''}\\s+`,
).join('|')})`;
// "1/ Open Forum": a slash with a space after it ends a number as a full stop would (never "1/2/2024").
const NUMBER = new RegExp(
  `^${NUMBER_WORD}?((?:\\d{1,3}(?:\\.\\d{1,3}){0,3})|(?:\\d{1,4}\\/\\d{2,4})|(?:[A-Z]{1,4}\\s?\\d{1,4}\\/\\d{2,4})|(?:[A-Z]{2,6}\\/\\d{2,4}\\/\\d{1,4}))(?=$|[\\s.):\\-–—]|\\/\\s)(?:[.):]|\\/(?=\\s))?`,
  'i',
);

// Multi-part references ("Ref 03/20/04/2022") only after a word that says so, so a date is never an item.
const REF_NUMBER = new RegExp(
  `^(?:${REFERENCE_WORDS.map(({ word, spaced }) => `${literal(word)}${spaced ? '\\s+' : '\\.?\\s*'}`).join('|')})(?:${anyOf(NUMBER_ABBREVIATIONS)}\\.?\\s*)?(\\d{1,4}(?:\\/\\d{1,4}){1,3})(?=$|[\\s.):\\-–—])[.):]?`,
  'i',
);
/** "Item 3", "Minute 12": a number written with its word is an item whatever follows it. */
const EXPLICIT_NUMBER = new RegExp(`^${anyOf(ITEM_NUMBER_WORDS).replace(/ /g, '\\s+')}\\b`, 'i');

function matchNumber(text: string): { number: string; length: number } | null {
  const ref = REF_NUMBER.exec(text);
  if (ref) return { number: ref[1]!, length: ref[0].length };
  const m = NUMBER.exec(text);
  return m ? { number: m[1]!, length: m[0].length } : null;
}

export interface ItemHeading {
  number: string;
  title: string;
  /** Text after the title on the same line or cell, read as the item's first text. */
  rest: string;
  confidential: boolean;
  /** The item it is a sub-item of, where its number does not say so ("a)" under "5"). */
  under?: string;
}

const PART = anyOf(PART_TWO_WORDS).replace(/ /g, '\\s+');
const PART_TWO = new RegExp(
  `(?:\\(\\s*${PART}\\s*\\)|^\\s*${PART}\\s*[-–—:]\\s*|\\(\\s*${anyOf(CONFIDENTIAL_WORDS)}\\s*\\))`,
  'i',
);

/** Splits a title written with a Part II marker into the clean title and the flag. */
export function partTwo(title: string): { title: string; confidential: boolean } {
  if (!PART_TWO.test(title)) return { title, confidential: false };
  return { title: title.replace(PART_TWO, ' ').replace(/\s+/g, ' ').trim(), confidential: true };
}

/** A number cell on its own ("2.1", "3.", "Item 4"). */
export function numberCell(text: string): string | null {
  const t = text.trim();
  if (t.length > 20) return null;
  const m = matchNumber(t);
  if (!m || m.length !== t.length) return null;
  return normaliseNumber(m.number);
}

function normaliseNumber(raw: string): string {
  return raw.replace(/\.$/, '').replace(/\s+/g, ' ');
}

const ARTICLE_AFTER_TITLE = new RegExp(`^(.{3,100}?)\\s+(?=${anyOf(SENTENCE_OPENERS_AFTER_TITLE)}\\s)`);
const SENTENCE_OPENER = new RegExp(`^${anyOf(SENTENCE_OPENERS)}\\b`);
/** A title that starts with a marker is an action ("1. ACTION: JS to …", "2. AI: …", "3. [ACTION] …"). */
const MARKER_FIRST = new RegExp(
  `^(?:${anyOf(MARKER_WORDS)}|${COLON_MARKERS.map((m) => `${literal(m.word)}\\b`).join('|')}|\\[${anyOf(MARKER_WORDS)}\\])`,
  'i',
);

/**
 * Cuts a long title where its text begins: minutes extracted from PDFs run the title into the first sentence
 * ("Strategic Needs Assessment The PCC welcomed …").
 */
export function splitTitle(text: string): { title: string; rest: string } {
  if (text.length <= 100) return { title: text, rest: '' };
  const sentence = /^(.{3,120}?[.:!?])\s+(?=[A-Z])/.exec(text);
  if (sentence) return { title: sentence[1]!.replace(/[.:]$/, ''), rest: text.slice(sentence[0].length) };
  const article = ARTICLE_AFTER_TITLE.exec(text);
  if (article) return { title: article[1]!, rest: text.slice(article[0].length) };
  return { title: text.slice(0, 100).trim(), rest: text.slice(100) };
}

/**
 * A paragraph that starts an item: a number and a title short enough to be a heading. A numbered sentence
 * ("1. The board noted the report.") is a list entry, not an item.
 */
export function lineItemHeading(line: string, isHeadingStyle: boolean): ItemHeading | null {
  return itemHeadings(line)[isHeadingStyle ? 1 : 0];
}

/**
 * A line's item heading read both ways at once: as body text (first) and in a heading style (second), which asks
 * less of it. The walk asks both of most lines; the number is looked for once.
 */
export type ItemHeadings = readonly [asText: ItemHeading | null, inHeadingStyle: ItemHeading | null];
const NOT_A_HEADING: ItemHeadings = [null, null];

export function itemHeadings(line: string): ItemHeadings {
  const text = stripBullet(line);
  const m = matchNumber(text);
  if (!m) return NOT_A_HEADING;
  const number = normaliseNumber(m.number);
  const after = text.slice(m.length).replace(/^\s*[-–—:]?\s*/, '');
  if (!after) return NOT_A_HEADING;
  if (/^\d/.test(after) && !/\//.test(number)) return NOT_A_HEADING;
  if (MARKER_FIRST.test(after)) return NOT_A_HEADING;
  // "14 March 2024", "3rd June": a date, not item 14.
  if (!number.includes('/') && DATE_AFTER_NUMBER.test(text.slice(0, m.length + 12))) return NOT_A_HEADING;
  const explicit = EXPLICIT_NUMBER.test(text) || number.includes('/');
  const lowerCaseStart = /^[a-z]/.test(after);
  const words = wordCount(after, 15);
  const sentenceLike = /[.!?]$/.test(after) && (words > 6 || SENTENCE_OPENER.test(after));
  // In body text: "Minute 22/23 first sentence should read …" is a reference in running text, and without an
  // explicit number a long line, a sentence or a lower-case start is not a heading.
  const asText =
    line.length <= 2000 && (explicit ? !lowerCaseStart : !(words > 14 || sentenceLike || lowerCaseStart));
  const { title, rest } = splitTitle(after);
  const part = partTwo(title.replace(/[:.]$/, '').trim());
  const heading: ItemHeading = { number, title: part.title, rest, confidential: part.confidential };
  return [asText ? heading : null, heading];
}

/**
 * The line as a person sees it in Word: the list's number, which is not in the text, before the text
 * ("2." + "Finance"). Bullets and empty labels add nothing.
 */
export function withListNumber(text: string, listString: string): string {
  return listString && LIST_NUMBER.test(listString) ? `${listString} ${text}` : text;
}

const LIST_NUMBER = /^\(?[0-9A-Za-z]{1,6}(?:[./][0-9A-Za-z]{1,6}){0,4}[.):]?$/;

const DATE_AFTER_NUMBER = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${monthPattern()}\\b`, 'i');

/**
 * The number that comes next after a top-level item ("3" after "2", "4.0" after "3.0"); null for others.
 * A numbered line with that number is the next item even when it reads as a sentence ("2. Minutes of the last
 * meeting were agreed and signed.") or runs into its text.
 */
export function nextItemNumber(number: string): string | null {
  const m = /^(\d{1,3})(\.0)?$/.exec(number);
  return m ? `${Number(m[1]) + 1}${m[2] ?? ''}` : null;
}

// "a) Square", "(b) Playing field", "ii Removal of a work station", "iv) Parking": a letter or roman numeral
// and a short capitalised title. The bracket is kept in the number ("a)"): alone, "a" reads as a word.
const LETTERED = /^(\(?[a-h]\)|[ivx]{1,4}\)?)\.?\s+([A-Z][^]{0,99})$/;

/** A lettered or roman sub-item heading ("a) Square"), or null. */
export function letteredSubItem(line: string): { number: string; title: string } | null {
  const m = LETTERED.exec(stripBullet(line));
  if (!m) return null;
  const title = m[2]!.trim();
  if (wordCount(title, 12) > 10 || /[.!?]$/.test(title)) return null;
  return { number: m[1]!, title: title.replace(/:$/, '') };
}

/** How many words the text has, counted up to `max` (runs of spaces part them, as split(/\s+/) would). */
function wordCount(text: string, max: number): number {
  let words = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && words < max; i += 1) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) words += 1;
    inSpace = space;
  }
  return words;
}

/**
 * Builds the item tree in reading order. "2.1" goes under "2" when "2" is the item being read (or an ancestor
 * of it); a sub-item that turns up later, out of order ("2.7" after "3", as PDF extraction leaves it), stays at
 * the top level where it was found, so the list keeps document order and the numbering check can see it.
 */
export class ItemTree {
  readonly items: Item[] = [];
  private readonly chain: Item[] = [];
  private total = 0;

  add(heading: ItemHeading, location: Location | null, notes?: string): Item {
    const item: Item = {
      number: heading.number,
      title: heading.title,
      confidential: heading.confidential,
      subItems: [],
      location,
    };
    if (notes) item.notes = notes;
    let depth = this.chain.length;
    const under = heading.under;
    if (under !== undefined) {
      while (depth > 0 && this.chain[depth - 1]!.number !== under) depth -= 1;
    } else {
      while (depth > 0 && !heading.number.startsWith(`${this.chain[depth - 1]!.number}.`)) depth -= 1;
    }
    const parent = depth > 0 ? this.chain[depth - 1]! : null;
    if (parent) parent.subItems.push(item);
    else this.items.push(item);
    this.chain.length = depth;
    this.chain.push(item);
    this.total += 1;
    return item;
  }

  get count(): number {
    return this.total;
  }
}
