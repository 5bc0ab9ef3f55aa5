import { z } from 'zod';
import { Location } from './location';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Problem = z.object({
  rule: z.string(),
  severity: Severity,
  /** Written for people: says what is wrong and what to do. */
  message: z.string(),
  location: Location.nullable(),
  /**
   * Which of the rule's messages this is ("empty", "unknown"): findings of one rule with the same message id
   * are one kind of finding, which the pane groups. Absent in reports written before it was added.
   */
  messageId: z.string().optional(),
  /** Enough of the line to recognise it ("3 Finance report"), when the location's excerpt is too short. */
  quote: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;
