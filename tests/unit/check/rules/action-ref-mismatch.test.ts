import { actionRefMismatch } from '../../../../src/core/check/rules/action-ref-mismatch';
import { action, at, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(actionRefMismatch, {
  valid: [
    {
      name: 'a per-item ref under its own item',
      minutes: minutes({ actions: [action({ text: 'x', owner: 'KL', item: '2.1', ref: '2.1-A1' })] }),
    },
    {
      name: 'a per-year ref says nothing about the item',
      minutes: minutes({ actions: [action({ text: 'x', owner: 'KL', item: '3', ref: '17/2022' })] }),
    },
    {
      name: 'an action before any item',
      minutes: minutes({ actions: [action({ text: 'x', owner: 'KL', item: null, ref: '2-A1' })] }),
    },
  ],
  invalid: [
    {
      name: 'a ref naming another item',
      minutes: minutes({
        actions: [action({ text: 'book the hall', owner: 'KL', item: '3', ref: '2.1-A1', location: at(8) })],
      }),
      problems: [
        {
          message:
            "Action 'book the hall' has the ref 2.1-A1, which belongs to item 2.1, but it sits under item 3. Correct the ref, or move the action.",
          paragraph: 8,
        },
      ],
    },
  ],
});
