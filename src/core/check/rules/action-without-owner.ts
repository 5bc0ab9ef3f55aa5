import type { Attendee } from '../../model';
import { defineRule, type RuleContext } from '../rule';
import { quote } from '../words';

/**
 * A marked action nobody owns will not get done. Suggestions are left to unmarked-action. Where the action was
 * written with a marker (or in an action column), a missing owner is an error; a line the reader took as an
 * action only because it sits under an "Actions" heading may not be an action at all, so that is a warning.
 */
export const actionWithoutOwner = defineRule({
  id: 'action-without-owner',
  severity: 'error',
  description: 'An action names no owner.',
  messages: {
    noOwner: "Action '{{text}}' has no owner. Name who will do it, e.g. 'ACTION: {{owner}} to {{verb}} …'.",
    noOwnerInSection:
      "'{{text}}' is listed as an action but names no owner. If it is an action, name who will do it, e.g. '{{owner}} to {{verb}} …'.",
  },
  check(context, report) {
    const example = exampleOwner(context.minutes.attendees);
    return context.minutes.actions.flatMap((action, at) => {
      if (!action.marked || (action.owner ?? '').trim() !== '' || ownerWrittenFirst(action.text)) return [];
      const data = { text: quote(action.text), verb: firstWord(action.text), owner: example };
      return fromSectionOnly(context, at)
        ? [report('noOwnerInSection', data, action.location, 'warning')]
        : [report('noOwner', data, action.location)];
    });
  },
});

/** Recognisers that read an action from where it stands or from a note to self, not from an ACTION marker. */
const SOFT_READINGS = new Set(['action-in-section', 'task-note']);

/** The reader's trace says the action was read only for standing under an actions heading (or a TODO note). */
function fromSectionOnly(context: RuleContext, at: number): boolean {
  return SOFT_READINGS.has(context.trace?.actions[at]?.recogniser ?? '');
}

/**
 * "Fletcher - follow up the grant", "Ann Lee and Sam – book the hall": the owner is written, before a dash, in a
 * form the reader did not take as one. Saying the action has no owner would be false.
 */
const OWNER_BEFORE_DASH =
  /^\s*(?:[A-Z][\p{L}'.]*|[A-Z]{2,4})(?:\s+[A-Z][\p{L}'.]*){0,2}(?:\s*(?:,|&|\/|and)\s*[A-Z][\p{L}'.]*(?:\s+[A-Z][\p{L}'.]*){0,2})*\s+[-–—]\s+\S/u;

function ownerWrittenFirst(text: string): boolean {
  return OWNER_BEFORE_DASH.test(text);
}

/** An owner for the example: initials the document writes for an attendee, else a neutral placeholder. */
function exampleOwner(attendees: readonly Attendee[]): string {
  const withInitials = attendees.find((a) => a.initials.trim() !== '' && a.initialsDerived !== true);
  return withInitials?.initials.trim() ?? '(owner)';
}

/** The action's verb ("share", "review"): its first word after a leading "to", lower-cased for the example. */
function firstWord(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}'-]+/gu) ?? [];
  return (words[0] === 'to' ? words[1] : words[0]) ?? 'do';
}
