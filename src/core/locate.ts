import type { Location } from './model/location';
import type { SourceParagraph } from './model/paragraph';

/** Longest excerpt kept in a location. Word's search takes at most 255 characters; escaping can double some. */
export const EXCERPT_LENGTH = 120;

/** Text that is its own excerpt: one line, no space to trim at either end (and at most EXCERPT_LENGTH long). */
const PLAIN_SHORT = /^\S(?:[^\t\n\r\v\f]*\S)?$/;

/** JavaScript's whitespace (what trim() removes), by character code. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

// Where excerptBounds puts its answer: two numbers, without allocating for each paragraph.
let boundStart = 0;
let boundEnd = 0;

/**
 * The excerpt's place in the text: trimmed, up to the first tab or line break, at most EXCERPT_LENGTH, trimmed
 * again. Only the first EXCERPT_LENGTH characters after any leading space are looked at.
 */
function excerptBounds(text: string): void {
  let start = 0;
  while (start < text.length && isSpace(text.charCodeAt(start))) start += 1;
  let end = Math.min(text.length, start + EXCERPT_LENGTH);
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 9 && c <= 13) {
      end = i;
      break;
    }
  }
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  boundStart = start;
  boundEnd = end;
}

/** The searchable start of a paragraph's text: up to the first tab or line break, at most EXCERPT_LENGTH. */
export function excerptOf(text: string): string {
  // Most paragraphs are short single lines (no copy), or long ones whose first EXCERPT_LENGTH characters are.
  if (text.length <= EXCERPT_LENGTH) {
    if (PLAIN_SHORT.test(text)) return text;
  } else {
    const head = text.slice(0, EXCERPT_LENGTH);
    if (PLAIN_SHORT.test(head)) return head;
  }
  excerptBounds(text);
  return text.slice(boundStart, boundEnd);
}

/** Finds a paragraph's location; build one per document with createLocator and share it. */
export type Locator = (p: SourceParagraph) => Location;

/** A cheap numeric fingerprint of a paragraph's excerpt: equal excerpts always share it. */
function excerptKey(text: string): number {
  excerptBounds(text);
  const length = boundEnd - boundStart;
  if (length === 0) return 0;
  const first = text.charCodeAt(boundStart);
  const middle = text.charCodeAt(boundStart + (length >> 1));
  const last = text.charCodeAt(boundEnd - 1);
  // Kept within a small integer, which maps hash fastest.
  return (((length * 31 + first) * 31 + middle) * 31 + last) & 0x3fffffff;
}

/**
 * Builds locations for paragraphs of one document. Occurrences are counted on the first call: every
 * paragraph gets a numeric fingerprint of its excerpt (no strings made or hashed), and only paragraphs whose
 * fingerprint repeats are compared as text, so locating stays linear and cheap.
 */
export function createLocator(paragraphs: readonly SourceParagraph[]): Locator {
  // Per part, the occurrence of each paragraph index whose excerpt came earlier in that part; most are unique
  // (occurrence 0) and are not stored at all.
  let repeats: Map<string, Map<number, number>> | null = null;
  const index = (): Map<string, Map<number, number>> => {
    const keys = new Int32Array(paragraphs.length);
    const count = new Map<number, number>();
    paragraphs.forEach((p, i) => {
      const key = excerptKey(p.text);
      keys[i] = key;
      count.set(key, (count.get(key) ?? 0) + 1);
    });
    const byPart = new Map<string, Map<number, number>>();
    const seen = new Map<string, number>();
    paragraphs.forEach((p, i) => {
      if ((count.get(keys[i]!) ?? 0) < 2) return;
      const name = `${p.part}\u0000${excerptOf(p.text)}`;
      const n = seen.get(name);
      seen.set(name, n === undefined ? 1 : n + 1);
      if (n === undefined) return;
      let repeated = byPart.get(p.part);
      if (!repeated) byPart.set(p.part, (repeated = new Map<number, number>()));
      repeated.set(p.index, n);
    });
    return byPart;
  };
  return (p) => {
    repeats ??= index();
    return {
      paragraph: p.index,
      contentControlId: p.contentControl?.id ?? null,
      excerpt: excerptOf(p.text),
      occurrence: repeats.get(p.part)?.get(p.index) ?? 0,
      part: p.part,
    };
  };
}
