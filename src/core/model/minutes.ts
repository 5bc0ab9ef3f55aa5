import { z } from 'zod';
import { Meeting } from './meeting';
import { Attendee } from './attendee';
import { Item } from './item';
import { Action, Decision } from './action';
import { Problem } from './problem';

/** Everything the reader understood of one document. */
export const Minutes = z.object({
  meeting: Meeting,
  attendees: z.array(Attendee),
  items: z.array(Item),
  /** Marked actions and suggestions (marked = false), in document order. */
  actions: z.array(Action),
  decisions: z.array(Decision),
});
export type Minutes = z.infer<typeof Minutes>;

export const CHECK_REPORT_VERSION = 1;

/** One checked file: the CLI's `--json` output (an array of these for several files). Public interface. */
export const CheckReport = Minutes.extend({
  schemaVersion: z.literal(CHECK_REPORT_VERSION),
  file: z.string(),
  problems: z.array(Problem),
});
export type CheckReport = z.infer<typeof CheckReport>;
