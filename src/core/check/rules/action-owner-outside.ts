import type { Action } from '../../model';
import { createOwnerResolver } from '../../read/owners';
import { isOutsideBody } from '../owner-kinds';
import { defineRule } from '../rule';
import { numberWord } from '../words';

/**
 * An owner that is an organisation or a body outside the meeting ("HO/APCC", "the contractor"): someone at the
 * meeting should carry it. Reported once per owner, at its first action; a house style may switch it off.
 */
export const actionOwnerOutside = defineRule({
  id: 'action-owner-outside',
  severity: 'warning',
  description: 'An action is owned by an organisation or body outside the meeting.',
  messages: {
    outside:
      "Owner '{{owner}}' is outside the meeting ({{count}}). Name the attendee who will take it up with them, e.g. '(owner) to raise with {{owner}} …'.",
  },
  check(context, report) {
    const resolve = createOwnerResolver(context.minutes.attendees);
    const byOwner = new Map<string, { owner: string; first: Action; count: number }>();
    for (const action of context.minutes.actions) {
      const owner = (action.owner ?? '').trim();
      if (!action.marked || owner === '' || action.owners.length > 0) continue;
      const key = owner.toLowerCase();
      const entry = byOwner.get(key);
      if (entry) entry.count += 1;
      else if (isOutsideBody(owner, resolve)) byOwner.set(key, { owner, first: action, count: 1 });
    }
    return [...byOwner.values()].map(({ owner, first, count }) =>
      report(
        'outside',
        { owner, count: count === 1 ? 'one action' : `${numberWord(count)} actions` },
        first.location,
      ),
    );
  },
});
