/* eslint-disable no-control-regex -- the control characters XML cannot hold are the point of this file */
/**
 * Text as a workbook stores it. XML cannot hold most control characters (ExcelJS silently drops them) and
 * turns a CR into LF when read, so Excel writes such a character as `_xHHHH_`; a literal `_x0041_` in the
 * text then needs its underscore written as `_x005F_`. ExcelJS decodes these when it reads, as Excel does.
 */
const NOT_XML_SAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Any `_xHHHH`, not only `_xHHHH_`: the `_` that ends it may be the start of an escape written next.
const LOOKS_ESCAPED = /_(?=x[0-9a-fA-F]{4})/g;

function escapeCode(ch: string): string {
  return `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

export function encodeXlsxText(text: string): string {
  return text.replace(LOOKS_ESCAPED, '_x005F_').replace(NOT_XML_SAFE, escapeCode);
}

/** Excel's sheet-name rules: 1 to 31 characters, none of `: \ / ? * [ ]`, no apostrophe at either end. */
export function safeSheetName(title: string, fallback: string, taken: readonly string[] = []): string {
  let name = title
    .replace(/[:\\/?*[\]\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  name = name.replace(/^'+|'+$/g, '').trim();
  if (name.length > 31) {
    // Never leave half a surrogate pair at the cut.
    name = name.slice(0, /[\ud800-\udbff]/.test(name.charAt(30)) ? 30 : 31).trim();
    name = name.replace(/'+$/, '').trim();
  }
  const clashes = (candidate: string) =>
    candidate.toLowerCase() === 'history' ||
    taken.some((other) => other.toLowerCase() === candidate.toLowerCase());
  return name === '' || clashes(name) ? fallback : name;
}
