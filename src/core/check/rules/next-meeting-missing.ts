import { defineRule } from '../rule';

/** Members need to know when they meet next; the minutes are where they look. */
export const nextMeetingMissing = defineRule({
  id: 'next-meeting-missing',
  severity: 'warning',
  description: 'The minutes do not give the next meeting.',
  messages: {
    missing:
      "The minutes do not say when the next meeting is. Add its date, time and venue at the end, e.g. 'Date of next meeting: Tuesday 4 October 2022, 10:00, HQ'.",
  },
  check(context, report) {
    const { nextMeeting, nextMeetingDate } = context.minutes.meeting;
    if ((nextMeeting ?? '').trim() !== '' || nextMeetingDate !== null) return [];
    return [report('missing', {}, null)];
  },
});
