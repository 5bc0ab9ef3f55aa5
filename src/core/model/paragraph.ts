import { z } from 'zod';

/**
 * The reader's only input: one paragraph of the document, in reading order, as every adapter
 * (Word, .docx, plain text, memory) can give it. Text is the source of truth; the rest helps.
 */
export const SourceParagraph = z.object({
  /** Position in reading order across the body (0-based). Header/footer paragraphs carry their own counter. */
  index: z.number().int().min(0),
  text: z.string(),
  /** Style name or id as the document has it ("Heading 1", "Heading1", "Title"); empty when unknown. */
  style: z.string().default(''),
  /** Where it sits in a table, when it does. Rows and cells count from 0. */
  table: z
    .object({ table: z.number().int().min(0), row: z.number().int().min(0), cell: z.number().int().min(0) })
    .nullable()
    .default(null),
  /** The innermost content control around it, when there is one. */
  contentControl: z
    .object({ tag: z.string(), id: z.number().int(), title: z.string().default('') })
    .nullable()
    .default(null),
  part: z.enum(['body', 'header', 'footer']).default('body'),
  /** The number or bullet Word shows for a list item ("2.", "a)"), when the adapter can tell; the text lacks it. */
  listString: z.string().optional(),
  /** The list item's level (0 for the outermost, as Word counts), when the adapter can tell. */
  listLevel: z.number().int().min(0).max(8).optional(),
});
export type SourceParagraph = z.infer<typeof SourceParagraph>;

/** Build a body paragraph with defaults; handy for adapters and tests. */
export function paragraph(
  index: number,
  text: string,
  extra: Partial<SourceParagraph> = {},
): SourceParagraph {
  return { index, text, style: '', table: null, contentControl: null, part: 'body', ...extra };
}
