/**
 * The styles Minutebook's blocks use, shipped in each package's styles part. Style ids are locale-independent;
 * names are Word's built-in names ("heading 1") so Word treats them as its own built-in styles. When a package
 * is inserted, a style the document already has keeps the document's look (body text stays in its Normal).
 */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  tableGrid: 'TableGrid',
  header: 'Header',
  footer: 'Footer',
} as const;
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

/** Dark enough on white for WCAG AA at any size. */
const HEADING_COLOUR = '1F3864';

const DEFINITIONS: Record<StyleId, string> = {
  Normal:
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr>' +
    '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:style>',
  Title:
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>' +
    `<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="${HEADING_COLOUR}"/></w:pBdr><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="9"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${HEADING_COLOUR}"/><w:kern w:val="28"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>`,
  Heading1:
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>' +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${HEADING_COLOUR}"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>`,
  TableGrid:
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:uiPriority w:val="39"/>' +
    '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
    '<w:tblPr><w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="7F7F7F"/>`)
      .join('') +
    '</w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  Header:
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>',
  Footer:
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>' +
    '<w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>',
};

const DOC_DEFAULTS =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/>' +
  '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault/></w:docDefaults>';

/** The styles part (`w:styles`) holding the given styles; Normal is always there since the others build on it. */
export function stylesPartXml(ids: readonly StyleId[]): string {
  const wanted = new Set<StyleId>([STYLE.normal, ...ids]);
  const styles = (Object.keys(DEFINITIONS) as StyleId[])
    .filter((id) => wanted.has(id))
    .map((id) => DEFINITIONS[id]);
  return `<w:styles xmlns:w="${W_NAMESPACE}">${DOC_DEFAULTS}${styles.join('')}</w:styles>`;
}

export const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NAMESPACE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Styles the body blocks use (header/footer styles only go into a whole .docx). */
export const BLOCK_STYLES: readonly StyleId[] = [STYLE.normal, STYLE.title, STYLE.heading1, STYLE.tableGrid];
export const ALL_STYLES: readonly StyleId[] = Object.keys(DEFINITIONS) as StyleId[];
