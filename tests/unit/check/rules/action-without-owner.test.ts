import { actionWithoutOwner } from '../../../../src/core/check/rules/action-without-owner';
import { action, at, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(actionWithoutOwner, {
  valid: [
    {
      name: 'an action with an owner',
      minutes: minutes({ actions: [action({ text: 'share the profile', owner: 'ACC Cooper' })] }),
    },
    {
      name: 'a suggestion without an owner is left to unmarked-action',
      minutes: minutes({ actions: [action({ text: 'share the profile', marked: false })] }),
    },
    { name: 'no actions at all', minutes: minutes() },
  ],
  invalid: [
    {
      name: 'an action with no owner, pointing at the action',
      minutes: minutes({ actions: [action({ text: 'Share the VAWG problem profile.', location: at(7) })] }),
      problems: [
        {
          message:
            "Action 'Share the VAWG problem profile.' has no owner. Name who will do it, e.g. 'ACTION: JS to share …'.",
          paragraph: 7,
        },
      ],
    },
    {
      name: 'an owner of only spaces counts as none',
      minutes: minutes({ actions: [action({ text: 'to review the plan', owner: '  ' })] }),
      problems: [{ message: /has no owner.*'ACTION: JS to review …'/ }],
    },
  ],
});
