import { actionWithoutDue } from '../../../../src/core/check/rules/action-without-due';
import { action, at, minutes } from '../build';
import { testRule } from '../rule-tester';

const undated = () =>
  minutes({
    actions: [action({ text: 'share the room bookings with the office.', owner: 'KL', location: at(3) })],
  });

testRule(actionWithoutDue, {
  valid: [
    {
      name: 'a due date as written',
      minutes: minutes({ actions: [action({ text: 'share data', owner: 'KL', due: 'by 30 September' })] }),
    },
    {
      name: 'a due date the form gave as a date only',
      minutes: minutes({ actions: [action({ text: 'share data', owner: 'KL', dueDate: '2022-09-30' })] }),
    },
    {
      name: 'a suggestion without a date is not nagged about',
      minutes: minutes({ actions: [action({ text: 'share data', owner: 'KL', marked: false })] }),
    },
    {
      name: 'a house style that does not require due dates says nothing',
      minutes: undated(),
      houseStyle: { dueDateRequired: false },
    },
  ],
  invalid: [
    {
      name: 'without a house style: a note that names the owner',
      minutes: undated(),
      problems: [
        {
          message:
            "Action 'share the room bookings with the office.' (KL) has no due date. Add one, e.g. 'by 30 September' or 'by the next meeting'.",
          paragraph: 3,
          severity: 'info',
        },
      ],
    },
    {
      name: 'a house style that requires due dates: a warning',
      minutes: undated(),
      houseStyle: { dueDateRequired: true },
      problems: [{ message: /has no due date/, paragraph: 3 }],
    },
  ],
});
