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
});
export type Problem = z.infer<typeof Problem>;
