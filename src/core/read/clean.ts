/* eslint-disable no-control-regex -- finding control characters is this file's job */
/** Text normalisation shared by every reading step: one place decides what "the same text" means. */
import { HONORIFICS as LEXICON_HONORIFICS } from './lexicon/people';

// Control characters (tab and line breaks become spaces below), zero-width marks and the byte-order mark.
// Zero-width joiners stay: emoji sequences and Persian script need them.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b\u2060\ufeff]/g;
const SPACES = /\s+/g;
// Markdown emphasis around markers ("**Action:**") carries no meaning for the reader.
const EMPHASIS = /\*\*|__/g;

// Text that needs none of the changes below (most of it) is returned as it is, without copying.
// Every whitespace but the plain space is in the class, so two plain spaces are the only run left to look for
// (apart, with indexOf: a class alone scans faster than a class or a run); spaces at either end are checked apart.
const NEEDS_CLEANING =
  /[\u0000-\u001f\u007f-\u009f\u1680\u200b\u2060\ufeff*_\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** One line of plain text: invisible characters dropped, whitespace collapsed; the words themselves untouched. */
export function cleanText(text: string): string {
  if (
    text.charCodeAt(0) !== 32 &&
    text.charCodeAt(text.length - 1) !== 32 &&
    !NEEDS_CLEANING.test(text) &&
    text.indexOf('  ') < 0
  )
    return text;
  return text.replace(INVISIBLE, '').replace(EMPHASIS, '').replace(SPACES, ' ').trim();
}

// Bullets and Markdown check boxes in front of a line: "- ", "• ", "* ", "- [ ] ". The hyphen comes first, so
// inside the brackets below it is itself, not a range.
export const BULLET_CHARS = '-•*▪◦·‣–—';
const BULLET = new RegExp(`^(?:[${BULLET_CHARS}]\\s+)+(?:\\[[ xX]?\\]\\s+)?`);

/** The line without a leading bullet or check box. */
export function stripBullet(text: string): string {
  // Most lines start with no bullet: one character says so, without running the expression.
  return BULLET_CHARS.includes(text.charAt(0)) ? text.replace(BULLET, '') : text;
}

/** Words of a name, without honorifics, for comparing people. */
// One-word honorifics from the lexicon ("county cllr" and the like are two words, never one name word).
const HONORIFICS = new Set(LEXICON_HONORIFICS.filter((h) => !h.includes(' ')));

export function nameWords(name: string): string[] {
  return name
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w.toLowerCase()));
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.replace(/\.$/, '').toLowerCase());
}
