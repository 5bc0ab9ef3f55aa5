import { suggestInitials } from '../../attendance/initials';
import type { Attendee, Location, SourceParagraph } from '../../model';
import { definedInitials, initialsUsedAsPeople, NOT_PEOPLE, splitPeople } from '../people-in-text';
import { defineRule } from '../rule';
import { timesWord } from '../words';

interface Use {
  count: number;
  firstParagraph: number;
  /** Where it was first used: a paragraph to locate, or an action's own location. */
  first: SourceParagraph | Location;
}

/**
 * Initials a reader cannot look up in the attendance list. One problem per set of initials, at its first
 * use, so a document that says "JI" forty times gets one finding, not forty.
 */
export const initialsUndefined = defineRule({
  id: 'initials-undefined',
  severity: 'warning',
  description: 'Initials are used for a person the attendance list does not give them to.',
  messages: {
    undefined:
      "Initials '{{initials}}' are used as a person {{times}}, but the attendance list does not define them. {{hint}}",
  },
  check(context, report) {
    // Without an attendance list every initial would be reported; action-owner-unknown says the list is missing.
    if (context.minutes.attendees.length === 0) return [];
    const defined = definedInitials(context.minutes.attendees);
    const uses = new Map<string, Use>();
    const count = (initials: string, paragraph: number, first: Use['first']) => {
      if (defined.has(initials) || NOT_PEOPLE.has(initials)) return;
      const use = uses.get(initials);
      if (use === undefined) uses.set(initials, { count: 1, firstParagraph: paragraph, first });
      else {
        use.count += 1;
        if (paragraph < use.firstParagraph) Object.assign(use, { firstParagraph: paragraph, first });
      }
    };
    const seenInText = new Set<string>();
    for (let i = 0; i < context.body.length; i += 1) {
      const paragraph = context.body[i]!;
      for (const initials of initialsUsedAsPeople(paragraph.text, defined)) {
        count(initials, paragraph.index, paragraph);
        seenInText.add(`${paragraph.index}:${initials}`);
      }
    }
    // An owner is a person use too, unless the same paragraph's text already counted it ("JI agreed to …").
    for (const action of context.minutes.actions) {
      if (!action.marked) continue;
      for (const initials of splitPeople(action.owner ?? '')) {
        if (!seenInText.has(`${action.location.paragraph}:${initials}`)) {
          count(initials, action.location.paragraph, action.location);
        }
      }
    }
    return [...uses.entries()]
      .sort(([, a], [, b]) => a.firstParagraph - b.firstParagraph)
      .map(([initials, use]) =>
        report(
          'undefined',
          { initials, times: timesWord(use.count), hint: hintFor(initials, context.minutes.attendees) },
          'text' in use.first ? context.locate(use.first) : use.first,
        ),
      );
  },
});

/** Points at the attendee whose name has these initials, since that is usually who was meant. */
function hintFor(initials: string, attendees: readonly Attendee[]): string {
  const likely = attendees.find((a) => a.name.trim() !== '' && suggestInitials(a.name) === initials);
  if (likely === undefined) {
    return 'Add the person to the attendance list with these initials, or correct the initials in the text.';
  }
  const given = likely.initials.trim();
  return given === ''
    ? `They may be ${likely.name.trim()}: add '(${initials})' after that name in the attendance list.`
    : `They may be ${likely.name.trim()}, whose initials the attendance list gives as '${given}': correct one or the other.`;
}
