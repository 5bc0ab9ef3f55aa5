import type { Action, Item, Minutes } from '../src/core/model';
import { PEOPLE } from './generate';
import { picker, seededRandom } from './random';

const TASKS = [
  'Share the VAWG problem profile with the OPCC',
  'Provide a written update on call handling, including "999" and "101" figures',
  'Review the estates plan: costs, risks, and milestones',
  'Circulate the dip-sampling results to members\nand report back',
  '=HYPERLINK("http://example.invalid") is not a formula: check the guard',
  '-2+3 recorded as text, not a sum',
  'Arrange a briefing on the Café Nero site lease (Zoë Brontë to attend)',
  'Confirm the timetable for the custody inspection',
];
const DUES: [string | null, string | null][] = [
  ['by 30/09/2022', '2022-09-30'],
  ['by 14 October', '2022-10-14'],
  ['next meeting', '2022-09-29'],
  ['by end of Q3', null],
  [null, null],
];

/** Minutes holding `count` marked actions over 50 items, with text that CSV must quote and guard. */
export function minutesWithActions(count: number, seed = 5): Minutes {
  const { pick, chance } = picker(seededRandom(seed));
  const items: Item[] = Array.from({ length: 50 }, (_, i) => ({
    number: String(i + 1),
    title: `Item ${i + 1}: ${pick(['Finance', 'Performance', 'Estates', 'Public protection'])}`,
    confidential: false,
    subItems: [],
  }));
  const actions: Action[] = Array.from({ length: count }, (_, i) => {
    const person = pick(PEOPLE);
    const [due, dueDate] = pick(DUES);
    const item = String((i % 50) + 1);
    return {
      ref: `${item}-A${Math.floor(i / 50) + 1}`,
      item,
      text: pick(TASKS),
      owner: chance(0.5) ? person.initials : (person.role ?? person.name),
      owners: [{ name: person.name, capacity: person.capacity, initials: person.initials }],
      due,
      dueDate,
      status: pick(['Open', 'In progress', 'Done'] as const),
      marked: true,
      location: { paragraph: i * 6, contentControlId: null, excerpt: '', occurrence: 0, part: 'body' },
    };
  });
  return {
    meeting: {
      title: 'Police and Crime Assurance Meeting',
      meetingType: 'Assurance meeting',
      date: '2022-08-25',
      startTime: '10:00',
      endTime: null,
      chair: 'Helen Marsh',
      minuteTaker: 'Ben Cartwright',
      venue: 'Police Headquarters',
      protectiveMarking: 'OFFICIAL',
      status: 'draft',
      nextMeeting: null,
      nextMeetingDate: null,
    },
    attendees: [],
    items,
    actions,
    decisions: [],
  };
}
