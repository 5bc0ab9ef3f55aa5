/** Word refuses search text longer than this (InvalidArgument); escapes count towards it. */
export const WORD_SEARCH_LIMIT = 255;

/**
 * Word's own notation for characters that cannot be typed into a search (wildcards off). `^` itself must be
 * doubled; a character Word would read as an escape is written as its escape.
 */
const ESCAPES: Record<string, string> = {
  '^': '^^',
  '\t': '^t',
  '\v': '^l', // manual line break inside a paragraph
  '\n': '^l',
  '\u00a0': '^s', // non-breaking space
  '\u2011': '^~', // non-breaking hyphen
  '\u00ad': '^-', // optional hyphen
};

/** Paragraph and page breaks and other control characters cannot be searched for: the text is cut before them. */
function isStop(code: number): boolean {
  return code === 0x0d || code === 0x0c || code < 0x09 || (code >= 0x0e && code < 0x20);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Turns paragraph text into text Word's search finds literally: cut at a paragraph or page break, escaped, and
 * cut to Word's 255-character limit without splitting an escape or a surrogate pair.
 */
export function escapeForWordSearch(text: string): string {
  let stop = 0;
  while (stop < text.length && !isStop(text.charCodeAt(stop))) stop += 1;
  // A lone surrogate cannot be searched for; leave it out.
  const searchable = text.slice(0, stop).replace(LONE_SURROGATE, '');
  let out = '';
  for (const ch of searchable) {
    const piece = ESCAPES[ch] ?? ch;
    if (out.length + piece.length > WORD_SEARCH_LIMIT) break;
    out += piece;
  }
  return out;
}

/** The search text for the whole of `text`, and whether it is whole (not cut at a break or at Word's limit). */
export function searchForWhole(text: string): { text: string; complete: boolean } {
  const escaped = escapeForWordSearch(text);
  let plain = '';
  for (let i = 0; i < escaped.length; i++) {
    const ch = escaped[i]!;
    if (ch !== '^') {
      plain += ch;
      continue;
    }
    const code = escaped[++i]!;
    plain += code === '^' ? '^' : (Object.entries(ESCAPES).find(([, e]) => e === `^${code}`)?.[0] ?? '');
  }
  // "^l" stands for both "\v" and "\n": compare with those made one.
  const same = (s: string) => s.replace(/\n/g, '\v');
  return { text: escaped, complete: escaped.length > 0 && same(plain) === same(text) };
}
