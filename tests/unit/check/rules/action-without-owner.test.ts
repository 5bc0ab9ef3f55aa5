import { actionWithoutOwner } from '../../../../src/core/check/rules/action-without-owner';
import { emptyTrace } from '../../../../src/core/model';
import { action, at, attendee, minutes } from '../build';
import { testRule } from '../rule-tester';

const underActionsHeading = {
  ...emptyTrace(),
  actions: [{ recogniser: 'action-in-section', paragraphs: [7], refiners: [] }],
};

testRule(actionWithoutOwner, {
  valid: [
    {
      name: 'an action with an owner',
      minutes: minutes({ actions: [action({ text: 'share the profile', owner: 'Dana Frost' })] }),
    },
    {
      name: 'a suggestion without an owner is left to unmarked-action',
      minutes: minutes({ actions: [action({ text: 'share the profile', marked: false })] }),
    },
    { name: 'no actions at all', minutes: minutes() },
    {
      name: 'an owner written before a dash ("Fletcher - book the hall") is an owner',
      minutes: minutes({ actions: [action({ text: 'Rowan Ash - book the hall for June' })] }),
    },
  ],
  invalid: [
    {
      name: 'a marked action with no owner: an error, with a neutral placeholder when no initials are written',
      minutes: minutes({ actions: [action({ text: 'Share the parking survey.', location: at(7) })] }),
      problems: [
        {
          message:
            "Action 'Share the parking survey.' has no owner. Name who will do it, e.g. 'ACTION: (owner) to share …'.",
          paragraph: 7,
        },
      ],
    },
    {
      name: "the example uses initials the document's attendance list writes",
      minutes: minutes({
        attendees: [attendee('Dana Frost', 'DF')],
        actions: [action({ text: 'to review the plan', owner: '  ' })],
      }),
      problems: [{ message: /has no owner.*'ACTION: DF to review …'/ }],
    },
    {
      name: 'a line read as an action only for standing under an Actions heading: a warning',
      minutes: minutes({ actions: [action({ text: 'Hall booking confirmed', location: at(7) })] }),
      trace: underActionsHeading,
      problems: [
        {
          message: /^'Hall booking confirmed' is listed as an action but names no owner/,
          severity: 'warning',
        },
      ],
    },
  ],
});
