import { monthPattern } from './dates';
import { anyOf } from './lexicon/build';
import { TIME_LABEL_PREPOSITIONS, TIME_LABEL_WORDS } from './lexicon/due';
import { GROUP_SUBJECTS, NOT_OWNER_FIRST_WORDS, NOT_TASK_OPENINGS } from './lexicon/owners';
import { OUTCOME_DEGREES, OUTCOME_UNTIL, OUTCOME_WORDS } from './lexicon/status';
import { TASK_VERBS } from './lexicon/suggestions';
import { isOwnerLike, splitOwnerColon, splitOwnerTask, splitTaskOwner } from './owner-phrase';
import type { FoundAction } from './recognisers/types';
import { sentences } from './sentences';

/**
 * One line under an Actions label, read as the actions it holds. The forms:
 *   "JS to circulate the paper" · "Book the room – TJ" · "Leo: add alerts"        one action, owner as written
 *   "Everyone: Prepare the demo. Read the brief."                                  one action a sentence, one owner
 *   "Week 6: Select the features" · "By Friday: …"                                 a time before the colon: the due
 *   "Each member drafts two stories. Someone writes them up."                       the group subject owns each
 *   "Backup testing successful" · "Training postponed until July"                   a report of how it went: none
 *   "E.g. a shorter survey" · "We need a bigger room"                                an example, a group's need: none
 */

const TIME_LABEL = new RegExp(
  `^(?:${anyOf(TIME_LABEL_PREPOSITIONS)}\\s+)?(?:${anyOf(TIME_LABEL_WORDS)}|${monthPattern()})\\b`,
  'i',
);
const GROUP_SUBJECT = new RegExp(
  `^(${anyOf(GROUP_SUBJECTS)})\\s+(?:will\\s+|to\\s+|should\\s+|must\\s+)?[a-z]`,
  'i',
);
const OUTCOME = new RegExp(
  `^\\S.{2,80}?\\s+(?:is\\s+|was\\s+|has\\s+been\\s+|have\\s+been\\s+)?(?:${anyOf(OUTCOME_DEGREES)}\\s+)?(?:\\d{1,3}%\\s+)?${anyOf(
    OUTCOME_WORDS,
  )}(?:\\s+${anyOf(OUTCOME_UNTIL)}\\s+.{1,30})?[.!]?$`,
  'i',
);
const TASK_FIRST_WORD = new RegExp(`^${anyOf([...NOT_OWNER_FIRST_WORDS, ...TASK_VERBS])}\\b`, 'i');
const GERUND = /^[A-Z][a-z]+ing$/;
const NOT_A_TASK = new RegExp(`^${anyOf(NOT_TASK_OPENINGS)}(?=[\\s,])`, 'i');

/** The actions one line under an Actions label holds; null when it holds none. */
export function sectionLineActions(line: string, resolves: (owner: string) => boolean): FoundAction[] | null {
  const colon = /^([^:]{1,40}):\s+(\S.*)$/.exec(line);
  if (colon && TIME_LABEL.test(colon[1]!) && colon[1]!.split(/\s+/).length <= 5) {
    return eachSentence(colon[2]!, null, colon[1]!.trim(), resolves);
  }
  const owned = splitOwnerColon(line);
  if (owned) return eachSentence(owned.task, owned.owner, undefined, resolves);
  const parts = sentences(line)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // Several sentences, each with its own subject: each is an action.
  if (parts.length > 1 && parts.every((s) => GROUP_SUBJECT.test(s) || splitOwnerTask(s, resolves) !== null))
    return eachSentence(line, null, undefined, resolves);
  const one = oneAction(line, resolves);
  return one ? [one] : null;
}

function eachSentence(
  text: string,
  owner: string | null,
  due: string | undefined,
  resolves: (owner: string) => boolean,
): FoundAction[] | null {
  const found: FoundAction[] = [];
  for (const raw of sentences(text)) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const hit = owner !== null ? { owner, task: sentence } : oneAction(sentence, resolves);
    if (hit) found.push(due !== undefined ? { ...hit, due } : hit);
  }
  return found.length > 0 ? found : null;
}

function oneAction(line: string, resolves: (owner: string) => boolean): FoundAction | null {
  const group = GROUP_SUBJECT.exec(line);
  if (group) return { owner: group[1]!, task: line };
  const split = splitOwnerTask(line, resolves) ?? splitTaskOwner(line);
  if (split) return { owner: split.owner, task: split.task };
  if (isOutcome(line) || NOT_A_TASK.test(line)) return null;
  if (GERUND.test(line)) return { owner: null, task: line };
  if (line.length > 3 && !isOwnerLike(line)) return { owner: null, task: line };
  return null;
}

/** "Backup testing successful", "Review only 70% complete": how something went, with no task in it. */
function isOutcome(line: string): boolean {
  return OUTCOME.test(line) && !TASK_FIRST_WORD.test(line);
}
