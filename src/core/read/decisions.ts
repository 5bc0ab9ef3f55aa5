import { anyOf, capitalForms, caseForms } from './lexicon/build';
import {
  ACTING_OFFICERS,
  BODY_ADVERBS,
  BODY_DECISION_VERBS,
  DECIDING_BODIES,
  DECISION_LABELS,
  DECISION_OPENERS,
  DECISION_OPENERS_IN_CAPITALS,
  IMPERSONAL_OPENINGS,
  IT_WAS_ADVERBS,
  IT_WAS_VERBS,
  MEMBERS_SUBJECTS,
  MEMBERS_VERBS,
  MOTION_OPENERS,
  MOTION_SECONDS,
  MOTION_VERBS,
  NOT_DECIDED_AFTER_PASSIVE,
  NOT_DECISION_SUBJECTS,
  NOTING_AFTER_DECISION,
  OFFICE_OF_BODY,
  OPENING_ADVERBS,
  PASSIVE_DECISION_VERBS,
  PERSON_VERBS,
  NOT_YET_BEFORE_RECORD_VERB,
  RECORD_ADJECTIVES,
  RECORD_NOUNS,
  RECORD_SUBJECTS,
  RECORD_VERBS,
  WE_SUBJECTS,
  WE_VERBS,
} from './lexicon/decisions';

/**
 * Decisions and resolutions: "RESOLVED", "RESOLVED:", "DECISION:", "AGREED:", "It was resolved that …",
 * "The Board approved …", "The Committee agreed to …". Read as decisions, never as actions.
 */
const OPTIONAL_ADVERB = (adverbs: readonly string[]) => `(?:${anyOf(adverbs)} )?`;
const DECISION_START = new RegExp(
  `^(?:\\(?[a-z0-9]{1,3}[.)]\\s+)?(?:${anyOf(DECISION_OPENERS_IN_CAPITALS.map((w) => w.toUpperCase()))}\\b|${anyOf(
    DECISION_OPENERS.map((w) => caseForms(w)[1]),
  )}\\s*(?::|[-–—]|\\bthat\\b|\\bto\\b(?!\\s+[A-Z]{2,}\\b)))`,
);
const BODIES = anyOf(DECIDING_BODIES);
const BODY_VERBS = anyOf(BODY_DECISION_VERBS);
const BODY_DECIDED = new RegExp(
  `\\b(?:${anyOf(IMPERSONAL_OPENINGS)} ${OPTIONAL_ADVERB(IT_WAS_ADVERBS)}${anyOf(IT_WAS_VERBS)}\\b(?! ${anyOf(NOTING_AFTER_DECISION)})` +
    `|(?:^|(?<!\\b(?!${anyOf(MEMBERS_SUBJECTS)}\\b)[a-z]+\\s+${anyOf(OFFICE_OF_BODY)}\\s)\\bthe )${BODIES} ${OPTIONAL_ADVERB(BODY_ADVERBS)}${BODY_VERBS}\\b` +
    `|${anyOf(MEMBERS_SUBJECTS)} ${OPTIONAL_ADVERB(BODY_ADVERBS)}${anyOf(MEMBERS_VERBS)} (?:that|to)\\b)`,
  'i',
);

// "The Finance Committee approved …", "Full Council resolved …": a body named in capitals (case matters here, so
// the names before the body are names, not words of the sentence).
const titleCase = (phrase: string) =>
  phrase.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const NAMED_BODIES = anyOf(DECIDING_BODIES.flatMap((body) => [...caseForms(body), titleCase(body)]));
const NAMED_BODY_DECIDED = new RegExp(
  `^(?:[Tt]he\\s+)?(?:[A-Z][\\p{L}'’-]*\\s+(?:(?:and|&)\\s+)?){1,4}${NAMED_BODIES}\\s+(?:${anyOf(BODY_ADVERBS)}\\s+)?${BODY_VERBS}\\b`,
  'u',
);

// "The Board reviewed the framework and agreed the revised score": the body, its first verb, then the decision.
const BODY_THEN_DECIDED = new RegExp(
  `^(?:the )?${BODIES}\\b[^.;!?]{3,120}?\\band ${OPTIONAL_ADVERB(BODY_ADVERBS)}${BODY_VERBS}\\b`,
  'i',
);
// "The minutes were agreed as a correct record", "This project was unanimously approved", "Unanimously agreed
// that …", "Moved by A and seconded by B to approve …": a decision in the passive, or a motion.
const PASSIVE_DECIDED = new RegExp(
  `\\b(?:was|were|is|are|been)\\s+(?:${anyOf([...IT_WAS_ADVERBS, ...BODY_ADVERBS])}\\s+)?${anyOf(
    PASSIVE_DECISION_VERBS,
  )}\\b(?!\\s+(?:${anyOf(NOT_DECIDED_AFTER_PASSIVE)}|by the (?:[a-z]+ )?${anyOf(ACTING_OFFICERS)}s?\\b))` +
    `|(?:^|\\band\\s+)${anyOf(OPENING_ADVERBS)}\\s+${anyOf(IT_WAS_VERBS)}\\b` +
    `|^${anyOf(MOTION_OPENERS)}\\b.{1,80}?\\b${anyOf(MOTION_SECONDS)}\\b.{1,80}?\\bto\\s+${anyOf(MOTION_VERBS)}\\b`,
  'i',
);
// "Agreed as a correct record", "approved and signed as a true and accurate record": the minutes approved.
const RECORD_VERB = `(?<!\\b${anyOf(NOT_YET_BEFORE_RECORD_VERB)}\\s)${anyOf(RECORD_VERBS)}\\b`;
const AS_A_RECORD = `as an?\\s+${anyOf(RECORD_ADJECTIVES)}(?:\\s+and\\s+${anyOf(RECORD_ADJECTIVES)})?\\s+${anyOf(RECORD_NOUNS)}\\b`;
const RECORD_DECIDED = new RegExp(
  `(?:^|\\s)${RECORD_VERB}(?:\\s+and\\s+${anyOf(RECORD_VERBS)})?\\s+${AS_A_RECORD}` +
    // "Minutes of the meeting on 3 May approved.": the record approved without a verb of being.
    `|^(?:the\\s+)?${anyOf(RECORD_SUBJECTS)}\\b[^.;!?]{0,120}?\\s${RECORD_VERB}(?!\\s+(?:to|that|by the (?:[a-z]+ )?${anyOf(ACTING_OFFICERS)}s?)\\b)`,
  'i',
);
const NOT_DECISION_SUBJECT = new RegExp(`^(?:the\\s+)?${anyOf(NOT_DECISION_SUBJECTS)}\\b`, 'i');
// "We agreed to add …", "We decided that …": a team's notes decide in the first person.
const WE_DECIDED = new RegExp(`\\b${anyOf(WE_SUBJECTS)} (?:all )?${anyOf(WE_VERBS)}\\b`, 'i');
// "The PCC approved …", "The PCC agreed to …": a body named by its abbreviation.
const ABBREVIATION_DECIDED = new RegExp(
  `^([Tt]he\\s+)?([A-Z]{2,6})\\s+(?:${anyOf(BODY_ADVERBS)}\\s+)?(${BODY_VERBS})\\b`,
);

/**
 * Every word a decision pattern above needs: the quick test before them, and (at a word start) the reader's
 * pre-filter for pieces, so no decision phrasing can be dropped by a filter that forgot it.
 */
export const DECISION_TRIGGERS: readonly string[] = [
  ...new Set([
    ...DECISION_OPENERS_IN_CAPITALS,
    ...DECISION_OPENERS,
    ...DECISION_LABELS,
    ...IT_WAS_VERBS,
    ...BODY_DECISION_VERBS,
    ...MEMBERS_VERBS,
    ...WE_VERBS,
    ...PASSIVE_DECISION_VERBS,
    ...MOTION_OPENERS,
    ...RECORD_VERBS,
  ]),
];
const MAYBE_DECISION = new RegExp(anyOf(DECISION_TRIGGERS), 'i');

/**
 * `isPerson` says whether an abbreviation names an attendee: "The PCC approved …" is a decision whoever the
 * PCC is, but "The PCC agreed to …" is one only where the PCC is a body (a parochial church council), not a
 * person who takes on the work (a police and crime commissioner: a suggested action instead).
 */
export function isDecision(
  sentence: string,
  isPerson: (abbreviation: string) => boolean = () => false,
): boolean {
  if (!MAYBE_DECISION.test(sentence)) return false;
  if (sentence.length > 4000) return DECISION_START.test(sentence);
  if (
    DECISION_START.test(sentence) ||
    BODY_DECIDED.test(sentence) ||
    BODY_THEN_DECIDED.test(sentence) ||
    NAMED_BODY_DECIDED.test(sentence)
  )
    return true;
  if (WE_DECIDED.test(sentence)) return true;
  // "The following payments were approved:" leads into a list: the list is the decision, read item by item.
  // (A closing tag after the colon, as text pasted from a web page keeps, changes nothing.)
  if (
    !/:\s*(?:<\/[a-z]+>\s*)*$/i.test(sentence) &&
    !NOT_DECISION_SUBJECT.test(sentence) &&
    (PASSIVE_DECIDED.test(sentence) || RECORD_DECIDED.test(sentence))
  )
    return true;
  const abbreviation = ABBREVIATION_DECIDED.exec(sentence);
  if (abbreviation === null) return false;
  const [, the, letters, verb] = abbreviation;
  if (!PERSON_VERBS.includes(verb!)) return true;
  // "JS agreed to …": initials without "the" are a person's, in the list or not (the owner rules say which).
  return the !== undefined && !isPerson(letters!);
}

/** A line that is only a decision label ("RESOLVED:", "Decision"), whose words follow on the next line. */
const DECISION_LABEL = new RegExp(`^${anyOf(capitalForms(DECISION_LABELS))}\\s*[:\\-–—]?\\s*$`);
// The labels' first letters: one character rules out almost every line without the expression.
const LABEL_FIRST_LETTERS = new Set(DECISION_LABELS.map((w) => w.toUpperCase().charCodeAt(0)));

export function isDecisionLabel(line: string): boolean {
  return LABEL_FIRST_LETTERS.has(line.charCodeAt(0)) && DECISION_LABEL.test(line);
}

const LEADING_LABEL = new RegExp(`^${anyOf(capitalForms(DECISION_OPENERS))}\\s*[:\\-–—]?\\s*`);

const RECORD_AFTER_LABEL = new RegExp(`^${AS_A_RECORD}`, 'i');

/** The decision's words without the label ("Approved as a true record" is its own words: nothing is left out). */
export function decisionText(sentence: string): string {
  const words = sentence.replace(LEADING_LABEL, '').trim();
  return RECORD_AFTER_LABEL.test(words) ? sentence.trim() : words;
}
