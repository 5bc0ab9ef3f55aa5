import { BLOCK_STYLES, R_NAMESPACE, W_NAMESPACE, stylesPartXml, type StyleId } from './styles';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CONTENT_TYPES = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
} as const;

/** An empty paragraph: ends every package so its last paragraph does not merge with the user's. */
export const EMPTY_PARAGRAPH = '<w:p/>';

const BODY_OPEN = '<w:body>';
const BODY_CLOSE = '</w:body>';

/** `w:document` with the given body content. */
export function documentXml(bodyContent: string): string {
  return `<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}">${BODY_OPEN}${bodyContent}${BODY_CLOSE}</w:document>`;
}

/**
 * A flat OOXML package (`pkg:package`), as Word's `insertOoxml` takes it: the document part with the body
 * content, followed by an empty paragraph, and a styles part with the styles used.
 */
export function flatPackage(bodyContent: string, styles: readonly StyleId[] = BLOCK_STYLES): string {
  const part = (name: string, contentType: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PKG}">` +
    part(
      '/_rels/.rels',
      CONTENT_TYPES.rels,
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      '/word/_rels/document.xml.rels',
      CONTENT_TYPES.rels,
      `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL_TYPE}/styles" Target="styles.xml"/></Relationships>`,
    ) +
    part('/word/document.xml', CONTENT_TYPES.document, documentXml(bodyContent + EMPTY_PARAGRAPH)) +
    part('/word/styles.xml', CONTENT_TYPES.styles, stylesPartXml(styles)) +
    '</pkg:package>'
  );
}

/** The body content of a package built by `flatPackage` (its trailing empty paragraph included). */
export function bodyContentOf(pkgXml: string): string {
  const start = pkgXml.indexOf(BODY_OPEN);
  const end = pkgXml.lastIndexOf(BODY_CLOSE);
  if (start < 0 || end < start) throw new Error('Not a Minutebook package: it has no w:body.');
  return pkgXml.slice(start + BODY_OPEN.length, end);
}
