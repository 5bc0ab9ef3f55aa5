import { z } from 'zod';

/** Bumped when the trace's shape changes; consumers of `check --json` read `trace.traceVersion`. */
export const TRACE_VERSION = 1;

/** The form of an action marker (see read/markers.ts): the check asks for `standard` in place of the others. */
export const MarkerForm = z.enum(['standard', 'dash', 'qualified', 'bracket', 'ai', 'bare', 'trailing']);
export type MarkerForm = z.infer<typeof MarkerForm>;

/**
 * Why the reader read one thing so: the recogniser that read it, the paragraphs it came from (reading-order
 * indexes, as in Location.paragraph), the refiners that changed it afterwards, and what the recogniser saw.
 */
export const TraceEntry = z.object({
  recogniser: z.string(),
  paragraphs: z.array(z.number().int()),
  refiners: z.array(z.string()).default([]),
  /** The marker as written and its form, for an action read from a marker. */
  marker: z.object({ written: z.string(), form: MarkerForm }).optional(),
});
export type TraceEntry = z.infer<typeof TraceEntry>;

export const HeaderTraceField = z.enum([
  'title',
  'date',
  'time',
  'endTime',
  'chair',
  'minuteTaker',
  'venue',
  'meetingType',
  'protectiveMarking',
  'status',
  'nextMeeting',
]);
export type HeaderTraceField = z.infer<typeof HeaderTraceField>;

/**
 * Provenance for one reading. Lists run beside the minutes' own: `actions[i]` says why `minutes.actions[i]`
 * was read, and so for attendees, decisions and items (items in flattenItems order, depth first).
 */
export const ReadTrace = z.object({
  traceVersion: z.literal(TRACE_VERSION),
  actions: z.array(TraceEntry),
  attendees: z.array(TraceEntry),
  decisions: z.array(TraceEntry),
  items: z.array(TraceEntry),
  header: z.partialRecord(HeaderTraceField, TraceEntry),
});
export type ReadTrace = z.infer<typeof ReadTrace>;

/** A reading step that failed: the reader kept what it had and went on (its catch-all, for users). */
export const UnreadStep = z.object({ step: z.string(), message: z.string() });
export type UnreadStep = z.infer<typeof UnreadStep>;

export function emptyTrace(): ReadTrace {
  return { traceVersion: TRACE_VERSION, actions: [], attendees: [], decisions: [], items: [], header: {} };
}
