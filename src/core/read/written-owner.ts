import { isHonorific } from './clean';
import { anyOf, caseForms } from './lexicon/build';
import { NOT_PEOPLE_ACRONYMS } from './lexicon/organisations';
import { NOT_A_TASK_VERB, ROLE_OWNER_HEADS, TEAM_OWNER_TAILS } from './lexicon/owners';
import { isOwnerLike } from './owner-phrase';

/**
 * Owners a prose action may name although the attendance list does not (it is often missing or partial): a
 * role title ("Clerk", "The Director of Finance"), initials ("PJR", "MR / BB"), a titled name
 * ("Cllr. O. Williams"), or a team ("The Events Team", "Ken and team"). A first name alone ("Sam to …") must still resolve: too many sentences open with a
 * capitalised word that names no one.
 */
const ROLE_HEAD = new RegExp(`^(?:the\\s+)?${anyOf(ROLE_OWNER_HEADS)}\\b`, 'i');
// "Parish Clerk", "Finance Director", "City Administrator Portner": one word before the role title.
const ROLE_SECOND = new RegExp(
  `^(?:[Tt]he\\s+)?[A-Z][\\p{L}\\-]*\\s+${anyOf(ROLE_OWNER_HEADS.map((head) => caseForms(head)[1]))}\\b`,
  'u',
);
const TEAM_TAIL = new RegExp(`\\b${anyOf(TEAM_OWNER_TAILS)}$`, 'i');
const INITIALS = /^[A-Z]{2,4}$/;
const JOINER = /^(?:and|&|\/|,)$/;
const NOT_PEOPLE = new Set(NOT_PEOPLE_ACRONYMS);
const NOT_A_VERB = new RegExp(`^${anyOf(NOT_A_TASK_VERB)}$`, 'i');

export function writtenAsOwner(owner: string): boolean {
  const text = owner.trim();
  if (TEAM_TAIL.test(text) && text.split(/\s+/).length <= 5) return /^[A-Z]/.test(text);
  if (!isOwnerLike(text)) return false;
  if (ROLE_HEAD.test(text) || ROLE_SECOND.test(text)) return true;
  const words = text.split(/\s+|(?=\/)|(?<=\/)/).filter((w) => w.length > 0);
  if (isHonorific(words[0]!) && words.length > 1) return true;
  let initials = 0;
  for (const w of words) {
    if (JOINER.test(w)) continue;
    if (!INITIALS.test(w) || NOT_PEOPLE.has(w)) return false;
    initials += 1;
  }
  return initials > 0;
}

/** Whether the word after "X to" / "X will" can start the task ("to write", not "to the Council"). */
export function startsTask(word: string): boolean {
  return !NOT_A_VERB.test(word);
}
