import type { Attendee, Problem } from '../../model';
import { createOwnerResolver, type OwnerResolver } from '../../read/owners';
import { ambiguousMatches, isCollective, isOutsideBody, JOINT } from '../owner-kinds';
import { defineRule } from '../rule';

/**
 * An owner nobody in the attendance list answers to: a typo, or someone missing from the list. Owners that are
 * the attendees together ("ALL", "the group") are fine; an organisation is left to action-owner-outside and an
 * owner two attendees answer to to action-owner-ambiguous.
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
    noAttendance:
      "Owner '{{owner}}' cannot be checked: the minutes have no attendance list. Add who was present, with their initials or roles.",
  },
  check(context, report) {
    const attendees = context.minutes.attendees;
    // The resolver keeps each spelling it has resolved, so parts shared by several owners resolve once.
    const resolve = createOwnerResolver(attendees);
    // What is wrong with an owner depends only on how it is written (and whether the reader resolved it):
    // worked out once per owner.
    const findings = new Map<string, Finding[]>();
    const findingsFor = (owner: string, readerResolved: boolean): Finding[] => {
      const key = `${readerResolved ? 'y' : 'n'}${owner}`;
      let found = findings.get(key);
      if (found === undefined)
        findings.set(key, (found = ownerFindings(owner, readerResolved, resolve, attendees)));
      return found;
    };
    const problems: Problem[] = [];
    for (const action of context.minutes.actions) {
      const owner = (action.owner ?? '').trim();
      if (!action.marked || owner === '') continue;
      for (const { message, data } of findingsFor(owner, action.owners.length > 0))
        problems.push(report(message, data, action.location));
    }
    return problems;
  },
});

type Message = 'unknown' | 'partly' | 'noAttendance';

interface Finding {
  message: Message;
  data: Record<string, string>;
}

function ownerFindings(
  owner: string,
  readerResolved: boolean,
  resolve: OwnerResolver,
  attendees: readonly Attendee[],
): Finding[] {
  const data = { owner };
  if (isCollective(owner) || isOutsideBody(owner, resolve)) return [];
  if (attendees.length === 0) return [{ message: 'noAttendance', data }];
  if (!readerResolved && resolve(owner).length === 0) {
    if (ambiguousMatches(owner, resolve, attendees).length > 1) return [];
    return [{ message: 'unknown', data }];
  }
  return unresolvedParts(owner, resolve, attendees).map((part) => ({
    message: 'partly',
    data: { owner, part },
  }));
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
  return parts
    .filter(
      (part) =>
        resolve(part).length === 0 &&
        !isCollective(part) &&
        !isOutsideBody(part, resolve) &&
        ambiguousMatches(part, resolve, attendees).length < 2,
    )
    .map((part) => part.trim());
}
