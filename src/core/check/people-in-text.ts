import type { Attendee } from '../model';
import { anyOf } from '../read/lexicon/build';
import { NOT_PEOPLE_ACRONYMS, PERSON_TAKING_WORDS, SPEAKING_VERBS } from '../read/lexicon/organisations';
import { JOINT_OWNER_CONNECTORS } from '../read/lexicon/owners';
import { INITIALISM_MINOR_WORDS, ROLE_CONNECTORS } from '../read/lexicon/people';

/**
 * Initials in running text are only taken for a person where the sentence uses them as one: before a verb of
 * speaking or reporting ("JI asked", "CP and TD agreed") or after a word that takes a person ("agreed by JI",
 * "asked JI"). Acronyms in any other position (VAWG, NPCC, CPD …) are never looked at.
 */

/** Acronyms that name bodies, programmes or things, never a person, even in a person position. */
export const NOT_PEOPLE: ReadonlySet<string> = new Set(NOT_PEOPLE_ACRONYMS);

const TOKEN = '[A-Z]{2,4}(?![A-Za-z0-9])';
/** The words that join two people ("and", "&", "/", ","), from the lexicon. */
const JOINER = anyOf(JOINT_OWNER_CONNECTORS);
/** More people after the first: ", CP", " and TD", "/CP", " & TD". */
const MORE_PEOPLE = String.raw`(?:\s*${JOINER}\s*${TOKEN})*`;

const VERBS_AFTER = SPEAKING_VERBS;
const WORDS_BEFORE = PERSON_TAKING_WORDS;

/** Any initials-like token is two to four capitals standing alone: nothing of a word on either side. */
const NOT_BEFORE = '(?<![A-Za-z0-9\\u00c0-\\u024f])';
const NOT_AFTER = '(?![A-Za-z0-9\\u00c0-\\u024f])';
/** After a candidate: maybe more people, then a verb of speaking or reporting ("JI and CP agreed"). */
const VERB_AFTER = new RegExp(`${MORE_PEOPLE}\\s+(?:${VERBS_AFTER.join('|')})(?![A-Za-z])`, 'y');
/** Before a candidate: a person-taking word, maybe with people before it ("agreed by CP and JI"). */
const WORD_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${WORDS_BEFORE.join('|')})\\s+(?:[A-Z]{2,4}\\s*${JOINER}\\s*)*$`,
);
/** How far back a person-taking word may be: a few listed people at most. */
const LOOK_BACK = 60;

/**
 * The candidate scan for one set of ignored tokens: CANDIDATE, told to pass over the ignored ones itself. Minutes
 * name the same defined roles and initials in almost every paragraph ("The PCC asked … the DCC replied"), and
 * skipping them inside the expression costs far less than handing each one back to be looked up.
 */
const CANDIDATE_SCANS = new WeakMap<ReadonlySet<string>, RegExp>();

function candidateScan(ignore: ReadonlySet<string>): RegExp {
  let scan = CANDIDATE_SCANS.get(ignore);
  if (scan === undefined) {
    const skipped = [...new Set([...ignore, ...NOT_PEOPLE])].filter((t) => /^[A-Z]{2,4}$/.test(t));
    const notSkipped = skipped.length > 0 ? `(?!(?:${skipped.join('|')})${NOT_AFTER})` : '';
    scan = new RegExp(`${NOT_BEFORE}${notSkipped}[A-Z]{2,4}${NOT_AFTER}`, 'g');
    CANDIDATE_SCANS.set(ignore, scan);
  }
  return scan;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Each set of initials used as a person in `text`, once per use, in order. Candidates in `ignore` (initials
 * already defined, known bodies) are skipped before their context is looked at, so the scan stays one pass.
 */
export function initialsUsedAsPeople(text: string, ignore: ReadonlySet<string> = NOT_PEOPLE): string[] {
  const found: string[] = [];
  const scan = candidateScan(ignore);
  scan.lastIndex = 0;
  while (scan.test(text)) {
    // A candidate is a whole run of two to four capitals, so it starts where the run does.
    const end = scan.lastIndex;
    let start = end - 2;
    while (start > 0 && isCapital(text.charCodeAt(start - 1))) start -= 1;
    VERB_AFTER.lastIndex = end;
    if (VERB_AFTER.test(text) || WORD_BEFORE.test(text.slice(Math.max(0, start - LOOK_BACK), start))) {
      found.push(text.slice(start, end));
    }
  }
  return found;
}

/** The initials in an owner or a list of people ("JI/CP", "HP and GC"); names and other words left out. */
export function splitPeople(text: string): string[] {
  return text.split(/[^A-Za-z]+/).filter((t) => /^[A-Z]{2,4}$/.test(t) && !NOT_PEOPLE.has(t));
}

/** Words a capacity's initialism leaves out ("Head of Finance" → HF): the role connectors and a few prepositions. */
const MINOR_WORDS = new Set([...ROLE_CONNECTORS, ...INITIALISM_MINOR_WORDS]);

/**
 * Every way the attendance list lets a person be named by initials: their initials, the abbreviations in
 * their capacity ("Police and Crime Commissioner (PCC)", "OPCC Intern"), and the capacity's own initialism
 * ("Chief Constable" → "CC"). Initials worked out from a name are not definitions: that is the point of the rule.
 */
export function definedInitials(attendees: readonly Attendee[]): Set<string> {
  const defined = new Set<string>();
  for (const attendee of attendees) {
    const initials = attendee.initials.replace(/[^A-Za-z]/g, '').toUpperCase();
    if (initials !== '') defined.add(initials);
    for (const word of `${attendee.capacity} ${attendee.name}`.split(/[^A-Za-z]+/)) {
      if (/^[A-Z]{2,6}$/.test(word)) defined.add(word);
    }
    const initialism = attendee.capacity
      .replace(/\([^)]*\)/g, ' ')
      .split(/[\s/,-]+/)
      .filter((w) => w !== '' && !MINOR_WORDS.has(w.toLowerCase()))
      .map((w) => w[0] ?? '')
      .join('');
    if (/^[A-Z]{2,6}$/.test(initialism)) defined.add(initialism);
  }
  return defined;
}
