import type { Location } from './model/location';
import type { SourceParagraph } from './model/paragraph';

/** Longest excerpt kept in a location. Word's search takes at most 255 characters; escaping can double some. */
export const EXCERPT_LENGTH = 120;

/** Text that is its own excerpt: one line, no space to trim at either end (and at most EXCERPT_LENGTH long). */
const PLAIN_SHORT = /^\S(?:[^\t\n\r\v\f]*\S)?$/;

/** JavaScript's whitespace (what trim() and \s match), by character code. */
export function isSpace(c: number): boolean {
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
 * Builds locations for paragraphs of one document. Occurrences are counted on the first call, in one pass:
 * per part, a map from each excerpt to how many paragraphs have had it so far. A short paragraph is its own
 * excerpt, so no string is made for it, and the engine hashes strings faster than a loop here could.
 */
export function createLocator(paragraphs: readonly SourceParagraph[]): Locator {
  // By position in `paragraphs`: how many earlier paragraphs of the same part had the same excerpt.
  let occurrences: Int32Array | null = null;
  const index = (): Int32Array => {
    const counts = new Int32Array(paragraphs.length);
    const seenByPart = new Map<string, Map<string, number>>();
    for (let i = 0; i < paragraphs.length; i += 1) {
      const p = paragraphs[i]!;
      let seen = seenByPart.get(p.part);
      if (!seen) seenByPart.set(p.part, (seen = new Map<string, number>()));
      const excerpt = excerptOf(p.text);
      const n = seen.get(excerpt) ?? 0;
      seen.set(excerpt, n + 1);
      counts[i] = n;
    }
    return counts;
  };
  // Usually a body paragraph's index is its position; other paragraphs are found by part and index.
  let positions: Map<string, number> | null = null;
  const positionOf = (p: SourceParagraph): number | undefined => {
    if (paragraphs[p.index] === p) return p.index;
    if (positions === null) {
      positions = new Map();
      for (let i = 0; i < paragraphs.length; i += 1)
        positions.set(`${paragraphs[i]!.part}\u0000${paragraphs[i]!.index}`, i);
    }
    return positions.get(`${p.part}\u0000${p.index}`);
  };
  return (p) => {
    occurrences ??= index();
    const position = positionOf(p);
    return {
      paragraph: p.index,
      contentControlId: p.contentControl?.id ?? null,
      excerpt: excerptOf(p.text),
      occurrence: position === undefined ? 0 : occurrences[position]!,
      part: p.part,
    };
  };
}
