import { z } from 'zod';
import { Attendee } from './attendee';
import { HouseStyle } from './house-style';
import { Item } from './item';

/** A meeting type: its standard agenda and, where it has one, its quorum. Presets are data files. */
export const Preset = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  meetingType: z.string().min(1),
  /** Suggested title; the minute-taker edits it. */
  title: z.string(),
  /** Members (status present) needed for the meeting to be quorate; null where the type defines none. */
  quorum: z.number().int().min(1).nullable().default(null),
  attendees: z.array(Attendee).default([]),
  items: z.array(Item),
  /** The standards minutes of this type follow; the check applies it to minutes started from this preset. */
  houseStyle: HouseStyle.optional(),
});
export type Preset = z.infer<typeof Preset>;
