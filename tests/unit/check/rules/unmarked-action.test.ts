import { unmarkedAction } from '../../../../src/core/check/rules/unmarked-action';
import { action, at, attendee, minutes, resolvedTo } from '../build';
import { testRule } from '../rule-tester';

const pippa = attendee('Pippa Mills', 'CC', 'Chief Constable (CC)');

testRule(unmarkedAction, {
  valid: [
    {
      name: 'marked actions only',
      minutes: minutes({ actions: [action({ owner: 'CC', text: 'share the strategy' })] }),
    },
    {
      name: 'a suggestion the minute-taker already marked under the same item',
      minutes: minutes({
        actions: [
          action({ item: '2.6', owner: 'CC', text: 'share the digital strategy' }),
          action({ item: '2.6', owner: 'CC', text: 'share the digital strategy.', marked: false }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a suggestion names the person and quotes the words',
      minutes: minutes({
        actions: [
          action({
            item: '2.6',
            owner: 'CC',
            owners: [resolvedTo(pippa)],
            text: 'share the digital strategy',
            marked: false,
            location: at(12),
          }),
        ],
      }),
      problems: [
        {
          message:
            "Looks like an action for Pippa Mills (CC): 'share the digital strategy'. Mark it with ACTION: if it is one.",
          paragraph: 12,
        },
      ],
    },
    {
      name: 'each suggestion is its own finding, even for the same owner',
      minutes: minutes({
        actions: [
          action({
            owner: 'Pippa Mills',
            owners: [resolvedTo(pippa)],
            text: 'circulate the plan',
            marked: false,
          }),
          action({
            owner: 'Pippa Mills',
            owners: [resolvedTo(pippa)],
            text: 'book the venue',
            marked: false,
          }),
        ],
      }),
      problems: [
        {
          message:
            "Looks like an action for Pippa Mills: 'circulate the plan'. Mark it with ACTION: if it is one.",
        },
        { message: /for Pippa Mills: 'book the venue'/ },
      ],
    },
  ],
});
