import { readStatusLabel } from '../attendance';
import { stripBullet } from '../clean';
import { findDate } from '../dates';
import { findDue } from '../due';
import { type ItemHeading, letteredSubItem, nextItemNumber, numberCell, partTwo } from '../items';
import { anyOf } from '../lexicon/build';
import {
  ACTION_SECTION_LABELS,
  FIRST_PERSON_ACTION_LABELS,
  TIMED_ACTION_SECTION_LABELS,
} from '../lexicon/sections';
import { isOwnerLike } from '../owner-phrase';
import { ACTION_SECTION, CLOSING_LINE, OWNER_TO } from '../structure/patterns';
import { addPiece, type ReadState, startItem } from '../structure/state';
import type { LineRecogniser } from './structure-types';

/** Lines of the business: item headings, "Actions" labels, and the body text pass two reads. */

/** "1. JS to circulate the paper" in a list of actions, or with an owner and "to": an action, not an item. */
export const numberedActionLine: LineRecogniser<string> = {
  id: 'numbered-action-line',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    const heading = line.itemHeading;
    if (!heading || line.isHeading || !(state.actionSection || OWNER_TO.test(heading.title))) return null;
    return heading.title + (heading.rest ? ` ${heading.rest}` : '');
  },
  read: (text, line, state) => addPiece(state, text, line.paragraph),
  examples: [
    { given: '1. JS to circulate the paper', gives: 'JS to circulate the paper' },
    { given: '2. Book the room', after: 'actions', gives: 'Book the room' },
    { given: '2. Finance report', gives: null },
  ],
};

/** "2.1 Finance report", "Item 3 – Budget": an item starts; text after its title is the item's first text. */
export const itemHeading: LineRecogniser<ItemHeading> = {
  id: 'item-heading',
  unit: 'line',
  triggers: [],
  recognise: (line) => line.itemHeading,
  read(heading, line, state) {
    startItem(state, heading, line.paragraph, 'item-heading');
    if (heading.rest) addPiece(state, heading.rest, line.paragraph);
  },
  examples: [
    {
      given: '2.1 Finance report',
      gives: { number: '2.1', title: 'Finance report', rest: '', confidential: false },
    },
    {
      given: 'Item 9 – Staffing (Part II)',
      gives: { number: '9', title: 'Staffing', rest: '', confidential: true },
    },
    { given: '1. The board noted the report.', gives: null },
  ],
};

/**
 * A paragraph Word's list numbers ("2." shown, "Finance" written) that reads as an item heading: an item, read
 * before labels, so a numbered "Apologies" is the item that opens the list, not a bare label. Inside an
 * attendance list only a label-like title is an item ("3. Apologies"); numbered names stay attendees.
 */
export const listNumberedItemHeading: LineRecogniser<ItemHeading> = {
  id: 'list-numbered-item-heading',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (!line.unit.listString || state.actionSection) return null;
    const heading = line.itemHeading;
    if (!heading || OWNER_TO.test(heading.title)) return null;
    if (state.attendance !== null && !readStatusLabel(line.text)) return null;
    return heading;
  },
  read(heading, line, state) {
    startItem(state, heading, line.paragraph, 'list-numbered-item-heading');
    if (heading.rest) addPiece(state, heading.rest, line.paragraph);
  },
  examples: [
    {
      given: 'Apologies',
      listString: '1.',
      gives: { number: '1', title: 'Apologies', rest: '', confidential: false },
    },
    { given: 'Jane Smith', listString: '2.', after: 'present', gives: null },
    { given: 'Apologies', gives: null },
  ],
};

/**
 * "2. Minutes of the last meeting were agreed and signed." after item 1: a numbered line with the next item's
 * number starts that item even where it reads as a sentence or runs on into its text (pages flattened to
 * text do that); a numbered sentence with any other number stays a list entry.
 */
export const itemHeadingInSequence: LineRecogniser<ItemHeading> = {
  id: 'item-heading-in-sequence',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (state.actionSection || line.text.length > 2000) return null;
    // The heading first: most lines are not numbered, and the look back over the item's list costs more.
    const heading = line.itemHeadingAsHeading;
    if (heading === null) return null;
    const last = state.out.items.items.at(-1);
    const next = last ? nextItemNumber(last.number) : null;
    if (next === null || heading.number !== next || numberedListInItem(state)) return null;
    return OWNER_TO.test(heading.title) ? null : heading;
  },
  read(heading, line, state) {
    startItem(state, heading, line.paragraph, 'item-heading-in-sequence');
    if (heading.rest) addPiece(state, heading.rest, line.paragraph);
  },
  examples: [
    {
      given: '2. Minutes of the last meeting were agreed and signed.',
      after: 'item',
      gives: { number: '2' },
    },
    { given: '5. The treasurer reported a surplus on the year.', after: 'item', gives: null },
    { given: '2. JS to circulate the paper', after: 'item', gives: null },
    { given: '2. The board agreed the budget.', after: 'numbered-entry', gives: null },
  ],
};

/** Whether the open item already holds a numbered list entry ("1. The board noted …"): its list goes on. */
function numberedListInItem(state: Readonly<ReadState>): boolean {
  const pieces = state.out.pieces;
  for (let i = pieces.length - 1; i >= 0 && pieces[i]!.item === state.item; i -= 1)
    if (/^\d{1,3}[.)]\s/.test(pieces[i]!.text)) return true;
  return false;
}

/**
 * "22/18" alone on its line, the title on the next (council web pages lay items out so): the number waits for
 * its title. Only a minute reference or a number written with its word ("Item 4"), never a bare figure (a
 * page number, a total).
 */
export const itemNumberAlone: LineRecogniser<string> = {
  id: 'item-number-alone',
  unit: 'line',
  triggers: [],
  recognise(line) {
    if (line.text.length > 24) return null;
    const number = numberCell(line.text);
    return number !== null && (number.includes('/') || /^\D/.test(line.text.trim())) ? number : null;
  },
  read(number, _, state) {
    state.itemNumberAlone = number;
  },
  examples: [
    { given: '22/18', gives: '22/18' },
    { given: 'Item 4', gives: '4' },
    { given: '12', gives: null },
  ],
};

/** The line after a number alone: the title of the item the number starts (a short line, not a sentence). */
export const itemTitleAfterNumber: LineRecogniser<ItemHeading> = {
  id: 'item-title-after-number',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    const number = state.itemNumberAlone;
    if (number === null) return null;
    if (line.text.length > 150 || /[.!?]$/.test(line.text) || numberCell(line.text) !== null) return null;
    const part = partTwo(line.text);
    return { number, title: part.title, rest: '', confidential: part.confidential };
  },
  read(heading, line, state) {
    state.itemNumberAlone = null;
    startItem(state, heading, line.paragraph, 'item-title-after-number');
  },
  examples: [
    {
      given: 'Apologies for Absence',
      after: 'item-number',
      gives: { number: '22/18', title: 'Apologies for Absence' },
    },
    { given: 'Apologies were received from Jo Bell.', after: 'item-number', gives: null },
    { given: 'Apologies for Absence', gives: null },
  ],
};

/** Whatever follows a number alone, the number waits no longer. */
export const itemNumberAloneEnds: LineRecogniser<true> = {
  id: 'item-number-alone-ends',
  unit: 'line',
  notes: true,
  triggers: [],
  recognise: (_, state) => (state.itemNumberAlone !== null ? true : null),
  read(_, __, state) {
    state.itemNumberAlone = null;
  },
  examples: [
    { given: 'The Chair welcomed everyone.', after: 'item-number', gives: true },
    { given: 'The Chair welcomed everyone.', gives: null },
  ],
};

/**
 * "a) Square" or "ii Floppy disk drive" under a numbered item: a sub-item of that item, numbered as written.
 * Only where a numbered item is open (a lettered line elsewhere is a list entry).
 */
export const letteredSubItemHeading: LineRecogniser<ItemHeading> = {
  id: 'lettered-sub-item',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    const top = state.out.items.items.at(-1);
    if (!top || !/^\d{1,3}$/.test(top.number) || state.actionSection || line.text.length > 120) return null;
    const sub = letteredSubItem(line.text);
    return sub
      ? { number: sub.number, title: sub.title, rest: '', confidential: false, under: top.number }
      : null;
  },
  read(heading, line, state) {
    startItem(state, heading, line.paragraph, 'lettered-sub-item');
  },
  examples: [
    { given: 'a) Street lights', after: 'item', gives: { number: 'a)', title: 'Street lights', under: '1' } },
    { given: 'ii Removal of a work station', after: 'item', gives: { number: 'ii', under: '1' } },
    { given: 'a) Street lights', gives: null },
    { given: 'b) The lights were repaired last week.', after: 'item', gives: null },
  ],
};

/**
 * Where a list of actions ends without a heading: a new label ("Notes before the meeting:") once the list has
 * begun, a line that is a date (the next meeting of a running log), the close of the meeting ("Meeting closed
 * at 11:15"), or, after an empty paragraph, a line in another style than the list's (the list's bullets, then
 * ordinary text). It only takes note: the line is still read (a new "Actions:" label opens the next list).
 */
export const actionSectionEnds: LineRecogniser<true> = {
  id: 'action-section-ends',
  unit: 'line',
  triggers: [],
  notes: true,
  recognise(line, state) {
    if (!state.actionSection) return null;
    const text = stripBullet(line.text);
    if (CLOSING_LINE.test(text) || isDateLine(text)) return true;
    const pieces = state.out.pieces;
    const last = pieces.length > 0 ? pieces[pieces.length - 1]! : null;
    // The list's first line may itself end with a colon ("Testing random graphs, specifically:").
    if (last === null || !(last.inActionSection || last.actionDetail)) return null;
    if (isLabelLine(text)) return true;
    const gap = line.paragraph.index - last.paragraph.index > 1;
    return gap && (line.paragraph.style ?? '') !== (last.paragraph.style ?? '') ? true : null;
  },
  read(_, __, state) {
    state.actionSection = false;
  },
  examples: [
    { given: 'Meeting closed at 11:15', after: 'actions', gives: true },
    { given: 'Questions for the supervisor:', after: 'actions', gives: null },
    { given: 'Questions for the supervisor:', after: 'action-list', gives: true },
    { given: 'Meeting 3 March 2025', after: 'actions', gives: true },
    { given: 'Priya:', after: 'actions', gives: null },
    { given: 'Book the hall for the fete', after: 'actions', gives: null },
    { given: 'Meeting closed at 11:15', after: 'item', gives: null },
  ],
};

/** "Notes before the meeting:": a few words and a colon, with nothing after it, that name no one. */
function isLabelLine(text: string): boolean {
  if (!text.endsWith(':') || text.length > 80 || text.split(/\s+/).length > 8) return false;
  return !isOwnerLike(text.slice(0, -1)) && !ACTION_SECTION.test(text);
}

/** "25.02.2025", "Meeting notes 10 April": a short line that is mostly a date. */
function isDateLine(text: string): boolean {
  if (text.length > 40 || text.split(/\s+/).length > 4) return false;
  return findDate(text) !== null;
}

/** "Actions:", "Next steps": the lines below are actions; as a heading it also closes the item. */
const FIRST_PERSON = new RegExp(`^${anyOf(FIRST_PERSON_ACTION_LABELS)}\\b`, 'i');

export const actionSectionLabel: LineRecogniser<{ closesItem: boolean; owner?: string; due?: string }> = {
  id: 'action-section-label',
  unit: 'line',
  triggers: [...ACTION_SECTION_LABELS, ...TIMED_ACTION_SECTION_LABELS],
  recognise(line) {
    const text = stripBullet(line.text);
    if (!opensActions(text)) return null;
    // "Tuesday 3 May: To do before the next week:": the time is the Actions label's own, not the line's date.
    const label = text.slice(text.lastIndexOf(': ', text.length - 2) + 1).trim();
    const due = findDue(label, null, null)?.due;
    return {
      closesItem: line.isHeading,
      ...(FIRST_PERSON.test(text) ? { owner: 'I' } : {}),
      ...(due ? { due } : {}),
    };
  },
  read({ closesItem, owner, due }, _, state) {
    state.actionSection = true;
    state.actionSectionOwner = owner ?? null;
    state.actionSectionDue = due ?? null;
    state.actionSectionLevel = null;
    state.attendance = null;
    // A heading "Actions" at the level of the items closes the item; an "Actions:" line inside one does not.
    if (closesItem) state.item = null;
  },
  examples: [
    { given: 'Actions:', after: 'item', gives: { closesItem: false } },
    { given: 'Agreed actions', style: 'Heading2', after: 'item', gives: { closesItem: true } },
    { given: 'Actions were reviewed.', after: 'item', gives: null },
    {
      given: 'To do before the next week:',
      after: 'item',
      gives: { closesItem: false, due: 'before the next week' },
    },
    { given: 'Plan for next week:', after: 'item', gives: { closesItem: false, due: 'next week' } },
    { given: 'Goals:', after: 'item', gives: null },
    { given: 'Things I want to do:', after: 'item', gives: { closesItem: false, owner: 'I' } },
    {
      given: 'Tuesday 3 May: To do before the next week:',
      after: 'item',
      gives: { closesItem: false, due: 'before the next week' },
    },
    {
      given: 'Tuesday catch-up: To do before the next week:',
      after: 'item',
      gives: { closesItem: false, due: 'before the next week' },
    },
  ],
};

/** "Actions:", or a label that ends a line after another one ("Week 3 meeting: To do before next week:"). */
function opensActions(text: string): boolean {
  if (ACTION_SECTION.test(text)) return true;
  if (!text.endsWith(':')) return false;
  const cut = text.lastIndexOf(': ', text.length - 2);
  return cut > 0 && cut < 60 && ACTION_SECTION.test(text.slice(cut + 2));
}

/** Where nothing is numbered, each heading (after the title) is an item, numbered in order. */
export const itemHeadingUnnumbered: LineRecogniser<ItemHeading> = {
  id: 'item-heading-unnumbered',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (!line.isHeading || state.numbered) return null;
    const part = partTwo(line.text);
    return {
      number: String(state.unnumbered + 1),
      title: part.title,
      rest: '',
      confidential: part.confidential,
    };
  },
  read(heading, line, state) {
    state.unnumbered += 1;
    state.attendance = null;
    startItem(state, heading, line.paragraph, 'item-heading-unnumbered');
  },
  examples: [
    {
      given: 'Finance report',
      style: 'Heading2',
      after: 'title',
      gives: { number: '1', title: 'Finance report', rest: '', confidential: false },
    },
    { given: 'Finance report', after: 'title', gives: null },
  ],
};

/** A heading among numbered items that is not one of them: body text, and the end of an "Actions" list. */
export const headingAsText: LineRecogniser<string> = {
  id: 'heading-as-text',
  unit: 'line',
  triggers: [],
  recognise: (line) => (line.isHeading ? line.text : null),
  read(text, line, state) {
    state.attendance = null;
    state.actionSection = false;
    addPiece(state, text, line.paragraph);
  },
  examples: [
    { given: 'Discussion', style: 'Heading3', after: 'item', gives: 'Discussion' },
    { given: 'Discussion', after: 'item', gives: null },
  ],
};

/** Every other line: body text of the current item, for pass two. */
export const bodyText: LineRecogniser<string> = {
  id: 'body-text',
  unit: 'line',
  triggers: [],
  recognise: (line) => line.text,
  read: (text, line, state) => addPiece(state, text, line.paragraph),
  examples: [{ given: 'The board noted the report.', after: 'item', gives: 'The board noted the report.' }],
};
