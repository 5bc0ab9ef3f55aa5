import type { Attendee } from '../../model';
import { createOwnerResolver, type OwnerResolver } from '../../read/owners';
import { NOT_PEOPLE } from '../people-in-text';
import { defineRule } from '../rule';

/** "ALL", "All members": everyone present owns it, whoever they are. */
const EVERYONE = /^(?:all|everyone|all (?:members|attendees|present|governors|trustees|directors))$/i;

/** How joint owners are written: "HP and GC", "JI/CP", "HP & GC", "HP, GC". */
const JOINT = /\s*(?:,|\/|&|\+|\band\b)\s*/i;

/**
 * An owner nobody in the attendance list answers to: a typo, someone missing from the list, or an
 * organisation ("HO/APCC"), which can be the target of an action but never its owner.
 */
export const actionOwnerUnknown = defineRule({
  id: 'action-owner-unknown',
  severity: 'warning',
  description: 'An action owner matches nobody in the attendance list.',
  messages: {
    unknown:
      "Owner '{{owner}}' matches nobody in the attendance list. Write the owner as initials, a role or a name from the list, or add them to the attendance.",
    partly:
      "Owner '{{part}}' (of '{{owner}}') matches nobody in the attendance list. Write each owner as initials, a role or a name from the list, or add them to the attendance.",
    organisation:
      "Owner '{{owner}}' is an organisation, not a person. Name the attendee who will take it up, e.g. 'ACTION: PCC to raise with {{owner}} …'.",
    noAttendance:
      "Owner '{{owner}}' cannot be checked: the minutes have no attendance list. Add who was present, with their initials or roles.",
  },
  check(context, report) {
    const attendees = context.minutes.attendees;
    const resolveOnce = createOwnerResolver(attendees);
    // Minutes repeat the same few owners; resolve each once.
    const resolved = new Map<string, ReturnType<OwnerResolver>>();
    const resolve: OwnerResolver = (owner) => {
      let result = resolved.get(owner);
      if (result === undefined) resolved.set(owner, (result = resolveOnce(owner)));
      return result;
    };
    return context.minutes.actions.flatMap((action) => {
      const owner = (action.owner ?? '').trim();
      if (!action.marked || owner === '') return [];
      const data = { owner };
      if (isOrganisation(owner)) return [report('organisation', data, action.location)];
      if (EVERYONE.test(owner)) return [];
      if (attendees.length === 0) return [report('noAttendance', data, action.location)];
      if (action.owners.length === 0 && resolve(owner).length === 0) {
        return [report('unknown', data, action.location)];
      }
      return unresolvedParts(owner, resolve, attendees).map((part) =>
        report('partly', { owner, part }, action.location),
      );
    });
  },
});

/** Every part of an owner is a known body ("HO/APCC", "NPCC"). */
function isOrganisation(owner: string): boolean {
  const parts = owner.replace(/^the\s+/i, '').split(JOINT);
  return parts.every((part) => NOT_PEOPLE.has(part.trim()) && part.trim() !== 'ALL');
}

/**
 * The parts of a joint owner that resolve to nobody. An owner that is itself a capacity or a name ("Head of
 * Finance and Resources") is one owner, not a list.
 */
function unresolvedParts(owner: string, resolve: OwnerResolver, attendees: readonly Attendee[]): string[] {
  const parts = owner.split(JOINT).filter((p) => p.trim() !== '');
  if (parts.length < 2) return [];
  const whole = owner.replace(/^the\s+/i, '').toLowerCase();
  if (attendees.some((a) => `${a.name} ${a.capacity}`.toLowerCase().includes(whole))) return [];
  return parts.filter((part) => resolve(part).length === 0).map((part) => part.trim());
}
