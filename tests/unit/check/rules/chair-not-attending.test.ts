import { chairNotAttending } from '../../../../src/core/check/rules/chair-not-attending';
import { attendee, completeMeeting, minutes } from '../build';
import { testRule } from '../rule-tester';

const attendees = [
  attendee('John Campion', '', 'Police and Crime Commissioner (PCC)'),
  attendee('Cllr Mary Jones', 'MJ', 'Chair of Governors', 'apologies'),
];
const chaired = (chair: string, list = attendees) =>
  minutes({ meeting: completeMeeting({ chair }), attendees: list });

testRule(chairNotAttending, {
  valid: [
    { name: 'the chair by full name', minutes: chaired('John Campion') },
    { name: 'the chair by name and role', minutes: chaired('John Campion, PCC') },
    { name: 'the chair by capacity abbreviation', minutes: chaired('PCC') },
    { name: 'no chair is left to header-field-missing', minutes: chaired('') },
    { name: 'a group chairs as a whole', minutes: chaired('Group') },
    { name: 'no attendance list read: nothing to compare with', minutes: chaired('Jane Doe', []) },
    {
      name: 'only apologies recorded: nothing to compare with',
      minutes: chaired('Jane Doe', [attendees[1]!]),
    },
  ],
  invalid: [
    {
      name: 'a chair who is not in the list',
      minutes: chaired('Jane Doe'),
      problems: [
        {
          message:
            "The chair, Jane Doe, is not in the attendance list. Add them as present, or correct the chair's name in the header.",
          paragraph: null,
        },
      ],
    },
    {
      name: 'a chair who sent apologies',
      minutes: chaired('Mary Jones'),
      problems: [
        {
          message:
            'The chair, Mary Jones, is listed under apologies. Record who chaired the meeting, or correct the attendance list.',
        },
      ],
    },
  ],
});
