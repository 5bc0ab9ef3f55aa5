import type { Attendee } from '../model';
import { nameWords } from '../read/clean';
import { anyOf } from '../read/lexicon/build';
import { OUTSIDE_BODY_WORDS } from '../read/lexicon/owners';
import { COLLECTIVE_OWNER, JOINT_OWNER_SPLIT, type OwnerResolver } from '../read/owners';
import { NOT_PEOPLE } from './people-in-text';

/**
 * What kind of owner an action names, as the owner rules see it: the attendees together ("ALL", "the group"),
 * a body outside the meeting ("HO/APCC", "the contractor"), or people, some of whom may match two attendees.
 */

/** "ALL", "Everyone", "All members", "the group": everyone present owns it, whoever they are. */
export function isCollective(owner: string): boolean {
  return COLLECTIVE_OWNER.test(owner.trim().replace(/[.:;]+$/, ''));
}

/** How joint owners are written: "HP and GC", "JI/CP", "HP & GC", "HP, GC". */
export const JOINT = JOINT_OWNER_SPLIT;

const OUTSIDE_WORDS = new RegExp(String.raw`\b${anyOf(OUTSIDE_BODY_WORDS)}\b`, 'i');

/**
 * Every part is a known body ("HO/APCC", "NPCC") or the owner is written as an organisation ("the contractor",
 * "Smith & Co Ltd"), and no attendee answers to it.
 */
export function isOutsideBody(owner: string, resolve: OwnerResolver): boolean {
  const bare = owner.replace(/^the\s+/i, '').trim();
  if (bare === '' || isCollective(bare)) return false;
  const parts = bare
    .split(JOINT)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 0 && parts.every((part) => NOT_PEOPLE.has(part) && !isCollective(part))) return true;
  return OUTSIDE_WORDS.test(bare) && resolve(owner).length === 0;
}

/**
 * The attendees one owner (not a joint one) could mean when it means more than one: two people with the same
 * initials, a capacity two people hold, a first name or surname two people share. Empty when it is one or none.
 */
export function ambiguousMatches(
  part: string,
  resolve: OwnerResolver,
  attendees: readonly Attendee[],
): Attendee[] {
  const clean = part.trim().replace(/[.:;]+$/, '');
  if (clean === '' || isCollective(clean)) return [];
  // Joint owners are looked at part by part.
  if (clean.split(JOINT).filter((p) => p.trim() !== '').length > 1) return [];
  const resolved = resolve(clean);
  if (resolved.length > 1) {
    return attendees.filter((a) =>
      resolved.some((r) => r.name === a.name && r.capacity === a.capacity && r.initials === a.initials),
    );
  }
  if (resolved.length === 1) return [];
  // One word the resolver leaves unresolved because two people answer to it ("Smith", "Sam").
  const words = clean.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length !== 1) return [];
  const word = words[0]!.toLowerCase();
  const sharing = attendees.filter((a) => {
    const name = nameWords(a.name).map((w) => w.toLowerCase());
    return name.length > 0 && (name[0] === word || name[name.length - 1] === word);
  });
  return sharing.length > 1 ? sharing : [];
}
