import { z } from 'zod';

/**
 * Where something sits in the document, in terms every adapter can act on:
 * the paragraph's position in reading order, the Minutebook content control around it (if any),
 * and a short excerpt of its text that Word's search can find again.
 */
export const Location = z.object({
  paragraph: z.number().int().min(0),
  contentControlId: z.number().int().nullable().default(null),
  excerpt: z.string().default(''),
  /** Which match of `excerpt` in reading order (0 = first), so a text search can find the right one. */
  occurrence: z.number().int().min(0).default(0),
  part: z.enum(['body', 'header', 'footer']).default('body'),
});
export type Location = z.infer<typeof Location>;
