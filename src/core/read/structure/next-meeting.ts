import type { SourceParagraph } from '../../model/paragraph';
import { readLabel } from '../header';
import { anyOf } from '../lexicon/build';
import { HELD_WORDS, MEET_STEMS } from '../lexicon/header';
import { findMarkedActions } from '../markers';
import type { ReadState } from './state';

/**
 * Pass one's refiners: the next meeting is often written across two lines, and they join it. Each says
 * whether it took the line; the line is body text all the same.
 */

/** "Date of next meeting:" alone on its line: the next line of text is the date. */
export const nextMeetingLabelTakesNextLine = {
  id: 'next-meeting-label-takes-next-line',
  refine(state: ReadState, text: string, p: SourceParagraph): boolean {
    const label = state.nextMeetingLabel;
    if (label === null) return false;
    if (state.out.nextMeeting === null) {
      state.out.nextMeeting = text;
      state.out.trace.header.nextMeeting = {
        recogniser: 'header-label',
        paragraphs: [label.index, p.index],
        refiners: [nextMeetingLabelTakesNextLine.id],
      };
    }
    state.nextMeetingLabel = null;
    return true;
  },
};

/** Under an item "Date of next meeting", the first line with a figure is the next meeting (trimmed to 120). */
export const nextMeetingItemTakesDate = {
  id: 'next-meeting-item',
  refine(state: ReadState, text: string, p: SourceParagraph): boolean {
    if (!state.inNextMeetingItem || state.out.nextMeeting || !/\d/.test(text)) return false;
    // An action's due date is never the next meeting ("ACTION: JS to book the hall by 5 May").
    if (isTask(text)) return false;
    state.out.nextMeeting = text.length <= 120 ? text.replace(/[.]$/, '') : text.slice(0, 120);
    state.out.trace.header.nextMeeting = {
      recogniser: nextMeetingItemTakesDate.id,
      paragraphs: [p.index],
      refiners: [],
    };
    return true;
  },
};

const MEET = new RegExp(`\\b${anyOf(MEET_STEMS)}`, 'i');
const HELD = new RegExp(`\\b${anyOf(HELD_WORDS)}\\b`, 'i');

/**
 * A task line: a marked action, or someone "to" or "will" do something with no meeting in it ("To be held on
 * 11 April" is the meeting).
 */
function isTask(text: string): boolean {
  return (
    findMarkedActions(text).length > 0 ||
    (/\b(?:to|will)\s/i.test(text) && !MEET.test(text) && !HELD.test(text))
  );
}

/** "9. Date of next meeting – 18th September at 7.30pm": the next meeting written in the item's own title. */
export const nextMeetingInTitle = {
  id: 'next-meeting-in-title',
  refine(state: ReadState, title: string, p: SourceParagraph): boolean {
    if (state.out.nextMeeting !== null) return false;
    const label = readLabel(title, false);
    if (label?.field !== 'nextMeeting' || !/\d/.test(label.value)) return false;
    state.out.nextMeeting = label.value.replace(/[.]$/, '');
    state.out.trace.header.nextMeeting = {
      recogniser: 'item-heading',
      paragraphs: [p.index],
      refiners: [nextMeetingInTitle.id],
    };
    return true;
  },
};
