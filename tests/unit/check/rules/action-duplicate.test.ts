import { actionDuplicate } from '../../../../src/core/check/rules/action-duplicate';
import { action, at, attendee, minutes, resolvedTo } from '../build';
import { testRule } from '../rule-tester';

const john = attendee('John Campion', '', 'Police and Crime Commissioner (PCC)');

testRule(actionDuplicate, {
  valid: [
    {
      name: 'the same words for different owners',
      minutes: minutes({
        actions: [
          action({ item: '2.1', owner: 'PCC', text: 'share the data' }),
          action({ item: '2.1', owner: 'CC', text: 'share the data' }),
        ],
      }),
    },
    {
      name: 'the same action under different items',
      minutes: minutes({
        actions: [
          action({ item: '2.1', owner: 'PCC', text: 'share the data' }),
          action({ item: '2.4', owner: 'PCC', text: 'share the data' }),
        ],
      }),
    },
    {
      name: 'different tasks for the same owner',
      minutes: minutes({
        actions: [
          action({ item: '2.1', owner: 'PCC', text: 'share the commissioning data with the CC' }),
          action({ item: '2.1', owner: 'PCC', text: 'raise the grant with the Home Office' }),
        ],
      }),
    },
    {
      name: 'a suggestion repeating a marked action is left to unmarked-action',
      minutes: minutes({
        actions: [
          action({ item: '2.1', owner: 'PCC', text: 'share the data' }),
          action({ item: '2.1', owner: 'PCC', text: 'share the data', marked: false }),
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'a repeat differing in case and punctuation, reported on the second',
      minutes: minutes({
        actions: [
          action({
            item: '2.4',
            owner: 'PCC',
            text: 'Share relevant commissioning data with CC.',
            location: at(3),
          }),
          action({
            item: '2.4',
            owner: 'PCC',
            text: 'to share relevant commissioning data with CC',
            location: at(9),
          }),
        ],
      }),
      problems: [
        {
          message:
            "This action repeats an earlier one under item 2.4 for PCC: 'Share relevant commissioning data with CC.'. Delete one of them, or reword them if they are different tasks.",
          paragraph: 9,
        },
      ],
    },
    {
      name: 'near-identical words for one person written two ways',
      minutes: minutes({
        actions: [
          action({
            item: '3',
            owner: 'PCC',
            owners: [resolvedTo(john)],
            text: 'write to all CSP chairs about the duty',
          }),
          action({
            item: '3',
            owner: 'John Campion',
            owners: [resolvedTo(john)],
            text: 'write to all CSP chairs about the SV duty',
          }),
        ],
      }),
      problems: [{ message: /^This action repeats an earlier one under item 3 for John Campion/ }],
    },
  ],
});
