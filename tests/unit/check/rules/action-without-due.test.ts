import { actionWithoutDue } from '../../../../src/core/check/rules/action-without-due';
import { action, at, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(actionWithoutDue, {
  valid: [
    {
      name: 'a due date as written',
      minutes: minutes({ actions: [action({ text: 'share data', owner: 'PCC', due: 'by 30 September' })] }),
    },
    {
      name: 'a due date the form gave as a date only',
      minutes: minutes({ actions: [action({ text: 'share data', owner: 'PCC', dueDate: '2022-09-30' })] }),
    },
    {
      name: 'a suggestion without a date is not nagged about',
      minutes: minutes({ actions: [action({ text: 'share data', owner: 'PCC', marked: false })] }),
    },
  ],
  invalid: [
    {
      name: 'an action with no due date names its owner',
      minutes: minutes({
        actions: [
          action({ text: 'share relevant commissioning data with CC.', owner: 'PCC', location: at(3) }),
        ],
      }),
      problems: [
        {
          message:
            "Action 'share relevant commissioning data with CC.' (PCC) has no due date. Add one, e.g. 'by 30 September' or 'by the next meeting'.",
          paragraph: 3,
        },
      ],
    },
  ],
});
