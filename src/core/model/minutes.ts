import { z } from 'zod';
import { Meeting } from './meeting';
import { Attendee } from './attendee';
import { Item } from './item';
import { Action, Decision } from './action';
import { Problem } from './problem';
import { ReadTrace, UnreadStep } from './trace';

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

/**
 * Version of the `check --json` schema. Still 1: additions that leave every earlier field as it was keep it.
 * Version notes:
 *  - 1: the first schema.
 *  - 1 (added): `meetings`, present only for a running log (several meetings in one file): each meeting's
 *    own reading (its header, attendees, items, actions, decisions). The top-level fields stay the whole
 *    file's reading, except `meeting`, which is the first meeting's header.
 */
export const CHECK_REPORT_VERSION = 1;

/** One checked file: the CLI's `--json` output (an array of these for several files). Public interface. */
export const CheckReport = Minutes.extend({
  schemaVersion: z.literal(CHECK_REPORT_VERSION),
  file: z.string(),
  problems: z.array(Problem),
  /** The name of the house style the problems were checked against; absent when there was none. */
  houseStyle: z.string().optional(),
  /** Why each action, attendee, item, decision and header field was read so (its own `traceVersion`). */
  trace: ReadTrace.optional(),
  /** Reading steps that failed on this file; absent or empty when the whole file was read. */
  unread: z.array(UnreadStep).optional(),
  /** Each meeting of a running log, in file order; absent for a file of one meeting (version notes above). */
  meetings: z.array(Minutes).optional(),
});
export type CheckReport = z.infer<typeof CheckReport>;
