import { z } from 'zod';

/** ISO calendar date, e.g. 2022-08-25. Shown to people in their locale, stored like this. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2022-08-25')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'That date does not exist on the calendar',
    },
  );

/** 24-hour time, e.g. 10:00. */
export const IsoTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 10:00');

export const MeetingStatus = z.enum(['draft', 'approved']);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/**
 * The meeting's header details. Strings may be empty while a minute-taker is still filling the form;
 * `MeetingReadyForInsert` below is the stricter shape the header block needs.
 */
export const Meeting = z.object({
  title: z.string(),
  meetingType: z.string().default(''),
  date: IsoDate.nullable().default(null),
  startTime: IsoTime.nullable().default(null),
  endTime: IsoTime.nullable().default(null),
  chair: z.string().default(''),
  minuteTaker: z.string().default(''),
  venue: z.string().default(''),
  protectiveMarking: z.string().nullable().default(null),
  status: MeetingStatus.default('draft'),
  /** The next meeting as written ("Tuesday 4th October"), and its date when one could be read. */
  nextMeeting: z.string().nullable().default(null),
  nextMeetingDate: IsoDate.nullable().default(null),
});
export type Meeting = z.infer<typeof Meeting>;

/** What the header block needs before it may be inserted: a title and a date at least. */
export const MeetingReadyForInsert = Meeting.extend({
  title: z.string().trim().min(1, 'Give the meeting a title'),
  date: IsoDate.nullable().refine((d) => d !== null, { message: 'Give the meeting a date' }),
});

export function emptyMeeting(): Meeting {
  return Meeting.parse({ title: '' });
}
