import type { ActionStatus } from '../model/action';
import { isSpace } from '../locate';
import { anyOf } from './lexicon/build';
import { DONE_WORDS, IN_PROGRESS_WORDS, STATUS_LABELS, TO_BE_DONE } from './lexicon/status';

/**
 * An action's status written at the end of its words: "… – completed", "(done)", "Status: in progress".
 * Both patterns end at the end of the text, which a regular expression still scans from the start; the last
 * word decides first whether either can match, so most actions (ending in any other word) cost no scan.
 */
const DONE = anyOf(DONE_WORDS);
const IN_PROGRESS_WORDING = anyOf(IN_PROGRESS_WORDS);
const LABEL = anyOf(STATUS_LABELS);
const DONE_STATUS = new RegExp(`(?:[-–—:(]\\s*|\\b${LABEL}\\s*:?\\s*|\\b)${DONE}\\s*\\)?\\.?$`, 'i');
const IN_PROGRESS = new RegExp(
  `(?:[-–—:(]\\s*|\\b${LABEL}\\s*:?\\s*)${IN_PROGRESS_WORDING}\\s*\\)?\\.?$`,
  'i',
);
const TO_COMPLETE = new RegExp(`\\bto\\s+${anyOf(TO_BE_DONE)}\\s*\\.?$`, 'i');
// The words either pattern can end with (the last word of each); the label may come right before them.
const LAST_WORDS = [...DONE_WORDS, ...IN_PROGRESS_WORDS].map((w) => w.split(' ').pop()!);
const STATUS_WORD_AT_END = new RegExp(`${anyOf(LAST_WORDS)}$`, 'i');
const LONGEST_STATUS_WORD = Math.max(...LAST_WORDS.map((w) => w.length));

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A space, ")" or "." after the status word. */
function isClosing(c: number): boolean {
  return isSpace(c) || c === 41 || c === 46;
}

/** Whether the last letters, before any closing spaces, brackets and full stops, end with a status word. */
function endsWithStatusWord(text: string): boolean {
  let end = text.length;
  while (end > 0 && isClosing(text.charCodeAt(end - 1))) end -= 1;
  let start = end;
  while (start > 0 && end - start < LONGEST_STATUS_WORD && isLetter(text.charCodeAt(start - 1))) start -= 1;
  return STATUS_WORD_AT_END.test(text.slice(start, end));
}

// "only 70% complete": part of it is done, so it is under way.
const PART_DONE = new RegExp(`\\b(?:[1-9]\\d?(?:\\.\\d+)?)\\s*%\\s*${DONE}\\s*\\)?\\.?$`, 'i');

export function statusOf(text: string): ActionStatus {
  if (!endsWithStatusWord(text)) return 'Open';
  if (PART_DONE.test(text)) return 'In progress';
  if (DONE_STATUS.test(text) && !TO_COMPLETE.test(text)) return 'Done';
  if (IN_PROGRESS.test(text)) return 'In progress';
  return 'Open';
}

/** The action's words without the status written at their end. */
export function withoutStatus(task: string): string {
  return task.replace(DONE_STATUS, '').replace(IN_PROGRESS, '');
}
