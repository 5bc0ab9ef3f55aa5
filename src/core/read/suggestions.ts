import type { ResolvedOwner } from '../model/attendee';
import { trimTask } from './markers';

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

const OWNER = String.raw`((?:[Tt]he\s+)?[A-Z][\p{L}'’.\-]*(?:\s+(?:and|&|\/|of|for|of the|to)?\s*[A-Z][\p{L}'’.\-]*){0,3}(?:\/[A-Z][\p{L}]*)?)`;
const AT_START = new RegExp(
  String.raw`^(?:(?:[Ii]t was |[Ii]t was also )?(?:[Aa]greed|AGREED)(?: that)?:?\s+|[Ff]ollowing discussion,?\s+)?${OWNER}\s+(to|will(?: also)?|agreed to|also agreed to|undertook to|offered to|volunteered to|was asked to|were asked to|is to|are to|would)\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
const FOR_OWNER = new RegExp(String.raw`\bfor\s+(?:the\s+)?${OWNER}\s+to\s+([a-z][\p{L}'’\-]*)`, 'u');
const ASKED_OWNER = new RegExp(
  String.raw`\b(?:asked|requested|invited|tasked|instructed)\s+(?:the\s+)?${OWNER}\s+to\s+([a-z][\p{L}'’\-]*)`,
  'u',
);
const LATER_OWNER = [FOR_OWNER, ASKED_OWNER];
/**
 * How either of LATER_OWNER starts: the word, then a capital (maybe after "the"). One scan instead of two, and
 * "asked whether", "for an assessment" need neither.
 */
const MAYBE_LATER_OWNER =
  /\b(?:for|asked|requested|invited|tasked|instructed)\s+(?:the\s+)?(?:[Tt]he\s+)?[A-Z]/;
const MAYBE_SUGGESTION = /\s(?:to|will|would)\s/;
/**
 * Every place MAYBE_SUGGESTION can match, in a longer text: the space after the word is looked at, not taken,
 * so a joining word right after another ("… to will …") is found too.
 */
export const JOINING_WORD_ANYWHERE = /\s(?:to|will|would)(?=\s)/g;
const AGREED_PREFIX = /^(?:it was |it was also )?agreed/i;
// Verbs after "will" that describe, rather than commit: "The Chair will be away".
const NOT_A_COMMITMENT =
  /^(?:be|have|not|also|continue|remain|need|like|expect|see|say|said|say|hear|probably|likely|still|now|then)$/i;
const DONE =
  /\b(?:has|have|had) (?:now )?(?:been )?(?:completed|done|closed|circulated|shared|sent)\b|[-–—(]\s*(?:complete|completed|closed|done)\b/i;

/** The suggestion in one sentence, when it has one whose owner resolves. */
export function findSuggestion(
  sentence: string,
  resolve: (owner: string) => ResolvedOwner[],
): SuggestionHit | null {
  if (sentence.length > 1500 || !MAYBE_SUGGESTION.test(sentence)) return null;
  const hit = suggestionIn(sentence, resolve);
  // Completed work is not a suggestion; looked for only once there is a suggestion to refuse.
  return hit !== null && !DONE.test(sentence) ? hit : null;
}

function suggestionIn(sentence: string, resolve: (owner: string) => ResolvedOwner[]): SuggestionHit | null {
  const start = AT_START.exec(sentence);
  if (start) {
    const join = start[2]!;
    const verb = start[3]!;
    const agreed = AGREED_PREFIX.test(sentence);
    const ok = join === 'would' ? agreed : !(join.startsWith('will') && NOT_A_COMMITMENT.test(verb));
    if (ok) {
      const hit = build(start[1]!, sentence.slice(start.index + start[0].length - verb.length), resolve);
      if (hit) return hit;
    }
  }
  if (!MAYBE_LATER_OWNER.test(sentence)) return null;
  for (const re of LATER_OWNER) {
    const m = re.exec(sentence);
    if (!m) continue;
    const verb = m[2]!;
    const hit = build(m[1]!, sentence.slice(m.index + m[0].length - verb.length), resolve);
    if (hit) return hit;
  }
  return null;
}

function build(
  ownerWritten: string,
  task: string,
  resolve: (owner: string) => ResolvedOwner[],
): SuggestionHit | null {
  const owner = ownerWritten.replace(/^the\s+/i, '').trim();
  const owners = resolve(owner);
  if (owners.length === 0) return null;
  return { owner, owners, task: trimTask(task) };
}
