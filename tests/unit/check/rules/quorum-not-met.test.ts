import { quorumNotMet } from '../../../../src/core/check/rules/quorum-not-met';
import { attendee, minutes } from '../build';
import { testRule } from '../rule-tester';

const three = [attendee('Ann Lee', 'AL'), attendee('Bob Roy', 'BR'), attendee('Cat Fox', 'CF')];

testRule(quorumNotMet, {
  valid: [
    { name: 'no quorum defined for the meeting type', minutes: minutes({ attendees: [] }), quorum: null },
    { name: 'exactly the quorum present', minutes: minutes({ attendees: three }), quorum: 3 },
  ],
  invalid: [
    {
      name: 'officers in attendance and apologies do not count towards the quorum',
      minutes: minutes({
        attendees: [
          ...three.slice(0, 2),
          attendee('Dee Ash', 'DA', 'Clerk', 'in attendance'),
          attendee('Eve Oak', 'EO', '', 'apologies'),
        ],
      }),
      quorum: 3,
      problems: [
        {
          message:
            'Only two members are recorded as present, but this meeting needs three to be quorate. Check the attendance list (members present, not in attendance or apologies), or record that the meeting was not quorate.',
          paragraph: null,
        },
      ],
    },
    {
      name: 'one member present',
      minutes: minutes({ attendees: three.slice(0, 1) }),
      quorum: 2,
      problems: [{ message: /^Only one member is recorded as present, but this meeting needs two/ }],
    },
  ],
});
