import { defineRule } from '../rule';
import { quote } from '../words';

/** Actions without a date tend to drift; a nudge, not an error. */
export const actionWithoutDue = defineRule({
  id: 'action-without-due',
  severity: 'info',
  description: 'An action gives no due date.',
  messages: {
    noDue:
      "Action '{{text}}'{{owner}} has no due date. Add one, e.g. 'by 30 September' or 'by the next meeting'.",
  },
  check(context, report) {
    return context.minutes.actions
      .filter((action) => action.marked && (action.due ?? '').trim() === '' && action.dueDate === null)
      .map((action) =>
        report(
          'noDue',
          { text: quote(action.text), owner: action.owner?.trim() ? ` (${action.owner.trim()})` : '' },
          action.location,
        ),
      );
  },
});
