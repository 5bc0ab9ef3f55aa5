import { isSpace } from '../locate';
import { HONORIFICS } from './lexicon/people';

// "Cllr. O. Williams would send …": a full stop after an initial or a short title ends no sentence.
const TITLES = new Set(HONORIFICS.filter((h) => !h.includes(' ') && h.length <= 5));

/** Sentences end at . ! ? or ; followed by a space (one forward scan, so it stays linear on any text). */
const SENTENCE_BREAK = /[.!?;]\s+/g;

// Where nextBreak puts the break it found: its mark and where the next sentence starts (no object per break).
let breakMark = 0;
let breakNext = 0;

/**
 * Finds the next sentence break at or after `from`; false when there is none. test() rather than exec(): no
 * match objects; the mark is the last character before the spaces.
 */
function nextBreak(text: string, from: number): boolean {
  SENTENCE_BREAK.lastIndex = from;
  for (;;) {
    if (!SENTENCE_BREAK.test(text)) return false;
    breakNext = SENTENCE_BREAK.lastIndex;
    let mark = breakNext - 1;
    while (isSpace(text.charCodeAt(mark))) mark -= 1;
    breakMark = mark;
    if (text.charCodeAt(mark) !== 46 || !abbreviationBefore(text, mark)) return true;
  }
}

/** The word before the full stop at `dot` is an initial ("O.") or a short title ("Cllr.", "Dr."). */
function abbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start <= 5 && isLetterAt(text, start - 1)) start -= 1;
  if (start > 0 && isLetterAt(text, start - 1)) return false;
  const word = text.slice(start, dot);
  if (word.length === 1) return word >= 'A' && word <= 'Z';
  return TITLES.has(word.toLowerCase());
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The text cut after each . ! ? or ; that a space follows (the mark stays with its sentence). `out` is emptied
 * and filled: a caller cutting thousands of paragraphs passes the same list each time.
 */
export function sentences(text: string, out: string[] = []): string[] {
  out.length = 0;
  let start = 0;
  while (nextBreak(text, start)) {
    out.push(text.slice(start, breakMark + 1));
    start = breakNext;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * The sentences of `text` (as `sentences` cuts them) that hold a match of `word`, a global pattern, each once
 * and in order. Most sentences of prose hold no word a later step looks for: they are never cut out. `out` as
 * for `sentences`.
 */
export function sentencesHolding(text: string, word: RegExp, out: string[] = []): string[] {
  out.length = 0;
  word.lastIndex = 0;
  // Most prose holds no such word: one scan says so, and nothing is cut.
  if (!word.test(text)) return out;
  let start = 0;
  let found = nextBreak(text, 0);
  for (;;) {
    // The match ends inside its sentence: skip the breaks before it.
    const inside = word.lastIndex - 1;
    while (found && breakMark < inside) {
      start = breakNext;
      found = nextBreak(text, breakNext);
    }
    if (!found) {
      out.push(text.slice(start));
      break;
    }
    out.push(text.slice(start, breakMark + 1));
    start = breakNext;
    found = nextBreak(text, breakNext);
    word.lastIndex = start;
    if (!word.test(text)) break;
  }
  return out;
}
