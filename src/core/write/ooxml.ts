import { escapeAttribute, runXml } from './xml-text';
import { STYLE } from './styles';

/** Width of the text column on A4 with 2.54 cm margins, in twentieths of a point: sizes the table grid. */
const TEXT_WIDTH_TWIPS = 9026;
const HEADER_ROW_FILL = 'D9E2F3';
const CELL_SPACING = '<w:spacing w:before="20" w:after="20"/>';

/** A paragraph in the given style (none = the document's Normal) holding the given runs. */
export function paragraphXml(runs: string, style?: string, extraProps = ''): string {
  const styleProp = style ? `<w:pStyle w:val="${style}"/>` : '';
  const pPr = styleProp || extraProps ? `<w:pPr>${styleProp}${extraProps}</w:pPr>` : '';
  return `<w:p>${pPr}${runs}</w:p>`;
}

export function titleXml(text: string): string {
  return paragraphXml(runXml(text), STYLE.title);
}

export function heading1Xml(text: string): string {
  return paragraphXml(runXml(text), STYLE.heading1);
}

/** "Label: value" with the label in bold, in Normal style: reads aloud well and reads back the same way. */
export function labelledLineXml(label: string, value: string): string {
  return paragraphXml(
    runXml(`${label}: `, { bold: true }) + runXml(value),
    undefined,
    '<w:spacing w:after="60"/>',
  );
}

export interface ContentControl {
  tag: string;
  title: string;
  id: number;
}

/** A rich-text content control around block content; never locked (locks break deletion on the web). */
export function contentControlXml(control: ContentControl, content: string): string {
  return (
    `<w:sdt><w:sdtPr><w:alias w:val="${escapeAttribute(control.title)}"/><w:tag w:val="${escapeAttribute(control.tag)}"/>` +
    `<w:id w:val="${control.id}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

export interface TableColumn {
  heading: string;
  /** Share of the table's width, in per cent. */
  widthPercent: number;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  /** Further paragraphs of the cell, after `text`'s. */
  more?: readonly string[];
}

export interface TableSpec {
  caption: string;
  description: string;
  columns: readonly TableColumn[];
  rows: readonly (readonly (TableCell | string)[])[];
}

function cellXml(cell: TableCell | string, widthPercent: number, header: boolean): string {
  const { text, bold, more } = typeof cell === 'string' ? { text: cell, bold: false, more: [] } : cell;
  const shading = header ? `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_ROW_FILL}"/>` : '';
  const paragraphs = [text, ...(more ?? [])]
    .map((line) => paragraphXml(runXml(line, { bold: header || bold }), undefined, CELL_SPACING))
    .join('');
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${Math.round(widthPercent * 50)}" w:type="pct"/>${shading}</w:tcPr>` +
    `${paragraphs}</w:tc>`
  );
}

/**
 * A real data table: full width, first row a repeated header row (`w:tblHeader`), caption and description for
 * screen readers, one cell per column in every row (no merged cells).
 */
export function tableXml(spec: TableSpec): string {
  const { columns } = spec;
  const grid = columns
    .map((c) => `<w:gridCol w:w="${Math.round((c.widthPercent / 100) * TEXT_WIDTH_TWIPS)}"/>`)
    .join('');
  const header =
    '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' +
    columns.map((c) => cellXml({ text: c.heading }, c.widthPercent, true)).join('') +
    '</w:tr>';
  const rows = spec.rows
    .map(
      (row) =>
        '<w:tr><w:trPr><w:cantSplit/></w:trPr>' +
        columns.map((c, i) => cellXml(row[i] ?? '', c.widthPercent, false)).join('') +
        '</w:tr>',
    )
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.tableGrid}"/><w:tblW w:w="5000" w:type="pct"/>` +
    '<w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>' +
    `<w:tblCaption w:val="${escapeAttribute(spec.caption)}"/><w:tblDescription w:val="${escapeAttribute(spec.description)}"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${header}${rows}</w:tbl>`
  );
}
