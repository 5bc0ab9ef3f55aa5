import type { HouseStyle } from '../../../core/model';

/** The header fields in the words the pane shows (Check settings and the house-style editor). */
export const FIELD_WORDS: Record<HouseStyle['requiredHeaderFields'][number], string> = {
  date: 'date',
  time: 'start time',
  chair: 'chair',
  minuteTaker: 'minute-taker',
  venue: 'venue',
};

/** The house style in words: what it requires, for the settings to show before the reviewer picks it. */
export function describeHouseStyle(style: HouseStyle): string {
  const fields = style.requiredHeaderFields.map((f) => FIELD_WORDS[f]).join(', ') || 'no header fields';
  return [
    `Requires: ${fields}`,
    `actions marked '${style.actionMarker}'`,
    style.dueDateRequired ? 'a due date on every action' : 'due dates optional',
    style.nextMeetingRequired ? 'the next meeting' : 'next meeting optional',
  ].join('; ');
}
