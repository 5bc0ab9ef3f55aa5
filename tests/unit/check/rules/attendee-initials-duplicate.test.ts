import { attendeeInitialsDuplicate } from '../../../../src/core/check/rules/attendee-initials-duplicate';
import type { Attendee } from '../../../../src/core/model';
import { action, attendee, lines, minutes } from '../build';

const derived = (name: string, initials: string): Attendee => ({
  ...attendee(name, initials),
  initialsDerived: true,
});
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
    {
      name: 'initials the reader derived (first names only) never clash as an error',
      minutes: minutes({ attendees: [derived('Adil', 'A'), derived('Ali', 'A')] }),
    },
    {
      name: 'the same person read twice ("… and Dana Frost") is not two people',
      minutes: minutes({ attendees: [attendee('Dana Frost', 'DF'), attendee('and Dana Frost', 'DF')] }),
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
    {
      name: 'derived initials that clash and that the minutes use for an owner: a note',
      minutes: minutes({
        attendees: [derived('Sara Bell', 'SB'), derived('Sam Boyd', 'SB')],
        actions: [action({ text: 'x', owner: 'SB' })],
      }),
      problems: [
        {
          message:
            "Sara Bell and Sam Boyd would share the initials 'SB', which the minutes use. Write each one's initials after their name in the attendance list, e.g. 'Sara Bell (SBE)'.",
          severity: 'info',
        },
      ],
    },
  ],
});
