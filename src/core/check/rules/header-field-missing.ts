import type { Meeting } from '../../model';
import { defineRule } from '../rule';

interface HeaderField {
  name: string;
  present: (meeting: Meeting) => boolean;
  example: string;
}

const filled = (text: string | null) => (text ?? '').trim() !== '';

/** The fields every set of minutes must carry, in the order they usually appear. */
const FIELDS: readonly HeaderField[] = [
  { name: 'date', present: (m) => m.date !== null, example: 'Date: 25 August 2022' },
  { name: 'chair', present: (m) => filled(m.chair), example: 'Chair: John Campion' },
  {
    name: 'minute-taker',
    present: (m) => filled(m.minuteTaker),
    example: 'Minutes: Charity Pearce',
  },
  { name: 'venue', present: (m) => filled(m.venue), example: 'Venue: HQ, Room 2 (or MS Teams)' },
];

/** One problem per missing field, so each can be fixed (or dismissed) on its own. */
export const headerFieldMissing = defineRule({
  id: 'header-field-missing',
  severity: 'error',
  description: 'The header lacks the date, chair, minute-taker or venue.',
  messages: {
    missing: "The header gives no {{field}}. Add a line such as '{{example}}' at the top of the minutes.",
  },
  check(context, report) {
    return FIELDS.filter((field) => !field.present(context.minutes.meeting)).map((field) =>
      report('missing', { field: field.name, example: field.example }, null),
    );
  },
});
