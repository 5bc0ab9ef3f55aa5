/** Text normalisation shared by every reading step: one place decides what "the same text" means. */

// Control characters (tab and line breaks become spaces below), zero-width marks and the byte-order mark.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;
// Markdown emphasis around markers ("**Action:**") carries no meaning for the reader.
const EMPHASIS = /\*\*|__/g;
const CURLY_SINGLE = /[\u2018\u2019\u201b]/g;
const CURLY_DOUBLE = /[\u201c\u201d]/g;

/** One line of plain text: invisible characters dropped, whitespace collapsed, quotes straightened. */
export function cleanText(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(EMPHASIS, '')
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(SPACES, ' ')
    .trim();
}

// Bullets and Markdown check boxes in front of a line: "- ", "• ", "* ", "- [ ] ".
const BULLET = /^(?:[-•*▪◦·‣–—]\s+)+(?:\[[ xX]?\]\s+)?/;

/** The line without a leading bullet or check box. */
export function stripBullet(text: string): string {
  return text.replace(BULLET, '');
}

/** Words of a name, without honorifics, for comparing people. */
const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'cllr',
  'councillor',
  'sir',
  'dame',
  'rev',
  'revd',
  'reverend',
  'lord',
  'lady',
  'canon',
]);

export function nameWords(name: string): string[] {
  return name
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !HONORIFICS.has(w.toLowerCase()));
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.replace(/\.$/, '').toLowerCase());
}
