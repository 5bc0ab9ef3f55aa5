import { actionOwnerUnknown } from '../../../../src/core/check/rules/action-owner-unknown';
import { action, at, attendee, minutes, resolvedTo } from '../build';
import { testRule } from '../rule-tester';

const john = attendee('John Campion', '', 'Police and Crime Commissioner (PCC)');
const attendees = [
  john,
  attendee('Richard Cooper', '', 'Assistant Chief Constable (ACC)'),
  attendee('Harriet Pole', 'HP', 'Head of Finance and Resources'),
  attendee('Charity Pearce', 'CP', 'Assistant Policy Officer (CP)'),
];

testRule(actionOwnerUnknown, {
  valid: [
    {
      name: 'an owner the reader already resolved',
      minutes: minutes({
        attendees,
        actions: [action({ text: 'x', owner: 'PCC', owners: [resolvedTo(john)] })],
      }),
    },
    {
      name: 'role + surname resolves (ACC Cooper)',
      minutes: minutes({ attendees, actions: [action({ text: 'share the profile', owner: 'ACC Cooper' })] }),
    },
    {
      name: 'a capacity with "and" in it is one owner, not two',
      minutes: minutes({
        attendees,
        actions: [action({ text: 'x', owner: 'Head of Finance and Resources' })],
      }),
    },
    {
      name: 'joint owners who both resolve',
      minutes: minutes({ attendees, actions: [action({ text: 'x', owner: 'HP/CP' })] }),
    },
    {
      name: 'no owner is left to action-without-owner',
      minutes: minutes({ attendees, actions: [action({ text: 'x' })] }),
    },
    {
      name: 'an organisation is left to action-owner-outside',
      minutes: minutes({ attendees, actions: [action({ text: 'fund it', owner: 'HO/APCC' })] }),
    },
    {
      name: 'the attendees together: ALL, Everyone, All members, the group',
      minutes: minutes({
        attendees,
        actions: ['ALL', 'Everyone', 'All members', 'the group'].map((owner) => action({ text: 'x', owner })),
      }),
    },
    {
      name: 'an owner two attendees answer to is left to action-owner-ambiguous',
      minutes: minutes({
        attendees: [attendee('Sam Reed', 'SR'), attendee('Sam Oduya', 'SO')],
        actions: [action({ text: 'x', owner: 'Sam' })],
      }),
    },
    {
      name: 'suggestions are not checked',
      minutes: minutes({ attendees, actions: [action({ text: 'x', owner: 'Zed', marked: false })] }),
    },
  ],
  invalid: [
    {
      name: 'an owner nobody answers to',
      minutes: minutes({ attendees, actions: [action({ text: 'x', owner: 'Jon Smyth', location: at(4) })] }),
      problems: [
        {
          message:
            "Owner 'Jon Smyth' matches nobody in the attendance list. Write the owner as initials, a role or a name from the list, or add them to the attendance.",
          paragraph: 4,
        },
      ],
    },
    {
      name: 'one of two joint owners unknown, even when the reader resolved the other',
      minutes: minutes({
        attendees,
        actions: [action({ text: 'x', owner: 'HP and GC', owners: [resolvedTo(attendees[2]!)] })],
      }),
      problems: [{ message: /^Owner 'GC' \(of 'HP and GC'\) matches nobody in the attendance list/ }],
    },
    {
      name: 'minutes without an attendance list',
      minutes: minutes({ actions: [action({ text: 'x', owner: 'Sam' })] }),
      problems: [{ message: /^Owner 'Sam' cannot be checked: the minutes have no attendance list/ }],
    },
  ],
});
