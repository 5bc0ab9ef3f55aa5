import type { Attendee } from '../model/attendee';
import { anyOf } from '../read/lexicon/build';
import { HONORIFICS, NAME_PARTICLES, RANKS, wholePhrase } from '../read/lexicon/people';

// Titles before a name, one or several ("Revd Dr Ann Cole"), each with or without a full stop.
const LEADING_TITLES = new RegExp(`^(?:${anyOf([...HONORIFICS, ...RANKS])}\\.?\\s+)+`, 'iu');
const TITLE_WORD = new RegExp(`^${anyOf([...HONORIFICS, ...RANKS])}\\.?$`, 'iu');
// Particles count only written in lower case: "Anna van der Berg" is AB, "Dirk Van Dyke" DVD.
const PARTICLE = wholePhrase(NAME_PARTICLES, 'u');

/** "Dr Jane Smith" → { honorific: "Dr", rest: "Jane Smith" }; a name without a title comes back whole. */
export function splitHonorific(name: string): { honorific: string; rest: string } {
  const trimmed = name.trim();
  const m = LEADING_TITLES.exec(trimmed);
  // A title alone ("Dr") is all there is: keep it as the name rather than leave nothing.
  if (!m || m[0].length >= trimmed.length) return { honorific: '', rest: trimmed };
  return { honorific: m[0].trim(), rest: trimmed.slice(m[0].length) };
}

/** "Dr", "Cllr.", "PC": an honorific or rank, written before a name. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORD.test(word);
}

/** Words of a name that count towards initials: title, brackets, punctuation and particles left out. */
function nameWords(name: string): string[] {
  return (
    splitHonorific(name.replace(/\([^)]*\)/g, ' '))
      .rest.split(/[\s.,\-\u2010\u2011\u2013]+/u)
      .map((w) => w.replace(/^[^\p{L}]+/u, ''))
      // A title inside the name ("Ann Cole, Cllr") is no more part of the initials than one before it.
      .filter((w) => w.length > 0 && !PARTICLE.test(w) && !TITLE_WORD.test(w))
  );
}

/**
 * Initials from a name: the first letter of each word, upper case, the honorific left out ("Dr Jane Smith" →
 * "JS", "Mary‑Jane Kowalczyk" → "MJK"). The one rule the reader, the paste and the pane all use.
 */
export function deriveInitials(name: string): string {
  return nameWords(name)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Initials suggested for a name typed or pasted in the pane: the same as the reader derives. */
export const suggestInitials = deriveInitials;

/**
 * Initials for `name` that no one in `taken` uses yet: the plain suggestion, else one with more letters of
 * the surname ("JI" taken → "JIR"), else a number ("JI2"). Comparison ignores case.
 */
export function suggestUniqueInitials(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toUpperCase()).filter((t) => t !== ''));
  const base = suggestInitials(name);
  if (base === '' || !used.has(base)) return base;
  const surname = Array.from(nameWords(name).at(-1) ?? '').slice(1);
  let candidate = base;
  for (const letter of surname) {
    candidate += letter.toUpperCase();
    if (!used.has(candidate)) return candidate;
  }
  for (let n = 2; ; n += 1) {
    if (!used.has(`${base}${n}`)) return `${base}${n}`;
  }
}

export interface InitialsClash {
  /** Index of the attendee whose initials clash. */
  index: number;
  /** Index of the attendee who already has them (the earlier one in the list). */
  otherIndex: number;
  initials: string;
  message: string;
}

/** Every attendee whose initials an earlier attendee already uses, with a message naming the earlier one. */
export function findInitialsClashes(attendees: readonly Attendee[]): InitialsClash[] {
  const firstByInitials = new Map<string, number>();
  const clashes: InitialsClash[] = [];
  attendees.forEach((attendee, index) => {
    const key = attendee.initials.trim().toUpperCase();
    if (key === '') return;
    const otherIndex = firstByInitials.get(key);
    if (otherIndex === undefined) {
      firstByInitials.set(key, index);
      return;
    }
    const other = attendees[otherIndex];
    clashes.push({
      index,
      otherIndex,
      initials: attendee.initials.trim(),
      message: `Initials '${attendee.initials.trim()}' are already used by ${other?.name.trim() || 'another attendee'}`,
    });
  });
  return clashes;
}
