import { anyOf } from './lexicon/build';
import {
  EVERYONE_AS_WRITTEN,
  LABELS_NOT_OWNERS,
  NOT_OWNER_FIRST_WORDS,
  OWNER_CONNECTORS,
  OWNER_JOINS,
  OWNER_LABELS_AFTER_TASK,
  PRONOUNS,
} from './lexicon/owners';

/**
 * What an owner looks like in writing, before it is resolved: a few capitalised words, initials, a role
 * abbreviation, joined by "and", "&", "/" or commas ("ACC Cooper", "HP and GC", "JI/CP", "The DCC",
 * "Head of Finance", "ALL").
 */

const CONNECTOR = new RegExp(`^${anyOf(OWNER_CONNECTORS)}$`);
// Words that start an action's words, not an owner ("ACTION: Circulate Minutes to members").
// A label word ("Question", "Keyword") starts a note, not an owner, in the same way.
const VERB = new RegExp(`^${anyOf([...NOT_OWNER_FIRST_WORDS, ...LABELS_NOT_OWNERS])}$`, 'i');
// "AND ACTIONEES": a connector can join owners, never start one.
const LEADING_CONNECTOR = new RegExp(`^${anyOf(OWNER_CONNECTORS.filter((c) => c !== 'the'))}$`, 'i');
const PRONOUN = new RegExp(`^${anyOf(PRONOUNS)}$`, 'i');
const EVERYONE = new RegExp(`^${anyOf(EVERYONE_AS_WRITTEN)}$`);
// "…the policy – JS", "…the policy (JS)", "…the policy. Owner: JS".
const TASK_THEN_OWNER = new RegExp(
  String.raw`^(.{3,}?)\s*(?:[-–—]\s*|\(\s*|\b${anyOf(OWNER_LABELS_AFTER_TASK)}\s*:\s*)([^()\-–—]{1,60}?)\)?\.?$`,
);

/** True when `text` could be an owner as written: 1–7 words, capitalised or joined by connectors. */
export function isOwnerLike(text: string): boolean {
  const t = text.trim().replace(/[.:,;]+$/, '');
  if (!t || t.length > 70) return false;
  if (EVERYONE.test(t)) return true;
  const words = t.split(/\s+/);
  if (words.length > 7) return false;
  if (VERB.test(words[0]!) && !/^[A-Z]{2,}$/.test(words[0]!)) return false;
  if (LEADING_CONNECTOR.test(words[0]!)) return false;
  let named = 0;
  for (const raw of words) {
    const w = raw.replace(/[,;]$/, '');
    if (!w) continue;
    if (CONNECTOR.test(w) || /^the$/i.test(w)) continue;
    if (PRONOUN.test(w) && words.length === 1) return false;
    if (/^[\p{Lu}\d][\p{L}\d'’.\-/&]*$/u.test(w)) {
      named += 1;
      continue;
    }
    if (/^\(?[A-Z]{1,5}\)?$/.test(w) || /^\([A-Z]{1,5}(?:[/&,][A-Z]{1,5})*\)$/.test(w)) {
      named += 1;
      continue;
    }
    return false;
  }
  return named > 0;
}

// Words that join an owner to the work: "X to …", "X will …", "X agreed to …".
export const OWNER_JOIN = new RegExp(`\\s+${anyOf(OWNER_JOINS)}\\s+`);

// Every join in a text, in order: compiled once (splitOwnerTask runs for every marked action).
const OWNER_JOIN_ALL = new RegExp(OWNER_JOIN.source, 'g');

/** Splits "ACC Cooper to share the profile" into owner and task, when the part before the join is owner-like. */
export function splitOwnerTask(
  text: string,
  resolves: (owner: string) => boolean = () => false,
): { owner: string; task: string } | null {
  const head = text.slice(0, 160);
  const re = OWNER_JOIN_ALL;
  re.lastIndex = 0;
  let first: { owner: string; task: string } | null = null;
  let best: { owner: string; task: string } | null = null;
  for (let m = re.exec(head); m !== null; m = re.exec(head)) {
    const owner = head
      .slice(0, m.index)
      .trim()
      .replace(/[\s\-–—:,;]+$/, '');
    if (!isOwnerLike(owner)) break;
    const split = { owner, task: text.slice(m.index + m[0].length).trim() };
    // "Secretary to Senate to arrange …": a later join wins only when its longer owner is a known person.
    if (!first) first = split;
    if (resolves(owner)) best = split;
  }
  return best ?? first;
}

/** "…the policy – JS", "…the policy (JS)", "…the policy. Owner: JS": a task with its owner at the end. */
export function splitTaskOwner(text: string): { owner: string; task: string } | null {
  const m = TASK_THEN_OWNER.exec(text.slice(-200));
  if (!m) return null;
  const owner = m[2]!.trim();
  if (!isOwnerLike(owner) || owner.split(/\s+/).length > 4) return null;
  const prefix = text.length > 200 ? text.slice(0, text.length - 200) : '';
  return { owner, task: (prefix + m[1]!).trim() };
}

/** "Fletcher - follow up the portal setup": an owner, a dash with spaces round it, then the work. */
export function splitOwnerDash(text: string): { owner: string; task: string } | null {
  const m = /^([^:\-–—]{1,40}?)\s+[-–—]\s+(\S.*)$/.exec(text.slice(0, 400));
  if (!m || !isOwnerLike(m[1]!) || m[1]!.split(/\s+/).length > 4) return null;
  if (isOwnerLike(m[2]!)) return null;
  return { owner: m[1]!.trim(), task: (m[2]! + text.slice(400)).trim() };
}

/** "Leo: add cert expiry alerts": an owner, a colon, then the work. */
export function splitOwnerColon(text: string): { owner: string; task: string } | null {
  const m = /^([^:]{1,40}):\s+(\S.*)$/.exec(text.slice(0, 400));
  if (!m || !isOwnerLike(m[1]!) || m[1]!.split(/\s+/).length > 4) return null;
  return { owner: m[1]!.trim(), task: (m[2]! + text.slice(400)).trim() };
}
