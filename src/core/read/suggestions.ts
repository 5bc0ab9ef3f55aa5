import type { ResolvedOwner } from '../model/attendee';
import { anyOf, literal } from './lexicon/build';
import {
  ACTION_POINT_PREFIXES,
  AGREED_ONLY_JOINS,
  AGREED_PREFIXES,
  AGREED_WORDS,
  ASKING_VERBS,
  CLAUSE_OPENERS,
  DISCUSSION_OPENINGS,
  DONE_AFTER_DASH,
  DONE_PARTICIPLES,
  FOR_WORDS,
  NOT_A_COMMITMENT,
  SUGGESTION_JOINS,
} from './lexicon/suggestions';
import { FIRST_PERSON_OWNERS, TEAM_OWNER_LINKS, TEAM_OWNER_TAILS } from './lexicon/owners';
import { trimTask } from './markers';
import { startsTask, writtenAsOwner } from './written-owner';

/**
 * Actions written as prose, with no marker: "JS to circulate …", "The Clerk will …", "Jane agreed to …",
 * "It was agreed that HP would …", "… was for the CC to share …", "The Chair asked the Clerk to …".
 * Only where the person resolves to an attendee; they come out as suggestions (marked = false).
 * Conservative on purpose: reported speech ("said", "would expect") and completed work are left alone.
 */
export interface SuggestionHit {
  owner: string;
  owners: ResolvedOwner[];
  task: string;
}

// "Ken and team", "Ken and his team": a person with their team, the team's word in lower case.
const AND_TEAM = String.raw`(?:\s+(?:and|&)\s+(?:${anyOf(TEAM_OWNER_LINKS)}\s+)?${anyOf(TEAM_OWNER_TAILS)})?`;
const OWNER = String.raw`((?:[Tt]he\s+)?[A-Z][\p{L}'’.\-]*(?:\s+(?:and|&|\/|of|for|of the|to)?\s*[A-Z][\p{L}'’.\-]*){0,4}(?:\/[A-Z][\p{L}]*)?${AND_TEAM})`;
const JOINS = Object.values(SUGGESTION_JOINS).flat();
type JoiningWord = keyof typeof SUGGESTION_JOINS;
/** The joining word a join holds ("agreed to" → "to"). */
const JOINING_WORD_OF = new Map<string, JoiningWord>(
  (Object.entries(SUGGESTION_JOINS) as [JoiningWord, readonly string[]][]).flatMap(([word, joins]) =>
    joins.map((join) => [join, word] as const),
  ),
);
/** "It was agreed that", "AGREED:", "Following discussion,": openings before the person, any first-letter case. */
const firstLetterEitherCase = (phrase: string) =>
  `[${phrase.charAt(0).toUpperCase()}${phrase.charAt(0)}]${literal(phrase.slice(1))}`;
const eitherCase = (phrases: readonly string[]) =>
  `(?:${[...phrases]
    .sort((a, b) => b.length - a.length)
    .map(firstLetterEitherCase)
    .join('|')})`;
const AGREED_OPENING = `(?:${eitherCase(AGREED_PREFIXES)} )?(?:${eitherCase(AGREED_WORDS)}|${anyOf(
  AGREED_WORDS.map((w) => w.toUpperCase()),
)})`;
const DISCUSSION_OPENING = eitherCase(DISCUSSION_OPENINGS);
// "AP132 MR to email …": an action point's reference before the person.
const ACTION_POINT_REF = String.raw`(?:${anyOf(ACTION_POINT_PREFIXES)}\d{1,4}[a-z]?[.:)]?\s+)?`;
const AT_START = new RegExp(
  String.raw`^${ACTION_POINT_REF}(?:${AGREED_OPENING}(?: that)?:?\s+|${DISCUSSION_OPENING},?\s+)?${OWNER}\s+(${anyOf(JOINS)})\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
const FOR_OWNER = new RegExp(
  String.raw`\b${anyOf(FOR_WORDS)}\s+(?:the\s+)?${OWNER}\s+to\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
const ASKED_OWNER = new RegExp(
  String.raw`\b${anyOf(ASKING_VERBS)}\s+(?:the\s+)?${OWNER}\s+to\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
// "Hedge overhangs the path, Clerk to write to the owner": a clause after a comma, semicolon, dash or "so".
const CLAUSE_OWNER = new RegExp(
  String.raw`(?:[,;–—]|\b${anyOf(CLAUSE_OPENERS)})\s+(?:the\s+)?${OWNER}\s+(?:to|will|would)\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
// "Priya asked us to tidy the code", "For us to advise": work given to the people who write the notes, by a
// person named (not "the church has asked us to …", a request that someone named then takes on).
const ASKED_US = new RegExp(
  String.raw`(?:(?<![Tt]he\s+)\b[A-Z][\p{L}'’\-]+\s+(?:has\s+|had\s+)?${anyOf(ASKING_VERBS)}|^${eitherCase(FOR_WORDS)})\s+(${anyOf(FIRST_PERSON_OWNERS)})\s+to\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
const MAYBE_US = new RegExp(String.raw`\b${anyOf(FIRST_PERSON_OWNERS)}\s+to\s`);
const LATER_OWNER = [FOR_OWNER, ASKED_OWNER, CLAUSE_OWNER, ASKED_US];
/** Who may own what each of LATER_OWNER finds, when the attendance list does not name them. */
const UNKNOWN_MAY_OWN = new Map<RegExp, UnknownOwner>([
  [FOR_OWNER, 'never'],
  [ASKED_OWNER, 'written'],
  [CLAUSE_OWNER, 'written'],
  [ASKED_US, 'always'],
]);
/**
 * How either of LATER_OWNER starts: the word, then a capital (maybe after "the"). One scan instead of two, and
 * "asked whether", "for an assessment" need neither.
 */
const MAYBE_LATER_OWNER = new RegExp(
  String.raw`\b${anyOf([...FOR_WORDS, ...ASKING_VERBS, ...CLAUSE_OPENERS])}\s+(?:the\s+)?(?:[Tt]he\s+)?[A-Z]`,
);
/**
 * What every owner pattern here finds before its join: a word with a capital ("JS", "the Clerk", "Cllr Lee"), a
 * team ("Ken and team") or "us", then the join. Most sentences with a joining word have none ("plans to",
 * "needs to"): they are refused with one test instead of the four or five the owner patterns take.
 */
export const OWNER_BEFORE_JOIN = new RegExp(
  String.raw`(?:[A-Z][\p{L}'’.\-]*|${anyOf(TEAM_OWNER_TAILS)}|${anyOf(FIRST_PERSON_OWNERS)})\s+${anyOf(JOINS)}\s`,
  'u',
);
/** The word every join holds ("agreed to" holds "to"): a sentence without one holds no suggestion. */
const JOINING_WORDS = anyOf(Object.keys(SUGGESTION_JOINS));
const MAYBE_SUGGESTION = new RegExp(String.raw`\s${JOINING_WORDS}\s`);
/**
 * Every place MAYBE_SUGGESTION can match, in a longer text: the space after the word is looked at, not taken,
 * so a joining word right after another ("… to will …") is found too.
 */
export const JOINING_WORD_ANYWHERE = new RegExp(String.raw`\s${JOINING_WORDS}(?=\s)`, 'g');
const AGREED_PREFIX = new RegExp(`^(?:${anyOf(AGREED_PREFIXES)} )?${anyOf(AGREED_WORDS)}`, 'i');
// Verbs after "will" that describe, rather than commit: "The Chair will be away".
const NOT_A_COMMITMENT_VERB = new RegExp(`^${anyOf(NOT_A_COMMITMENT)}$`, 'i');
const DONE = new RegExp(
  `\\b(?:has|have|had) (?:now )?(?:been )?${anyOf(DONE_PARTICIPLES)}\\b|[-–—(]\\s*${anyOf(DONE_AFTER_DASH)}\\b`,
  'i',
);

/**
 * "It was agreed that the Clerk should write …", "It was agreed that the Chairman, Cllr Lee should write …": an
 * agreement that names who is to act, maybe a role then the person's name.
 */
const AGREED_SHOULD = new RegExp(
  String.raw`^${AGREED_OPENING}\s+that\s+(?:((?:[Tt]he\s+)?[A-Z][\p{L}'’\-]*),\s+)?${OWNER}\s+${anyOf(AGREED_ONLY_JOINS)}\s+([a-z][\p{L}'’\-]*)`,
  'u',
);

/** The suggestion in "It was agreed that X should …", when X resolves or is written as an owner. */
export function findAgreedShould(
  sentence: string,
  resolve: (owner: string) => ResolvedOwner[],
): SuggestionHit | null {
  const m = sentence.length > 1500 ? null : AGREED_SHOULD.exec(sentence);
  if (!m || NOT_A_COMMITMENT_VERB.test(m[3]!) || DONE.test(sentence)) return null;
  const task = sentence.slice(m.index + m[0].length - m[3]!.length);
  const role = m[1];
  if (!role) return build(m[2]!, task, resolve);
  // The role before the comma says the name after it is a person's.
  if (!writtenAsOwner(role)) return null;
  const owner = m[2]!.trim();
  return { owner, owners: resolve(owner), task: trimTask(task) };
}

/** The suggestion in one sentence, when it has one whose owner resolves. */
export function findSuggestion(
  sentence: string,
  resolve: (owner: string) => ResolvedOwner[],
): SuggestionHit | null {
  if (sentence.length > 1500 || !MAYBE_SUGGESTION.test(sentence) || !OWNER_BEFORE_JOIN.test(sentence))
    return null;
  const hit = suggestionIn(sentence, resolve);
  // Completed work is not a suggestion; looked for only once there is a suggestion to refuse.
  return hit !== null && !DONE.test(sentence) ? hit : null;
}

function suggestionIn(sentence: string, resolve: (owner: string) => ResolvedOwner[]): SuggestionHit | null {
  const start = AT_START.exec(sentence);
  if (start) {
    const join = JOINING_WORD_OF.get(start[2]!);
    const verb = start[3]!;
    const agreed = AGREED_PREFIX.test(sentence);
    // "X would send …" is how minutes in the past tense record a commitment; "X would be …" is not one.
    const ok =
      join === 'would'
        ? agreed || !NOT_A_COMMITMENT_VERB.test(verb)
        : !(join === 'will' && NOT_A_COMMITMENT_VERB.test(verb));
    if (ok) {
      const hit = build(start[1]!, sentence.slice(start.index + start[0].length - verb.length), resolve);
      if (hit) return hit;
    }
  }
  // The clause's punctuation first: one character class, and where it is found the word scan is not needed.
  if (!/[,;–—]\s/.test(sentence) && !MAYBE_LATER_OWNER.test(sentence) && !MAYBE_US.test(sentence))
    return null;
  for (const re of LATER_OWNER) {
    const m = re.exec(sentence);
    if (!m) continue;
    const verb = m[2]!;
    // "… was for LCGC to review …" names a body as often as a person: there the owner must resolve.
    const hit = build(
      m[1]!,
      sentence.slice(m.index + m[0].length - verb.length),
      resolve,
      UNKNOWN_MAY_OWN.get(re),
    );
    if (hit) return hit;
  }
  return null;
}

/** An owner the attendance list does not name may own: never, when written as one (a role, initials), always. */
type UnknownOwner = 'never' | 'written' | 'always';

function build(
  ownerWritten: string,
  task: string,
  resolve: (owner: string) => ResolvedOwner[],
  unknownMayOwn: UnknownOwner = 'written',
): SuggestionHit | null {
  const owner = ownerWritten.replace(/^the\s+/i, '').trim();
  const owners = resolve(owner);
  // Unknown to the attendance list: a role, initials or a titled name still own it ("Clerk to write …").
  if (owners.length === 0 && unknownMayOwn !== 'always') {
    if (unknownMayOwn === 'never' || !writtenAsOwner(owner) || !startsTask(task.split(/\s/, 1)[0] ?? ''))
      return null;
  }
  return { owner, owners, task: trimTask(task) };
}
