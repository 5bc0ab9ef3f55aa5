import { defineRule } from '../rule';
import { findRepeats } from '../similar-actions';
import { quote } from '../words';

/** The same action written twice under one item is usually a copy-paste slip, and trackers would count it twice. */
export const actionDuplicate = defineRule({
  id: 'action-duplicate',
  severity: 'warning',
  description: 'The same action for the same owner appears twice under one item.',
  messages: {
    duplicate:
      "This action repeats an earlier one{{item}} for {{owner}}: '{{text}}'. Delete one of them, or reword them if they are different tasks.",
  },
  check(context, report) {
    const marked = context.minutes.actions.filter((a) => a.marked);
    const repeats = findRepeats(marked);
    return marked.flatMap((action) => {
      const earlier = repeats.get(action);
      if (earlier === undefined) return [];
      return [
        report(
          'duplicate',
          {
            item: action.item ? ` under item ${action.item}` : '',
            owner: action.owner?.trim() || 'the same owner',
            text: quote(earlier.text),
          },
          action.location,
        ),
      ];
    });
  },
});
