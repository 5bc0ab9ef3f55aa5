import { readFlatOoxml } from '../../../src/docx/flat';

/**
 * The paragraphs of a flat OOXML package (`pkg:package`) as the fake inserts them, read by the project's
 * own reader (src/docx/flat.ts) so the fake and the .docx path cannot disagree about a block.
 */
export interface ParsedParagraph {
  text: string;
  style: string;
  cell: { table: number; row: number; cell: number } | null;
  /** Block content controls around it (our blocks have one each); `key` tells controls apart within the package. */
  controls: { key: number; tag: string; title: string }[];
}

export function parseFlatOoxml(xml: string): ParsedParagraph[] {
  return readFlatOoxml(xml).map((p) => ({
    text: p.text,
    style: p.style,
    cell: p.table,
    controls: p.contentControl
      ? [{ key: p.contentControl.id, tag: p.contentControl.tag, title: p.contentControl.title }]
      : [],
  }));
}
