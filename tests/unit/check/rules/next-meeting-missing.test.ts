import { nextMeetingMissing } from '../../../../src/core/check/rules/next-meeting-missing';
import { emptyTrace } from '../../../../src/core/model';
import { action, at, completeMeeting, minutes } from '../build';
import { testRule } from '../rule-tester';

const traceFrom = (paragraph: number) => ({
  ...emptyTrace(),
  actions: [{ recogniser: 'action-marker', paragraphs: [paragraph], refiners: [] }],
  header: { nextMeeting: { recogniser: 'header-label', paragraphs: [paragraph], refiners: [] } },
});

/** The next meeting as one recogniser read it from one paragraph. */
const nextMeetingFrom = (recogniser: string, paragraph: number) => ({
  ...emptyTrace(),
  header: { nextMeeting: { recogniser, paragraphs: [paragraph], refiners: [] } },
});

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
    {
      name: 'a decision that sets the next meeting ("It was agreed that the next meeting would be held on …")',
      minutes: minutes({
        meeting: completeMeeting({ nextMeeting: 'on 5 June 2024' }),
        decisions: [{ item: '4', text: 'the next meeting would be held on 5 June 2024', location: at(6) }],
      }),
      trace: nextMeetingFrom('next-meeting-sentence', 6),
    },
    {
      name: 'a house style that does not ask for the next meeting says nothing',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: null }) }),
      houseStyle: { nextMeetingRequired: false },
    },
  ],
  invalid: [
    {
      name: 'no next meeting under a house style that requires it: a warning, document-wide',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: null }) }),
      houseStyle: { nextMeetingRequired: true },
      problems: [
        { message: /do not say when the next meeting is\. Add its date, time and venue/, paragraph: null },
      ],
    },
    {
      name: 'without a house style, a note',
      minutes: minutes({ meeting: completeMeeting({ nextMeeting: '   ' }) }),
      problems: [{ message: /next meeting/, severity: 'info' }],
    },
    {
      name: 'a due date inside an item ("by the next meeting, 1 April") is not the next meeting',
      minutes: minutes({
        meeting: completeMeeting({ nextMeeting: '1 April' }),
        actions: [action({ text: 'circulate the draft', owner: 'KL', location: at(6) })],
      }),
      trace: traceFrom(6),
      problems: [{ message: /next meeting/, severity: 'info' }],
    },
    {
      name: 'a decision in the paragraph a label was read from: a due date, not the next meeting',
      minutes: minutes({
        meeting: completeMeeting({ nextMeeting: '1 April' }),
        decisions: [{ item: '4', text: 'the report to come back by the next meeting', location: at(6) }],
      }),
      trace: nextMeetingFrom('header-label', 6),
      problems: [{ message: /next meeting/, severity: 'info' }],
    },
  ],
});
