import { actionOwnerOutside } from '../../../../src/core/check/rules/action-owner-outside';
import { action, at, attendee, minutes, resolvedTo } from '../build';
import { testRule } from '../rule-tester';

const dana = attendee('Dana Frost', 'DF', 'Treasurer');
const attendees = [dana, attendee('Kit Lowe', 'KL', 'Secretary')];

testRule(actionOwnerOutside, {
  valid: [
    {
      name: 'an attendee as owner',
      minutes: minutes({
        attendees,
        actions: [action({ text: 'x', owner: 'DF', owners: [resolvedTo(dana)] })],
      }),
    },
    {
      name: 'the attendees together are not outside the meeting',
      minutes: minutes({ attendees, actions: [action({ text: 'x', owner: 'ALL' })] }),
    },
    {
      name: 'an unknown person is left to action-owner-unknown',
      minutes: minutes({ attendees, actions: [action({ text: 'x', owner: 'Jo Smyth' })] }),
    },
  ],
  invalid: [
    {
      name: 'a body named by its acronyms, reported once with how many actions it owns',
      minutes: minutes({
        attendees,
        actions: [
          action({ text: 'fund it', owner: 'HO/APCC', location: at(4) }),
          action({ text: 'report back', owner: 'HO/APCC', location: at(9) }),
        ],
      }),
      problems: [
        {
          message:
            "Owner 'HO/APCC' is outside the meeting (two actions). Name the attendee who will take it up with them, e.g. '(owner) to raise with HO/APCC …'.",
          paragraph: 4,
        },
      ],
    },
    {
      name: 'a contractor',
      minutes: minutes({ attendees, actions: [action({ text: 'fix the roof', owner: 'the contractor' })] }),
      problems: [{ message: /^Owner 'the contractor' is outside the meeting \(one action\)/ }],
    },
  ],
});
