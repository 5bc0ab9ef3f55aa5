import fc from 'fast-check';
import { Meeting, flattenItems, type Attendee, type Item } from '../../src/core/model';
import { readMinutes } from '../../src/core/read';
import { buildMinutesBlocks, normaliseTypedText } from '../../src/core/write';
import { readDocx } from '../../src/docx/read';
import { writeDocx } from '../../src/docx/write';
import { propertyRuns } from '../support/property';
import { AWKWARD_IN_NAMES } from '../unit/write/typed-text';
import { MODEL_MINUTES } from '../fixtures/model-meeting';

type Input = { meeting: Meeting; attendees: Attendee[]; items: Item[] };

const WORDS = [
  'Ann',
  'Lee',
  'Board',
  'Ó Briain',
  'Zoë',
  'Smith-Jones',
  'Budget',
  'review',
  'Müller',
  'Chen',
  'Ng',
];
const word = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...AWKWARD_IN_NAMES)), {
    minLength: 1,
    maxLength: 3,
  })
  .map((p) => p.join(''));
/** Words joined by single spaces, so the text reads back unchanged once normalised. */
const typedName = fc
  .array(word, { minLength: 1, maxLength: 3 })
  .map((w) => w.join(' '))
  .filter((s) => {
    const typed = normaliseTypedText(s);
    return /^\S(.*\S)?$/u.test(typed) && !/\s\s/.test(typed) && /\p{L}/u.test(typed);
  });
const initials = fc.stringMatching(/^[A-Z]{2,3}$/);

const inputArbitrary: fc.Arbitrary<Input> = fc
  .record({
    title: typedName,
    meetingType: typedName,
    endTime: fc.option(fc.constantFrom('11:30', '12:00', '16:45'), { nil: null }),
    chair: typedName,
    minuteTaker: typedName,
    venue: typedName,
    date: fc.date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    marking: fc.option(fc.constantFrom('OFFICIAL', 'OFFICIAL-SENSITIVE'), { nil: null }),
    status: fc.constantFrom('draft' as const, 'approved' as const),
    attendees: fc.uniqueArray(
      fc.record({
        name: typedName,
        capacity: typedName,
        initials,
        status: fc.constantFrom(
          'present' as const,
          'in attendance' as const,
          'apologies' as const,
          'absent' as const,
        ),
      }),
      { minLength: 1, maxLength: 8, selector: (a) => normaliseTypedText(a.name).toLowerCase() },
    ),
    items: fc.array(
      fc.record({
        title: typedName,
        confidential: fc.boolean(),
        notes: typedName,
        subItems: fc.array(typedName, { maxLength: 2 }),
      }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
  })
  .map((r) => ({
    meeting: Meeting.parse({
      title: r.title,
      date: r.date.toISOString().slice(0, 10),
      meetingType: r.meetingType,
      startTime: '10:00',
      endTime: r.endTime,
      chair: r.chair,
      minuteTaker: r.minuteTaker,
      venue: r.venue,
      protectiveMarking: r.marking,
      status: r.status,
    }),
    attendees: r.attendees,
    items: r.items.map((item, i) => ({
      number: String(i + 1),
      title: item.title,
      notes: item.notes,
      confidential: item.confidential,
      subItems: item.subItems.map((title, j) => ({
        number: `${i + 1}.${j + 1}`,
        title,
        confidential: false,
        subItems: [],
      })),
    })),
  }));

/** The fields a round trip must keep, with typed text as it reads back from a document. */
function essentials(input: Input) {
  const n = normaliseTypedText;
  const { meeting } = input;
  return {
    meeting: {
      title: n(meeting.title),
      meetingType: n(meeting.meetingType),
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      chair: n(meeting.chair),
      minuteTaker: n(meeting.minuteTaker),
      venue: n(meeting.venue),
      protectiveMarking: meeting.protectiveMarking,
      status: meeting.status,
    },
    attendees: input.attendees
      .map((a) => ({ name: n(a.name), capacity: n(a.capacity), initials: a.initials, status: a.status }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    // Part II items are written in their own part after the public ones (top-level items keep their sub-items).
    items: flattenItems([
      ...input.items.filter((i) => !i.confidential),
      ...input.items.filter((i) => i.confidential),
    ]).map((i) => ({
      number: i.number,
      title: n(i.title),
      confidential: i.confidential,
    })),
  };
}

function roundTrip(input: Input) {
  const minutes = readMinutes(readDocx(writeDocx(buildMinutesBlocks(input))));
  return essentials({ meeting: minutes.meeting, attendees: minutes.attendees, items: minutes.items });
}

describe('a meeting written as a .docx reads back as the same meeting', () => {
  it('the model meeting', () => {
    expect(roundTrip(MODEL_MINUTES)).toEqual(essentials(MODEL_MINUTES));
  });

  it('any meeting, with names full of markup characters, emoji, right-to-left text and control characters', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        expect(roundTrip(input)).toEqual(essentials(input));
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('300 attendees, 200 items and 10 KB of notes', () => {
    const statuses = ['present', 'in attendance', 'apologies', 'absent'] as const;
    const attendees: Attendee[] = Array.from({ length: 300 }, (_, i) => ({
      name: `Member ${i} Ó Briain & <Co>`,
      capacity: `Capacity ${i} “quoted” שלום`,
      initials: `M${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
      status: statuses[i % 4]!,
    }));
    const notes = 'The committee noted the report & agreed the recommendations. '
      .repeat(170)
      .slice(0, 10_240);
    const items: Item[] = Array.from({ length: 200 }, (_, i) => ({
      number: String(i + 1),
      title: `Item ${i + 1}: report <${i}> 😀`,
      notes: i === 0 ? notes : `Notes ${i}`,
      confidential: i % 17 === 0,
      subItems: [],
    }));
    const input: Input = {
      meeting: Meeting.parse({
        title: 'Annual General Meeting',
        date: '2024-06-13',
        startTime: '18:30',
        chair: 'Ada Obi',
        minuteTaker: 'Sam Reid',
        venue: 'Town Hall',
      }),
      attendees,
      items,
    };
    expect(notes.length).toBe(10_240);
    expect(roundTrip(input)).toEqual(essentials(input));
  });
});
