import { defineRule } from '../rule';
import { quote } from '../words';

/** A marked action nobody owns will not get done. Suggestions are left to unmarked-action. */
export const actionWithoutOwner = defineRule({
  id: 'action-without-owner',
  severity: 'error',
  description: 'An action names no owner.',
  messages: {
    noOwner: "Action '{{text}}' has no owner. Name who will do it, e.g. 'ACTION: JS to {{verb}} …'.",
  },
  check(context, report) {
    return context.minutes.actions
      .filter((action) => action.marked && (action.owner ?? '').trim() === '')
      .map((action) =>
        report('noOwner', { text: quote(action.text), verb: firstWord(action.text) }, action.location),
      );
  },
});

/** The action's verb ("share", "review"): its first word after a leading "to", lower-cased for the example. */
function firstWord(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  return (words[0] === 'to' ? words[1] : words[0]) ?? 'do';
}
