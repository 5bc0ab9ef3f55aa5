import { z } from 'zod';
import { ResolvedOwner } from './attendee';
import { IsoDate } from './meeting';
import { Location } from './location';

export const ActionStatus = z.enum(['Open', 'In progress', 'Done']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const Action = z.object({
  /** Tracker reference ("2.1-A1", "17/2022"); null until one is assigned. Never moves once given. */
  ref: z.string().nullable().default(null),
  /** Number of the item the action was raised under, null when before any item. */
  item: z.string().nullable(),
  /** The action's own words, marker and owner removed where they could be told apart. */
  text: z.string(),
  /** The owner exactly as written ("ACC Cooper", "HP and GC"); null when none was written. */
  owner: z.string().nullable(),
  /** The attendees the owner resolves to: several for joint owners, empty when unresolved. */
  owners: z.array(ResolvedOwner).default([]),
  /** Due as written ("by 30 September", "next meeting"); null when none. */
  due: z.string().nullable().default(null),
  dueDate: IsoDate.nullable().default(null),
  status: ActionStatus.default('Open'),
  /** True when written with an action marker or in an action column; false for a suggestion read from prose. */
  marked: z.boolean(),
  location: Location,
});
export type Action = z.infer<typeof Action>;

export const Decision = z.object({
  item: z.string().nullable(),
  text: z.string(),
  location: Location,
});
export type Decision = z.infer<typeof Decision>;
