import { SaxesParser } from 'saxes';

/**
 * A minimal reader of the flat OOXML (`pkg:package`) our blocks are built as: the paragraphs of
 * word/document.xml's body with their style, table cell and block content controls. Private to the fake
 * (src/docx/flat.ts did not exist yet when it was written); anything it does not know it ignores.
 */
export interface ParsedParagraph {
  text: string;
  style: string;
  cell: { table: number; row: number; cell: number } | null;
  /** Block content controls around it, outermost first; `key` tells controls apart within the package. */
  controls: { key: number; tag: string; title: string }[];
}

export function parseFlatOoxml(xml: string): ParsedParagraph[] {
  const parser = new SaxesParser({ xmlns: false });
  const out: ParsedParagraph[] = [];
  const controls: { key: number; tag: string; title: string }[] = [];
  const tables: { index: number; row: number; cell: number }[] = [];
  let tableCount = 0;
  let controlCount = 0;
  let inDocumentPart = false;
  let inBody = false;
  let paragraph: ParsedParagraph | null = null;
  let inText = false;
  let inParagraphProps = false;
  let sdtPrOf: { key: number; tag: string; title: string } | null = null;

  parser.on('opentag', (tag) => {
    const attr = (name: string) => {
      const value = tag.attributes[name];
      return typeof value === 'string' ? value : '';
    };
    if (tag.name === 'pkg:part') inDocumentPart = attr('pkg:name') === '/word/document.xml';
    if (!inDocumentPart) return;
    if (tag.name === 'w:body') inBody = true;
    if (!inBody) return;
    switch (tag.name) {
      case 'w:sdt':
        if (!paragraph) controls.push({ key: controlCount++, tag: '', title: '' });
        break;
      case 'w:sdtPr':
        sdtPrOf = paragraph ? null : (controls[controls.length - 1] ?? null);
        break;
      case 'w:tag':
        if (sdtPrOf) sdtPrOf.tag = attr('w:val');
        break;
      case 'w:alias':
        if (sdtPrOf) sdtPrOf.title = attr('w:val');
        break;
      case 'w:tbl':
        tables.push({ index: tableCount++, row: -1, cell: -1 });
        break;
      case 'w:tr': {
        const t = tables[tables.length - 1];
        if (t) {
          t.row += 1;
          t.cell = -1;
        }
        break;
      }
      case 'w:tc': {
        const t = tables[tables.length - 1];
        if (t) t.cell += 1;
        break;
      }
      case 'w:p': {
        const t = tables[tables.length - 1];
        paragraph = {
          text: '',
          style: 'Normal',
          cell: t ? { table: t.index, row: t.row, cell: t.cell } : null,
          controls: controls.map((c) => c),
        };
        break;
      }
      case 'w:pPr':
        inParagraphProps = true;
        break;
      case 'w:pStyle':
        if (paragraph) paragraph.style = attr('w:val');
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        if (paragraph && !inParagraphProps) paragraph.text += '\t';
        break;
      case 'w:br':
        if (paragraph) paragraph.text += '\v';
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && paragraph) paragraph.text += text;
  });
  parser.on('closetag', (tag) => {
    if (!inBody && tag.name !== 'pkg:part') return;
    switch (tag.name) {
      case 'pkg:part':
        inDocumentPart = false;
        break;
      case 'w:body':
        inBody = false;
        break;
      case 'w:sdt':
        if (!paragraph) controls.pop();
        break;
      case 'w:sdtPr':
        sdtPrOf = null;
        break;
      case 'w:tbl':
        tables.pop();
        break;
      case 'w:pPr':
        inParagraphProps = false;
        break;
      case 'w:t':
        inText = false;
        break;
      case 'w:p':
        if (paragraph) out.push(paragraph);
        paragraph = null;
        break;
    }
  });
  parser.write(xml).close();
  return out;
}
