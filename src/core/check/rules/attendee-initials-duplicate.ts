import type { Attendee, Location } from '../../model';
import { defineRule, type RuleContext } from '../rule';
import { listWords, numberWord } from '../words';

/**
 * Two people with the same initials make every "JS to …" ambiguous. Only initials the document writes are held
 * to that: initials the reader derived from a name the document gives without any are its own guess, so a clash
 * between them is at most a note (and only when the text uses those initials for a person).
 */
export const attendeeInitialsDuplicate = defineRule({
  id: 'attendee-initials-duplicate',
  severity: 'error',
  description: 'Two attendees are given the same initials.',
  messages: {
    duplicate:
      "Initials '{{initials}}' are given to {{count}} attendees: {{names}}. Give each attendee their own initials, e.g. add a letter of the surname.",
    derived:
      "{{names}} would share the initials '{{initials}}', which the minutes use. Write each one's initials after their name in the attendance list, e.g. '{{example}}'.",
  },
  check(context, report) {
    const byInitials = new Map<string, Attendee[]>();
    for (const attendee of context.minutes.attendees) {
      const key = attendee.initials.trim().toUpperCase();
      if (key === '') continue;
      const group = byInitials.get(key);
      if (group) {
        // The same person listed twice ("… and Ann Lee" read as a second entry) is not a clash.
        if (!group.some((other) => samePerson(other, attendee))) group.push(attendee);
      } else byInitials.set(key, [attendee]);
    }
    const owners = ownerInitials(context);
    return [...byInitials.entries()]
      .filter(([, group]) => group.length > 1)
      .flatMap(([key, group]) => {
        const written = group.filter((a) => a.initialsDerived !== true);
        const names = listWords(group.map(nameOf));
        const initials = group[0]?.initials.trim() ?? '';
        if (written.length > 1) {
          return [
            report(
              'duplicate',
              { initials, count: numberWord(written.length), names: listWords(written.map(nameOf)) },
              locateAttendee(context, written[1]),
            ),
          ];
        }
        // Derived initials clash only matters where the document uses them for a person.
        if (!owners.has(key)) return [];
        const example = `${nameOf(group[0]!)} (${initials}${surnameLetter(group[0]!)})`;
        return [report('derived', { initials, names, example }, locateAttendee(context, group[1]), 'info')];
      });
  },
});

function nameOf(a: Attendee): string {
  return a.name.trim() || a.capacity.trim() || 'an unnamed attendee';
}

function normalName(a: Attendee): string {
  return a.name
    .toLowerCase()
    .replace(/^(?:and|&)\s+/, '')
    .replace(/[^a-z\u00c0-\u024f]+/g, ' ')
    .trim();
}

function samePerson(a: Attendee, b: Attendee): boolean {
  const x = normalName(a);
  return x !== '' && x === normalName(b);
}

/** A second letter for an example: the second letter of the surname, upper case. */
function surnameLetter(a: Attendee): string {
  const words = a.name.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return (last[1] ?? 'X').toUpperCase();
}

/** Initials the minutes use as owners: the only place a derived clash could confuse a reader. */
function ownerInitials(context: RuleContext): Set<string> {
  const used = new Set<string>();
  for (const action of context.minutes.actions)
    for (const part of (action.owner ?? '').split(/[^A-Za-z]+/))
      if (/^[A-Z]{1,4}$/.test(part)) used.add(part);
  return used;
}

/** The attendance line of an attendee (the first paragraph with their name), so the reviewer lands on it. */
function locateAttendee(context: RuleContext, attendee: Attendee | undefined): Location | null {
  const name = attendee?.name.trim() ?? '';
  if (name === '') return null;
  const paragraph = context.body.find((p) => p.text.includes(name));
  return paragraph ? context.locate(paragraph) : null;
}
