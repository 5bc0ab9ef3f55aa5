import { z } from 'zod';
import { IsoDate, IsoTime, Meeting } from './meeting';
import { Attendee } from './attendee';
import { HouseStyle } from './house-style';
import { Item } from './item';

export const STORED_MEETING_VERSION = 1;

/** A finding the reviewer dismissed: which rule, where (by excerpt, so it survives edits), who and when. */
export const DismissedFinding = z.object({
  rule: z.string(),
  excerpt: z.string(),
  by: z.string().default(''),
  at: z.string(),
  /** Why, in the reviewer's words; absent when none was given. */
  reason: z.string().optional(),
});
export type DismissedFinding = z.infer<typeof DismissedFinding>;

/**
 * The pane's form data kept inside the document (one small custom XML part) so the pane can restore it.
 * The document text still wins over this copy.
 */
export const StoredMeeting = z.object({
  schemaVersion: z.literal(STORED_MEETING_VERSION),
  meeting: Meeting,
  attendees: z.array(Attendee).default([]),
  items: z.array(Item).default([]),
  dismissed: z.array(DismissedFinding).default([]),
  disabledRules: z.array(z.string()).default([]),
  /** The preset the minutes were started from (its id); its house style applies unless one is picked. */
  preset: z.string().nullable().optional(),
  /** The house style the reviewer picked in Check settings; null to use the preset's (or none). */
  houseStyle: HouseStyle.nullable().optional(),
  /** Refs handed out so far, so a ref is assigned once and never moves. */
  refs: z
    .object({
      scheme: z.enum(['item', 'year']).default('item'),
      nextYearNumber: z.number().int().min(1).default(1),
    })
    .default({ scheme: 'item', nextYearNumber: 1 }),
  /**
   * The next meeting as the form holds it; `meeting.nextMeeting` is the same written out for the minutes.
   */
  nextMeeting: z
    .object({ date: IsoDate.nullable(), time: IsoTime.nullable(), venue: z.string() })
    .default({ date: null, time: null, venue: '' }),
  /**
   * What the add-in last wrote into the summary table's rows (first cell the ref), so an update rewrites only
   * cells nobody has edited since. Absent until a summary table is inserted.
   */
  summaryWritten: z.array(z.array(z.string())).optional(),
  /**
   * What the add-in last wrote into each table block (by tag: tables, rows, a fingerprint per cell), so an
   * in-place update rewrites only cells nobody has edited since. The header block keeps one "table" of
   * [label, fingerprint of the whole line] rows (`header-update.ts`). Absent in parts written before updates.
   */
  blocksWritten: z.record(z.string(), z.array(z.array(z.array(z.string())))).optional(),
});
export type StoredMeeting = z.infer<typeof StoredMeeting>;
