import type { Attendee } from '../model/attendee';

/** Words of a name that count towards initials: parenthesised parts and punctuation left out. */
function nameWords(name: string): string[] {
  return name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s\-–]+/u)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => w.length > 0);
}

/** Initials suggested from a name: the first letter of each word, upper case ("Jackie Irvin" → "JI"). */
export function suggestInitials(name: string): string {
  return nameWords(name)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase();
}

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
