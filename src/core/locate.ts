import type { Location } from './model/location';
import type { SourceParagraph } from './model/paragraph';

/** Longest excerpt kept in a location. Word's search takes at most 255 characters; escaping can double some. */
export const EXCERPT_LENGTH = 120;

/** The searchable start of a paragraph's text: up to the first tab or line break, at most EXCERPT_LENGTH. */
export function excerptOf(text: string): string {
  const firstLine = text.trim().split(/[\t\n\r\v\f]/)[0] ?? '';
  return firstLine.slice(0, EXCERPT_LENGTH).trim();
}

/**
 * Builds locations for paragraphs of one document. Occurrences are counted once over the paragraphs so
 * locating every paragraph stays linear.
 */
export function createLocator(paragraphs: readonly SourceParagraph[]): (p: SourceParagraph) => Location {
  const occurrenceByIndex = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    const excerpt = excerptOf(p.text);
    const key = `${p.part}\u0000${excerpt}`;
    const n = seen.get(key) ?? 0;
    occurrenceByIndex.set(`${p.part}\u0000${p.index}`, n);
    seen.set(key, n + 1);
  }
  return (p) => ({
    paragraph: p.index,
    contentControlId: p.contentControl?.id ?? null,
    excerpt: excerptOf(p.text),
    occurrence: occurrenceByIndex.get(`${p.part}\u0000${p.index}`) ?? 0,
    part: p.part,
  });
}
