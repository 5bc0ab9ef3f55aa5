import type { Location } from './model/location';
import type { SourceParagraph } from './model/paragraph';

/** Longest excerpt kept in a location. Word's search takes at most 255 characters; escaping can double some. */
export const EXCERPT_LENGTH = 120;

const LINE_BREAK = /[\t\n\r\v\f]/;
/** Text that is its own excerpt: short, one line, no space to trim at either end. */
const PLAIN_SHORT = /^\S(?:[^\t\n\r\v\f]*\S)?$/;

/** The searchable start of a paragraph's text: up to the first tab or line break, at most EXCERPT_LENGTH. */
export function excerptOf(text: string): string {
  // Most paragraphs are short single lines: no copy, no split.
  if (text.length <= EXCERPT_LENGTH && PLAIN_SHORT.test(text)) return text;
  const trimmed = text.trim();
  const cut = trimmed.search(LINE_BREAK);
  const firstLine = cut < 0 ? trimmed : trimmed.slice(0, cut);
  return firstLine.length <= EXCERPT_LENGTH ? firstLine.trim() : firstLine.slice(0, EXCERPT_LENGTH).trim();
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
    for (const p of paragraphs) {
      let seen = seenByPart.get(p.part);
      if (seen === undefined) {
        seen = new Map();
        seenByPart.set(p.part, seen);
      }
      const excerpt = excerptOf(p.text);
      const n = seen.get(excerpt);
      if (n === undefined) {
        seen.set(excerpt, 1);
        byPart.get(p.part)?.delete(p.index); // as a later paragraph at the same index would win
        continue;
      }
      seen.set(excerpt, n + 1);
      let part = byPart.get(p.part);
      if (part === undefined) {
        part = new Map();
        byPart.set(p.part, part);
      }
      part.set(p.index, n);
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
