import { buildPreFilter } from './prefilter';
import { ALL_RECOGNISERS, suggestion } from './recognisers';
import {
  apologiesInText,
  apologiesSentence,
  attendanceLabel,
  presentSentence,
} from './recognisers/attendance-lines';
import { meetingWithLine } from './recognisers/attendance-unlabelled';
import { headerLabel, headerLabelAnywhere, nextMeetingSentence } from './recognisers/header-lines';
import { actionSectionLabel } from './recognisers/item-lines';

/**
 * Pass one's line recognisers the pre-filter may skip: each one's expressions are built from its triggers and
 * find them where a word starts (attendance, apologies and "present" words; header, "meeting with", next
 * meeting and Actions labels). Each costs a few expressions per line, and without the filter every line of
 * prose paid for all of them. A recogniser whose expressions can match without a trigger where a word starts
 * (markings with flexible dashes, a sub-label after a digit) is left out: it would be skipped wrongly.
 */
export const FILTERED_LINE_RECOGNISERS = [
  attendanceLabel,
  apologiesSentence,
  apologiesInText,
  presentSentence,
  meetingWithLine,
  nextMeetingSentence,
  headerLabel,
  headerLabelAnywhere,
  actionSectionLabel,
] as const;

/**
 * One pre-filter for both passes: a line is scanned once, in pass one, and the piece of body text it gives
 * keeps the answer for pass two (the suggestion's words are found by sentencesHolding instead).
 */
export const READ_PRE_FILTER = buildPreFilter([
  ...ALL_RECOGNISERS.filter((r) => r !== suggestion),
  ...FILTERED_LINE_RECOGNISERS,
]);
