import type { Attendee } from '../../model';
import { NEVER_A_PERSON, wholePhrase } from '../../read/lexicon/people';
import { createOwnerResolver } from '../../read/owners';

// "Chair: Group": a group chairs as a whole; no one person to look for in the list.
const GROUP = wholePhrase(NEVER_A_PERSON);
import { defineRule } from '../rule';

/** A meeting chaired by someone not recorded as there usually means a slip in the header or the list. */
export const chairNotAttending = defineRule({
  id: 'chair-not-attending',
  severity: 'warning',
  description: 'The chair is not recorded as present.',
  messages: {
    notListed:
      "The chair, {{chair}}, is not in the attendance list. Add them as present, or correct the chair's name in the header.",
    notPresent:
      'The chair, {{chair}}, is listed under {{status}}. Record who chaired the meeting, or correct the attendance list.',
  },
  check(context, report) {
    const chair = context.minutes.meeting.chair.trim();
    // With no one recorded as there (no list, or only apologies) there is nothing to compare the chair with.
    const anyoneThere = context.minutes.attendees.some(
      (a) => a.status === 'present' || a.status === 'in attendance',
    );
    if (chair === '' || GROUP.test(chair) || !anyoneThere) return [];
    const attendee = findChair(chair, context.minutes.attendees);
    if (attendee === null) return [report('notListed', { chair }, null)];
    if (attendee.status === 'present' || attendee.status === 'in attendance') return [];
    return [report('notPresent', { chair, status: attendee.status }, null)];
  },
});

/**
 * The attendee the chair names: the whole text, else its first part that resolves ("John Campion, PCC",
 * "Cllr Jones (Chair)"). Resolving gives back name, capacity and initials; the attendee is found by those.
 */
function findChair(chair: string, attendees: readonly Attendee[]): Attendee | null {
  const resolve = createOwnerResolver(attendees);
  const candidates = [chair, ...chair.split(/\s*(?:[,;()]|\s[-–—]\s)\s*/)].filter((c) => c.trim() !== '');
  for (const candidate of candidates) {
    const resolved = resolve(candidate);
    if (resolved.length !== 1) continue;
    const [person] = resolved;
    const match = attendees.find(
      (a) => a.name === person?.name && a.capacity === person.capacity && a.initials === person.initials,
    );
    if (match) return match;
  }
  return null;
}
