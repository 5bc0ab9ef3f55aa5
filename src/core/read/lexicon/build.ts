/**
 * How the reader's expressions are made from the lexicon's word lists: a list is data, the expression that
 * looks for it is built here, so adding a word never means editing a pattern.
 */

/** The text as a regular expression that matches it literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A non-capturing alternation of the phrases, longest first (so "minutes taken by" wins over "minutes"). */
export function anyOf(phrases: readonly string[]): string {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(literal);
  return `(?:${sorted.join('|')})`;
}

/** The three ways minutes write a word that is case-sensitive to the reader: "ACTION", "Action", "action". */
export function caseForms(word: string): [upper: string, capitalised: string, lower: string] {
  const lower = word.toLowerCase();
  return [lower.toUpperCase(), lower.charAt(0).toUpperCase() + lower.slice(1), lower];
}

/** The words in capitals and capitalised ("RESOLVED", "Resolved"), for labels that must not be lower case. */
export function capitalForms(words: readonly string[]): string[] {
  return words.flatMap((w) => caseForms(w).slice(0, 2));
}

/** The first word of every phrase, for a quick test that a phrase may start here. */
export function firstWords(phrases: readonly string[]): string[] {
  return [...new Set(phrases.map((p) => p.split(/[\s,]+/)[0]!))];
}
