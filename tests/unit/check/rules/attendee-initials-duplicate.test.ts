import { attendeeInitialsDuplicate } from '../../../../src/core/check/rules/attendee-initials-duplicate';
import { attendee, lines, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(attendeeInitialsDuplicate, {
  valid: [
    {
      name: 'everyone has their own initials',
      minutes: minutes({ attendees: [attendee('Ann Lee', 'AL'), attendee('Al Lim', 'ALI')] }),
    },
    {
      name: 'attendees without initials do not clash',
      minutes: minutes({ attendees: [attendee('Ann Lee'), attendee('Al Lim')] }),
    },
  ],
  invalid: [
    {
      name: 'two attendees with the same initials, pointing at the second one’s line',
      minutes: minutes({ attendees: [attendee('Jackie Irvin', 'NN'), attendee('Nina Nash', 'nn')] }),
      paragraphs: lines('Attendance:', 'Jackie Irvin (NN)', 'Nina Nash (NN)'),
      problems: [
        {
          message:
            "Initials 'NN' are given to two attendees: Jackie Irvin and Nina Nash. Give each attendee their own initials, e.g. add a letter of the surname.",
          paragraph: 2,
        },
      ],
    },
    {
      name: 'three attendees sharing initials are one finding',
      minutes: minutes({
        attendees: [attendee('Ann Lee', 'AL'), attendee('Al Lim', 'AL'), attendee('Amy Low', 'AL')],
      }),
      problems: [
        {
          message: /^Initials 'AL' are given to three attendees: Ann Lee, Al Lim and Amy Low\./,
          paragraph: null,
        },
      ],
    },
  ],
});
