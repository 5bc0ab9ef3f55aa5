import { nextMeetingSentence } from '../../read/recognisers/header-lines';
import { defineRule, type RuleContext } from '../rule';

/**
 * Members need to know when they meet next; the minutes are where they look. A house style that requires the
 * next-meeting line makes its absence a warning; one that does not says nothing; without a house style it is a
 * note. A due date inside an item ("by the next meeting (1 April)") does not say when the meeting is.
 */
export const nextMeetingMissing = defineRule({
  id: 'next-meeting-missing',
  severity: 'warning',
  houseStandard: true,
  description:
    'The minutes do not give the next meeting (a warning where the house style requires it, else a note).',
  messages: {
    missing:
      "The minutes do not say when the next meeting is. Add its date, time and venue at the end, e.g. 'Date of next meeting: (day month year), (time), (venue)'.",
  },
  check(context, report) {
    const style = context.houseStyle;
    if (style && !style.nextMeetingRequired) return [];
    const { nextMeeting, nextMeetingDate } = context.minutes.meeting;
    const given = (nextMeeting ?? '').trim() !== '' || nextMeetingDate !== null;
    if (given && !readFromAnAction(context)) return [];
    return [report('missing', {}, null, style ? undefined : 'info')];
  },
});

/**
 * The next meeting was read from a paragraph that holds an action or a decision: a due date, not the meeting.
 * A sentence whose subject is the next meeting ("It was agreed that the next meeting would be held on …") may
 * be a decision itself: there only an action in the paragraph says so.
 */
function readFromAnAction(context: RuleContext): boolean {
  const read = context.trace?.header.nextMeeting;
  const from = read?.paragraphs ?? [];
  if (from.length === 0) return false;
  const { actions, decisions } = context.minutes;
  const within = read?.recogniser === nextMeetingSentence.id ? actions : [...actions, ...decisions];
  return within.some((a) => a.location.part === 'body' && from.includes(a.location.paragraph));
}
