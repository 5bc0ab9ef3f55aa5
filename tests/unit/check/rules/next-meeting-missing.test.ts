import { nextMeetingMissing } from '../../../../src/core/check/rules/next-meeting-missing';
import { completeMeeting, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(nextMeetingMissing, {
  valid: [
    {
      name: 'the next meeting as written',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: 'Tuesday 4 th October' }) }),
    },
    {
      name: 'only the next meeting date',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: null, nextMeetingDate: '2022-10-04' }) }),
    },
  ],
  invalid: [
    {
      name: 'no next meeting is document-wide',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: null }) }),
      problems: [
        { message: /do not say when the next meeting is\. Add its date, time and venue/, paragraph: null },
      ],
    },
    {
      name: 'a blank next meeting counts as none',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: '   ' }) }),
      problems: [{ message: /next meeting/ }],
    },
  ],
});
