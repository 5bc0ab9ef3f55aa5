import type { Problem } from '../../model';
import { createOwnerResolver } from '../../read/owners';
import { ambiguousMatches, isCollective, JOINT } from '../owner-kinds';
import { defineRule } from '../rule';
import { listWords } from '../words';

/**
 * An owner two attendees answer to (two people with the initials JS; "the Chief Executive" when two are listed):
 * a tracker cannot tell who owns it. The finding names both.
 */
export const actionOwnerAmbiguous = defineRule({
  id: 'action-owner-ambiguous',
  severity: 'warning',
  description: 'An action owner matches more than one attendee.',
  messages: {
    ambiguous:
      "Owner '{{owner}}' matches {{names}}. Write the owner so that only one of them is meant, e.g. their full name.",
  },
  check(context, report) {
    const attendees = context.minutes.attendees;
    if (attendees.length < 2) return [];
    const resolve = createOwnerResolver(attendees);
    const problems: Problem[] = [];
    for (const action of context.minutes.actions) {
      const owner = (action.owner ?? '').trim();
      if (!action.marked || owner === '' || isCollective(owner)) continue;
      // Each joint owner on its own ("JS and AB": is JS one person?).
      for (const part of owner.split(JOINT)) {
        const matches = ambiguousMatches(part, resolve, attendees);
        if (matches.length < 2) continue;
        const names = listWords(matches.map((a) => a.name.trim() || a.capacity.trim()));
        problems.push(report('ambiguous', { owner: part.trim(), names }, action.location));
      }
    }
    return problems;
  },
});
