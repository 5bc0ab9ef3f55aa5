import { strToU8, zipSync, type Zippable } from 'fflate';
import type { OoxmlBlock } from '../core/port';
import { bodyContentOf, CONTENT_TYPES, documentXml } from '../core/write/package';
import { ALL_STYLES, R_NAMESPACE, STYLE, W_NAMESPACE, stylesPartXml } from '../core/write/styles';
import { escapeXml, runXml } from '../core/write/xml-text';
import { readFlatOoxml } from './flat';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// Open Packaging Conventions namespace and relationship-type names: identifiers inside the file, never fetched.
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TYPES = {
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
};
/** A fixed timestamp inside the zip keeps the same blocks producing the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

export interface WriteDocxOptions {
  /** The document's title property; by default the text of the first Title paragraph in the blocks. */
  title?: string;
}

function relationships(list: [id: string, type: string, target: string][]): string {
  const items = list.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="${RELS}">${items.join('')}</Relationships>`;
}

function centredParagraph(style: string, runs: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/><w:jc w:val="center"/></w:pPr>${runs}</w:p>`;
}

/** A PAGE or NUMPAGES field, with "1" as its shown result until the word processor updates it. */
function fieldXml(instruction: string): string {
  return (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}

function headerPartXml(marking: string): string {
  return `${XML_DECLARATION}<w:hdr xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}">${centredParagraph(STYLE.header, runXml(marking, { bold: true }))}</w:hdr>`;
}

function footerPartXml(status: string | null): string {
  const statusParagraph = status ? centredParagraph(STYLE.footer, runXml(status, { bold: true })) : '';
  const pageNumbers = centredParagraph(
    STYLE.footer,
    `${runXml('Page ')}${fieldXml('PAGE')}${runXml(' of ')}${fieldXml('NUMPAGES')}`,
  );
  return `${XML_DECLARATION}<w:ftr xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}">${statusParagraph}${pageNumbers}</w:ftr>`;
}

function sectionXml(hasHeader: boolean): string {
  const header = hasHeader ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : '';
  return (
    `<w:sectPr>${header}<w:footerReference w:type="default" r:id="rIdFooter1"/>` +
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>' +
    '</w:sectPr>'
  );
}

const SETTINGS_XML =
  `${XML_DECLARATION}<w:settings xmlns:w="${W_NAMESPACE}"><w:defaultTabStop w:val="720"/>` +
  '<w:characterSpacingControl w:val="doNotCompress"/><w:compat>' +
  '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

function coreXml(title: string): string {
  // The xmlns values are namespace names inside the file (OPC, Dublin Core), never fetched.
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Minutebook</dc:creator><cp:keywords>minutes</cp:keywords></cp:coreProperties>`
  );
}

// The xmlns value is a namespace name inside the file, never fetched.
const APP_XML =
  `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>Minutebook</Application></Properties>';

function titleOf(blocks: readonly OoxmlBlock[]): string {
  for (const block of blocks) {
    const title = readFlatOoxml(block.ooxml).find((p) => p.style === 'Title');
    if (title) return title.text;
  }
  return 'Minutes';
}

/**
 * Packages blocks (the very packages the pane inserts) as a .docx: their bodies in order with their content
 * controls, the shared styles part, the page header (protective marking) and footer (status, page numbers)
 * taken from the first block that sets them, and the title in the document properties.
 */
export function writeDocx(blocks: readonly OoxmlBlock[], options: WriteDocxOptions = {}): Uint8Array {
  const pageHeader = blocks.find((b) => b.pageHeader)?.pageHeader ?? null;
  const pageFooter = blocks.find((b) => b.pageFooter)?.pageFooter ?? null;
  const body = blocks.map((b) => bodyContentOf(b.ooxml)).join('') + sectionXml(pageHeader !== null);
  const parts: [name: string, contentType: string][] = [
    ['/word/document.xml', CONTENT_TYPES.document],
    ['/word/styles.xml', CONTENT_TYPES.styles],
    ['/word/settings.xml', TYPES.settings],
    ['/word/footer1.xml', TYPES.footer],
    ['/docProps/core.xml', TYPES.core],
    ['/docProps/app.xml', TYPES.app],
  ];
  if (pageHeader !== null) parts.push(['/word/header1.xml', TYPES.header]);
  // The xmlns value is a namespace name inside the file, never fetched.
  const contentTypes =
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${CONTENT_TYPES.rels}"/><Default Extension="xml" ContentType="application/xml"/>` +
    parts.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('') +
    '</Types>';
  const documentRelationships: [string, string, string][] = [
    ['rIdStyles', `${REL}/styles`, 'styles.xml'],
    ['rIdSettings', `${REL}/settings`, 'settings.xml'],
    ['rIdFooter1', `${REL}/footer`, 'footer1.xml'],
  ];
  if (pageHeader !== null) documentRelationships.push(['rIdHeader1', `${REL}/header`, 'header1.xml']);

  const files: Record<string, string> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': relationships([
      ['rId1', `${REL}/officeDocument`, 'word/document.xml'],
      [
        'rId2',
        'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        'docProps/core.xml',
      ],
      ['rId3', `${REL}/extended-properties`, 'docProps/app.xml'],
    ]),
    'word/_rels/document.xml.rels': relationships(documentRelationships),
    'word/document.xml': XML_DECLARATION + documentXml(body),
    'word/styles.xml': XML_DECLARATION + stylesPartXml(ALL_STYLES),
    'word/settings.xml': SETTINGS_XML,
    'word/footer1.xml': footerPartXml(pageFooter),
    'docProps/core.xml': coreXml(options.title ?? titleOf(blocks)),
    'docProps/app.xml': APP_XML,
  };
  if (pageHeader !== null) files['word/header1.xml'] = headerPartXml(pageHeader);
  const zippable: Zippable = {};
  for (const [name, xml] of Object.entries(files)) zippable[name] = [strToU8(xml), { mtime: ZIP_TIME }];
  return zipSync(zippable, { level: 6 });
}
