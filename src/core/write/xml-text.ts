/**
 * Any text a person can type, made safe for a WordprocessingML package. One mapping, used both to write
 * runs and (as plain text) by round-trip tests: tab → tab, vertical tab / line breaks → line break,
 * characters XML 1.0 forbids (other C0 controls, lone surrogates, U+FFFE, U+FFFF) dropped.
 */

/** A line break as a person types it: CR LF, CR, LF, vertical tab, line and paragraph separators. */
const BREAK = /\r\n|[\n\r\v\u2028\u2029]/g;
/** What XML 1.0 cannot carry (after breaks and tabs are handled). */
/* eslint-disable no-control-regex -- matching control characters is the point */
const FORBIDDEN =
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** Drops what XML 1.0 forbids, leaving tabs and line breaks as they are. */
export function dropForbiddenXmlChars(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** The plain text a typed string reads back as from a package: breaks become "\n", forbidden characters go. */
export function normaliseTypedText(text: string): string {
  return dropForbiddenXmlChars(text.replace(BREAK, '\n'));
}

/** Escapes text for element content or a double- or single-quoted attribute, dropping forbidden characters. */
export function escapeXml(text: string): string {
  return dropForbiddenXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: escaped, with breaks and tabs as spaces (XML would fold them anyway). */
export function escapeAttribute(text: string): string {
  return escapeXml(normaliseTypedText(text).replace(/[\t\n]/g, ' '));
}

export interface RunFormat {
  bold?: boolean;
}

/**
 * The inner content of one run for typed text: `<w:t xml:space="preserve">` pieces with `<w:tab/>` and
 * `<w:br/>` between them.
 */
export function runContentXml(text: string): string {
  const plain = normaliseTypedText(text);
  let out = '';
  for (const piece of plain.split(/([\t\n])/)) {
    if (piece === '\t') out += '<w:tab/>';
    else if (piece === '\n') out += '<w:br/>';
    else if (piece !== '') out += `<w:t xml:space="preserve">${escapeXml(piece)}</w:t>`;
  }
  return out;
}

/** One run (`w:r`) for typed text; empty text gives no run. */
export function runXml(text: string, format: RunFormat = {}): string {
  const content = runContentXml(text);
  if (content === '') return '';
  const rPr = format.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  return `<w:r>${rPr}${content}</w:r>`;
}
