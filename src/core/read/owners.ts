import type { Attendee, ResolvedOwner } from '../model/attendee';
import { isHonorific, nameWords } from './clean';
import { anyOf, literal } from './lexicon/build';
import { COLLECTIVE_OWNERS, JOINT_OWNER_CONNECTORS } from './lexicon/owners';
import { ROLE_CONNECTORS } from './lexicon/people';

/**
 * Owners as minutes write them, resolved against the attendance list: initials ("PF"), capacity abbreviations
 * ("PCC", or any abbreviation in brackets in the capacity), "The DCC", role + surname ("ACC Cooper"), first name,
 * full name, surname, a capacity in words ("Chief Executive", "the Clerk"), joint owners ("HP and GC", "JI/CP",
 * "HP & GC", commas) and "ALL" / "All members" (every attendee present or in attendance).
 */

/** How joint owners are split: the lexicon's joining words, "and" as a whole word. */
export const JOINT_OWNER_SPLIT = new RegExp(
  String.raw`\s*(?:${JOINT_OWNER_CONNECTORS.map((w) => (/^\w+$/.test(w) ? String.raw`\b${w}\b` : literal(w))).join('|')})\s*`,
  'i',
);
/** An owner that means everyone present ("ALL", "the group"), with or without "the". */
export const COLLECTIVE_OWNER = new RegExp(String.raw`^(?:the\s+)?${anyOf(COLLECTIVE_OWNERS)}$`, 'i');
const LEADING_THE = /^the\s+/i;
const INITIAL = /^\p{Lu}\.?$/u;
const CONNECTORS = new Set(ROLE_CONNECTORS);

function toResolved(a: Attendee): ResolvedOwner {
  return { name: a.name, capacity: a.capacity, initials: a.initials };
}

function key(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ')
    .trim();
}

/** Abbreviations a capacity answers to: the ones in brackets, and the first letters of its words. */
function capacityAbbreviations(capacity: string): string[] {
  const out: string[] = [];
  for (const m of capacity.matchAll(/\(([A-Za-z][A-Za-z&/.]{0,9})\)/g))
    out.push(m[1]!.replace(/\./g, '').toUpperCase());
  const words = capacity
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,;–—-]+/)
    .filter((w) => w.length > 0 && !CONNECTORS.has(w.toLowerCase()));
  if (words.length >= 2) out.push(words.map((w) => w[0]!.toUpperCase()).join(''));
  return out;
}

/** Capacity in words without the bracketed abbreviation and without anything after a comma. */
function capacityWords(capacity: string): string {
  return key(capacity.replace(/\([^)]*\)/g, ' ').split(/[,;]/)[0] ?? '');
}

export interface OwnerResolver {
  (owner: string): ResolvedOwner[];
}

/** Indexes the attendees once so resolving many owners stays linear. */
export function createOwnerResolver(attendees: readonly Attendee[]): OwnerResolver {
  const byInitials = new Map<string, Attendee[]>();
  const byAbbreviation = new Map<string, Attendee[]>();
  const byFullName = new Map<string, Attendee[]>();
  const byFirst = new Map<string, Attendee[]>();
  const bySurname = new Map<string, Attendee[]>();
  const byCapacity = new Map<string, Attendee[]>();
  const add = (map: Map<string, Attendee[]>, k: string, a: Attendee) => {
    if (!k) return;
    const list = map.get(k);
    if (!list) map.set(k, [a]);
    else if (!list.includes(a)) list.push(a);
  };
  for (const a of attendees) {
    add(byInitials, a.initials.toUpperCase(), a);
    for (const ab of capacityAbbreviations(a.capacity)) add(byAbbreviation, ab, a);
    const words = nameWords(a.name);
    add(byFullName, key(words.join(' ')), a);
    add(byFullName, key(a.name), a);
    if (words.length >= 1) add(byFirst, key(words[0]!), a);
    if (words.length >= 2) add(bySurname, key(words[words.length - 1]!), a);
    add(byCapacity, capacityWords(a.capacity), a);
  }
  const present = attendees.filter((a) => a.status === 'present' || a.status === 'in attendance');

  const resolvePart = (raw: string): Attendee[] => {
    const part = raw
      .trim()
      .replace(/[.:;]+$/, '')
      .replace(LEADING_THE, '')
      .trim();
    if (!part) return [];
    if (COLLECTIVE_OWNER.test(part)) return present;
    const compact = part.replace(/\./g, '');
    if (/^[A-Za-z]{1,6}$/.test(compact) && compact === compact.toUpperCase()) {
      const hit = byInitials.get(compact) ?? byAbbreviation.get(compact);
      if (hit) return hit;
    }
    const k = key(part);
    const exact = byFullName.get(k) ?? byCapacity.get(k);
    if (exact) return exact;
    const words = part.split(/\s+/).filter((w) => !isHonorific(w));
    if (words.length === 0) return [];
    if (words.length === 1) {
      const w = key(words[0]!);
      const hit = byFirst.get(w) ?? bySurname.get(w) ?? byInitials.get(words[0]!.toUpperCase());
      if (hit && hit.length === 1) return hit;
      return capacityStartingWith(k);
    }
    // "Cllr. Alun Davies": the full name behind an honorific.
    const named = byFullName.get(key(words.join(' ')));
    if (named) return named;
    // Role + surname ("ACC Cooper") or first name + surname written differently ("Rich Cooper").
    const surname = bySurname.get(key(words[words.length - 1]!));
    if (surname && surname.length === 1) return surname;
    // "Sean O'Connor" where the attendance names only "Sean": the one attendee of that first name, named so alone.
    if (surname === undefined) {
      const first = byFirst.get(key(words[0]!));
      if (first && first.length === 1 && nameWords(first[0]!.name).length === 1) return first;
    }
    // "J. Davies" where several are Davies: the one whose first name has that initial.
    const before = words[words.length - 2]!;
    if (surname && INITIAL.test(before)) {
      const initial = before.charAt(0).toLowerCase();
      const one = surname.filter((a) => key(nameWords(a.name)[0] ?? '').startsWith(initial));
      if (one.length === 1) return one;
    }
    const role = words.slice(0, -1).join(' ');
    const roleHit = byAbbreviation.get(role.toUpperCase()) ?? byCapacity.get(key(role));
    if (roleHit && roleHit.length === 1 && surname === undefined) return [];
    return capacityStartingWith(k);
  };

  // "Chair" answers to "Chair of Governors"; only when exactly one capacity starts that way.
  const capacityStartingWith = (k: string): Attendee[] => {
    if (k.length < 3) return [];
    let found: Attendee | null = null;
    for (const [cap, list] of byCapacity) {
      if (cap === k || cap.startsWith(`${k} `)) {
        if (found || list.length !== 1) return [];
        found = list[0]!;
      }
    }
    return found ? [found] : [];
  };

  // Owners repeat through a document: resolve each spelling once.
  const cache = new Map<string, ResolvedOwner[]>();
  return (owner: string) => {
    const known = cache.get(owner);
    if (known) return known.slice();
    const found = resolveUncached(owner);
    if (cache.size < 5000) cache.set(owner, found);
    return found.slice();
  };

  function resolveUncached(owner: string): ResolvedOwner[] {
    if (owner.length > 200) return [];
    // "Churchwardens (GL/ML)": initials in brackets say exactly who.
    const bracket = /\(([A-Z][A-Za-z]{0,5}(?:\s*[/&,]\s*[A-Z][A-Za-z]{0,5})*)\)\s*$/.exec(owner);
    if (bracket) {
      const named = bracket[1]!.split(/\s*[/&,]\s*/).flatMap((part) => resolvePart(part));
      if (named.length > 0) return unique(named);
    }
    const parts = owner.split(JOINT_OWNER_SPLIT);
    // "Cllrs. O. Williams and W. Loynton": when every part names someone, the owner is each of them (the whole
    // read as one name would keep only the last surname).
    if (parts.length > 1) {
      const each = parts.map((part) => resolvePart(part));
      if (each.every((found) => found.length > 0)) return unique(each.flat());
    }
    const whole = resolvePart(owner);
    if (whole.length > 0) return unique(whole);
    const out: Attendee[] = [];
    for (const part of parts) out.push(...resolvePart(part));
    return unique(out);
  }
}

function unique(list: readonly Attendee[]): ResolvedOwner[] {
  const seen = new Set<Attendee>();
  const out: ResolvedOwner[] = [];
  for (const a of list) {
    if (seen.has(a)) continue;
    seen.add(a);
    out.push(toResolved(a));
  }
  return out;
}

/** The attendees an owner as written resolves to; several for joint owners, [] when unresolved. */
export function resolveOwner(owner: string, attendees: readonly Attendee[]): ResolvedOwner[] {
  return createOwnerResolver(attendees)(owner);
}
