import { actionOwnerAmbiguous } from '../../../../src/core/check/rules/action-owner-ambiguous';
import { action, at, attendee, minutes, resolvedTo } from '../build';
import { testRule } from '../rule-tester';

const jade = attendee('Jade Shaw', 'JS', 'Treasurer');
const jon = attendee('Jon Sibley', 'JS', 'Secretary');
const chiefs = [
  attendee('Ola Berg', 'OB', 'Chief Executive'),
  attendee('Ines Varga', 'IV', 'Chief Executive'),
];

testRule(actionOwnerAmbiguous, {
  valid: [
    {
      name: 'initials only one attendee has',
      minutes: minutes({
        attendees: [jade, attendee('Kit Lowe', 'KL')],
        actions: [action({ text: 'x', owner: 'JS', owners: [resolvedTo(jade)] })],
      }),
    },
    {
      name: 'joint owners, each one person',
      minutes: minutes({
        attendees: [jade, attendee('Kit Lowe', 'KL')],
        actions: [action({ text: 'x', owner: 'JS and KL' })],
      }),
    },
    {
      name: 'ALL is everyone, not an ambiguous owner',
      minutes: minutes({ attendees: [jade, jon], actions: [action({ text: 'x', owner: 'ALL' })] }),
    },
  ],
  invalid: [
    {
      name: 'two attendees with the initials JS, both named',
      minutes: minutes({
        attendees: [jade, jon],
        actions: [action({ text: 'x', owner: 'JS', location: at(5) })],
      }),
      problems: [
        {
          message:
            "Owner 'JS' matches Jade Shaw and Jon Sibley. Write the owner so that only one of them is meant, e.g. their full name.",
          paragraph: 5,
        },
      ],
    },
    {
      name: '"the Chief Executive" when two are listed',
      minutes: minutes({ attendees: chiefs, actions: [action({ text: 'x', owner: 'the Chief Executive' })] }),
      problems: [{ message: /^Owner 'the Chief Executive' matches Ola Berg and Ines Varga\./ }],
    },
    {
      name: 'a first name two attendees share, within joint owners',
      minutes: minutes({
        attendees: [attendee('Sam Reed', 'SR'), attendee('Sam Oduya', 'SO'), attendee('Kit Lowe', 'KL')],
        actions: [action({ text: 'x', owner: 'KL and Sam' })],
      }),
      problems: [{ message: /^Owner 'Sam' matches Sam Reed and Sam Oduya\./ }],
    },
  ],
});
