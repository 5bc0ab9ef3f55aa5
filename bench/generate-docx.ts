import { TAGS, type OoxmlBlock } from '../src/core/port';
import { contentControlXml, paragraphXml, tableXml } from '../src/core/write/ooxml';
import { flatPackage } from '../src/core/write/package';
import { ALL_STYLES } from '../src/core/write/styles';
import { runXml } from '../src/core/write/xml-text';
import { writeDocx } from '../src/docx/write';
import type { Content } from './generate';

/**
 * The generated minutes as a .docx, written with the project's own OOXML pieces (paragraphs, tables with a
 * header row, action content controls) and packaged by `writeDocx`, as `minutebook new` would.
 */
export function minutesDocx(content: readonly Content[]): Uint8Array {
  let controlId = 1000;
  const body = content
    .map((block) => {
      if (block.kind === 'table') {
        const width = 100 / block.columns.length;
        return tableXml({
          caption: block.caption,
          description: `${block.caption}: ${block.rows.length} rows`,
          columns: block.columns.map((heading) => ({ heading, widthPercent: width })),
          rows: block.rows,
        });
      }
      const xml = paragraphXml(runXml(block.text), block.style);
      return block.action
        ? contentControlXml({ tag: TAGS.action, title: 'Action', id: (controlId += 1) }, xml)
        : xml;
    })
    .join('');
  const block: OoxmlBlock = { kind: 'items', ooxml: flatPackage(body, ALL_STYLES) };
  return writeDocx([block], { title: 'Police and Crime Assurance Meeting' });
}
