import { z } from 'zod';

/**
 * A corpus labels file (`NN-name.labels.json`, schema in ../shared/corpus/README.md). Only the keys the scorer
 * reads are checked; the many optional extras (status, original_ref, notes…) pass through untouched.
 */
const text = z.string();
const maybe = z.string().nullable();

export const LabelledAction = z.looseObject({
  text,
  owner: maybe,
  due: maybe,
  item: maybe,
  marker: maybe.optional(),
  explicit: z.boolean(),
  /** The text of another labelled action that is the same task written twice: the pair counts once. */
  same_task_as: z.string().optional(),
  meeting: z.string().optional(),
});
export type LabelledAction = z.infer<typeof LabelledAction>;

export const LabelledAttendee = z.looseObject({
  name: z.string(),
  role: maybe.optional(),
  initials: maybe.optional(),
  status: z.string().optional(),
  meeting: z.string().optional(),
});
export type LabelledAttendee = z.infer<typeof LabelledAttendee>;

export const LabelledHeader = z.looseObject({
  title: maybe,
  date: maybe,
  date_iso: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'date_iso is YYYY-MM-DD')
    .nullable(),
  time: maybe.optional(),
  chair: maybe,
  minute_taker: maybe,
  venue: maybe,
  next_meeting: maybe,
});
export type LabelledHeader = z.infer<typeof LabelledHeader>;

export const LabelledItem = z.looseObject({
  number: maybe,
  title: z.string(),
  meeting: z.string().optional(),
});
export type LabelledItem = z.infer<typeof LabelledItem>;

export const LabelledDecision = z.looseObject({ text, item: maybe.optional() });
export type LabelledDecision = z.infer<typeof LabelledDecision>;

export const CorpusLabels = z.looseObject({
  source: z.string().optional(),
  actions: z.array(LabelledAction),
  attendees: z.array(LabelledAttendee),
  header: LabelledHeader,
  items: z.array(LabelledItem),
  decisions: z.array(LabelledDecision),
  multi_meeting: z.boolean().optional(),
  notes: z.string().optional(),
});
export type CorpusLabels = z.infer<typeof CorpusLabels>;

/** Validates parsed JSON as labels; the error names the file and every path that is wrong. */
export function parseLabels(json: unknown, file: string): CorpusLabels {
  const parsed = CorpusLabels.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`${file} is not a valid labels file:\n  ${issues.join('\n  ')}`);
}
