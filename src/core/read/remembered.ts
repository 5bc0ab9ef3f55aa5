/**
 * A function of one string whose answers are kept: for questions asked of the same few strings on every
 * paragraph (a style name, a column header), where a map lookup costs a fraction of the expression behind it.
 * Bounded, so a long document of ever-different strings cannot grow it without end.
 */
export function remembered<T>(answer: (text: string) => T, limit = 1000): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const kept = known.get(text);
    if (kept !== undefined || known.has(text)) return kept as T;
    const found = answer(text);
    if (known.size < limit) known.set(text, found);
    return found;
  };
}
