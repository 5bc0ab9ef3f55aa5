import { fnv1a } from './hash';

/**
 * A cheap fingerprint of the document's body: how many paragraphs it has and a hash of their text. Word's
 * selection-changed event is not an edit event (it can be missed, late, or fired by a co-author), so before an
 * export the pane compares this with the last check's to tell whether the minutes changed since.
 */
export interface DocumentFingerprint {
  paragraphs: number;
  /** FNV-1a (32-bit) over the texts, each ended by U+0000, as 8 hex digits. Not a security hash. */
  hash: string;
}

export function fingerprintOf(texts: readonly string[]): DocumentFingerprint {
  let hash: number | undefined;
  // The terminator keeps ['ab', 'c'] apart from ['a', 'bc'].
  for (const text of texts) hash = fnv1a('\u0000', fnv1a(text, hash));
  return { paragraphs: texts.length, hash: (hash ?? fnv1a('')).toString(16).padStart(8, '0') };
}

export function sameFingerprint(a: DocumentFingerprint, b: DocumentFingerprint): boolean {
  return a.paragraphs === b.paragraphs && a.hash === b.hash;
}
