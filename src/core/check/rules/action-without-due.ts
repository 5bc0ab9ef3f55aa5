import { defineRule } from '../rule';
import { quote } from '../words';

/**
 * Actions without a date tend to drift. A house style that requires a due date makes each one a warning; one
 * that does not says nothing; without a house style it is a note.
 */
export const actionWithoutDue = defineRule({
  id: 'action-without-due',
  severity: 'warning',
  houseStandard: true,
  description: 'An action gives no due date (a warning where the house style requires one, else a note).',
  messages: {
    noDue:
      "Action '{{text}}'{{owner}} has no due date. Add one, e.g. 'by 30 September' or 'by the next meeting'.",
  },
  check(context, report) {
    const style = context.houseStyle;
    if (style && !style.dueDateRequired) return [];
    const severity = style ? undefined : 'info';
    return context.minutes.actions
      .filter((action) => action.marked && (action.due ?? '').trim() === '' && action.dueDate === null)
      .map((action) =>
        report(
          'noDue',
          { text: quote(action.text), owner: action.owner?.trim() ? ` (${action.owner.trim()})` : '' },
          action.location,
          severity,
        ),
      );
  },
});
