import fc from 'fast-check';
import { AttendanceStatus, Meeting, type Action, type Attendee, type Item } from '../../../src/core/model';
import { typedText } from './typed-text';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

export const meetingArbitrary: fc.Arbitrary<Meeting> = fc
  .record({
    title: typedText(),
    meetingType: typedText(),
    date: fc.option(isoDate, { nil: null }),
    startTime: fc.option(isoTime, { nil: null }),
    endTime: fc.option(isoTime, { nil: null }),
    chair: typedText(),
    minuteTaker: typedText(),
    venue: typedText(),
    protectiveMarking: fc.option(typedText(), { nil: null }),
    status: fc.constantFrom('draft' as const, 'approved' as const),
  })
  .map((m) => Meeting.parse(m));

export const attendeeArbitrary: fc.Arbitrary<Attendee> = fc.record({
  name: typedText(),
  capacity: typedText(),
  initials: typedText(4),
  status: fc.constantFrom(...AttendanceStatus.options),
});

const itemNumber = fc.oneof(fc.stringMatching(/^\d{1,2}(\.\d{1,2})?$/), typedText(4));

export const itemArbitrary: fc.Arbitrary<Item> = fc.record({
  number: itemNumber,
  title: typedText(),
  notes: fc.option(typedText(30), { nil: undefined }),
  confidential: fc.boolean(),
  subItems: fc.array(
    fc.record({
      number: itemNumber,
      title: typedText(),
      confidential: fc.boolean(),
      subItems: fc.constant([]),
    }),
    { maxLength: 3 },
  ),
});

export const actionArbitrary: fc.Arbitrary<Action> = fc.record({
  ref: fc.option(typedText(6), { nil: null }),
  item: fc.option(typedText(4), { nil: null }),
  text: typedText(20),
  owner: fc.option(typedText(), { nil: null }),
  owners: fc.constant([]),
  due: fc.option(typedText(), { nil: null }),
  dueDate: fc.option(isoDate, { nil: null }),
  status: fc.constantFrom('Open' as const, 'In progress' as const, 'Done' as const),
  marked: fc.boolean(),
  location: fc.constant({
    paragraph: 0,
    contentControlId: null,
    excerpt: '',
    occurrence: 0,
    part: 'body' as const,
  }),
});
