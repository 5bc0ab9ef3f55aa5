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

/**
 * Builds locations for paragraphs of one document. Occurrences are counted once over the paragraphs, on the
 * first call, so locating every paragraph stays linear and a document nobody locates in pays nothing.
 */
export function createLocator(paragraphs: readonly SourceParagraph[]): Locator {
  // Per part, the occurrence of each paragraph index whose excerpt came earlier in that part; most are unique
  // (occurrence 0) and are not stored at all.
  let repeats: Map<string, Map<number, number>> | null = null;
  const index = (): Map<string, Map<number, number>> => {
    const byPart = new Map<string, Map<number, number>>();
    const seenByPart = new Map<string, Map<string, number>>();
    // Paragraphs come part by part, so the part's maps are looked up only when the part changes.
    let part = '';
    let seen = new Map<string, number>();
    let repeated = new Map<number, number>();
    for (const p of paragraphs) {
      if (p.part !== part) {
        part = p.part;
        seen = seenByPart.get(part) ?? new Map<string, number>();
        seenByPart.set(part, seen);
        repeated = byPart.get(part) ?? new Map<number, number>();
        byPart.set(part, repeated);
      }
      const excerpt = excerptOf(p.text);
      const n = seen.get(excerpt);
      seen.set(excerpt, n === undefined ? 1 : n + 1);
      if (n !== undefined) repeated.set(p.index, n);
    }
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
