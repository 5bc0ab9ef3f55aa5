import fc from 'fast-check';

/**
 * How many cases each property test runs: few in `npm test`, at least 10,000 in `npm run test:deep`
 * (which sets MINUTEBOOK_PROPERTY_RUNS).
 */
export function propertyRuns(defaultRuns = 200): number {
  const fromEnv = Number(process.env.MINUTEBOOK_PROPERTY_RUNS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : defaultRuns;
}

/**
 * Texts made of the given words in any order, joined by a space or run together: for properties of readers
 * that look for words, where random letters would almost never spell one.
 */
export function textOfWords(words: readonly string[], maxWords = 12): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(fc.constantFrom(...words), { maxLength: maxWords }), fc.constantFrom(' ', ''))
    .map(([parts, separator]) => parts.join(separator));
}
