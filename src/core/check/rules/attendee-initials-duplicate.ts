import type { Attendee, Location } from '../../model';
import { defineRule, type RuleContext } from '../rule';
import { listWords, numberWord } from '../words';

/** Two people with the same initials make every "JS to …" ambiguous. */
export const attendeeInitialsDuplicate = defineRule({
  id: 'attendee-initials-duplicate',
  severity: 'error',
  description: 'Two attendees are given the same initials.',
  messages: {
    duplicate:
      "Initials '{{initials}}' are given to {{count}} attendees: {{names}}. Give each attendee their own initials, e.g. add a letter of the surname.",
  },
  check(context, report) {
    const byInitials = new Map<string, Attendee[]>();
    for (const attendee of context.minutes.attendees) {
      const key = attendee.initials.trim().toUpperCase();
      if (key === '') continue;
      const group = byInitials.get(key);
      if (group) group.push(attendee);
      else byInitials.set(key, [attendee]);
    }
    return [...byInitials.values()]
      .filter((group) => group.length > 1)
      .map((group) =>
        report(
          'duplicate',
          {
            initials: group[0]?.initials.trim() ?? '',
            count: numberWord(group.length),
            names: listWords(group.map((a) => a.name.trim() || a.capacity.trim() || 'an unnamed attendee')),
          },
          locateAttendee(context, group[1]),
        ),
      );
  },
});

/** The attendance line of an attendee (the first paragraph with their name), so the reviewer lands on it. */
function locateAttendee(context: RuleContext, attendee: Attendee | undefined): Location | null {
  const name = attendee?.name.trim() ?? '';
  if (name === '') return null;
  const paragraph = context.body.find((p) => p.text.includes(name));
  return paragraph ? context.locate(paragraph) : null;
}
