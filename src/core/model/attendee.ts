import { z } from 'zod';

export const AttendanceStatus = z.enum(['present', 'in attendance', 'apologies', 'absent']);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const Attendee = z.object({
  name: z.string(),
  /** Role as written, e.g. "Police and Crime Commissioner (PCC)" or "Policy Officer". */
  capacity: z.string().default(''),
  /** Initials as the minutes use them, e.g. "JI". Empty when the minutes give none. */
  initials: z.string().default(''),
  /** True when the minutes gave no initials and these were derived from the name; absent when written. */
  initialsDerived: z.boolean().optional(),
  status: AttendanceStatus.default('present'),
});
export type Attendee = z.infer<typeof Attendee>;

/** An attendee an action owner resolved to: the public shape in exports and the CLI's JSON. */
export const ResolvedOwner = z.object({
  name: z.string(),
  capacity: z.string(),
  initials: z.string(),
});
export type ResolvedOwner = z.infer<typeof ResolvedOwner>;
