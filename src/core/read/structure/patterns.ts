import { MARKING_PATTERN } from '../header';
import { anyOf, literal } from '../lexicon/build';
import { remembered } from '../remembered';
import { APPROVED_WORDS, DRAFT_WORDS, MARKING_LINE_FILLERS } from '../lexicon/header';
import { HEADING_STYLES, TITLE_STYLES } from '../lexicon/headings';
import { SHORT_OWNER_JOINS } from '../lexicon/markers';
import { JOINT_OWNER_CONNECTORS } from '../lexicon/owners';
import {
  ACTION_SECTION_LABELS,
  ACTION_SECTION_PREFIXES,
  ACTION_SECTION_SUFFIXES,
  CLOSING_LINES,
  NEXT_MEETING_TITLES,
  TIMED_ACTION_SECTION_LABELS,
} from '../lexicon/sections';

/** The expressions of pass one, each built from the lexicon. */

/** Whether a paragraph's style is one of a list of style names. */
export interface StyleTest {
  test(style: string): boolean;
}

// "#" in a style name stands for the heading level. A document has few styles and every line asks: answers are kept.
const styleNames = (names: readonly string[]): StyleTest => {
  const pattern = new RegExp(`^(?:${names.map((n) => literal(n).replace(/#/g, '\\d')).join('|')})$`, 'i');
  return { test: remembered((style) => pattern.test(style)) };
};
export const HEADING_STYLE = styleNames(HEADING_STYLES);
export const TITLE_STYLE = styleNames(TITLE_STYLES);

/**
 * "Actions:", "Agreed actions", "Next steps", "To do before the next week:", "Plan for next week:": a label or
 * heading that opens a list of actions.
 */
export const ACTION_SECTION = new RegExp(
  `^(?:(?:${anyOf(ACTION_SECTION_PREFIXES)}\\s+)?${anyOf(ACTION_SECTION_LABELS)}(?:\\s+${anyOf(
    ACTION_SECTION_SUFFIXES,
  )})?|${anyOf(TIMED_ACTION_SECTION_LABELS)}\\s+${anyOf(ACTION_SECTION_SUFFIXES)})\\s*:?$`,
  'i',
);

/** "Meeting closed at 11:15", "There being no other business": the business is over. */
export const CLOSING_LINE = new RegExp(`^${anyOf(CLOSING_LINES)}\\b`, 'i');

/** An item title about the next meeting ("Date of next meeting"). */
export const NEXT_MEETING_TITLE = new RegExp(`\\b${anyOf(NEXT_MEETING_TITLES)}`, 'i');

/** "JS to …", "HP and GC will …": initials and a join, so "1. JS to circulate" is an action, not an item. */
export const OWNER_TO = new RegExp(
  `^[A-Z]{2,5}(?:\\s*${anyOf(JOINT_OWNER_CONNECTORS)}\\s*[A-Z]{2,5})*\\s+${anyOf(SHORT_OWNER_JOINS)}\\s`,
);

/** A line of nothing but markings, statuses and their filler words ("OFFICIAL – SENSITIVE", "DRAFT"). */
export const MARKING_LINE_WORDS = new RegExp(
  `\\b(?:${MARKING_PATTERN}|${anyOf([...DRAFT_WORDS, ...APPROVED_WORDS, ...MARKING_LINE_FILLERS])})\\b`,
  'gi',
);
