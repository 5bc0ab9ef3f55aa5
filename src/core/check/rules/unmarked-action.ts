import type { Action } from '../../model';
import { defineRule } from '../rule';
import { findRepeats } from '../similar-actions';
import { quote } from '../words';

/**
 * Prose such as "JS to circulate the paper" reads like an action, but only the minute-taker knows. A
 * suggestion that repeats a marked action under the same item is already recorded and is not raised.
 */
export const unmarkedAction = defineRule({
  id: 'unmarked-action',
  severity: 'info',
  description: "Prose that reads like an action but has no 'ACTION:' marker.",
  messages: {
    suggestion: "Looks like an action for {{owner}}: '{{text}}'. Mark it with ACTION: if it is one.",
  },
  check(context, report) {
    const actions = context.minutes.actions;
    const suggestions = actions.filter((a) => !a.marked);
    if (suggestions.length === 0) return [];
    // A suggestion that repeats a marked action (or an earlier suggestion) is found as a repeat of it.
    const repeats = findRepeats([...actions.filter((a) => a.marked), ...suggestions]);
    return suggestions
      .filter((s) => repeats.get(s)?.marked !== true)
      .map((s) => report('suggestion', { owner: ownerName(s), text: quote(s.text, 80) }, s.location));
  },
});

/** "Pippa Mills (CC)": the person the owner resolved to, with the owner as written when that differs. */
function ownerName(action: Action): string {
  const written = action.owner?.trim() ?? '';
  const names = action.owners.map((o) => o.name.trim()).filter((n) => n !== '');
  const resolved = names.join(' and ');
  if (resolved === '') return written || 'someone';
  return written === '' || written.toLowerCase() === resolved.toLowerCase()
    ? resolved
    : `${resolved} (${written})`;
}
