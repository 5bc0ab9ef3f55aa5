/**
 * The reference scorer's matching rules (../shared/tools/score-corpus), in TypeScript so figures agree with it:
 * normalised text, a word-overlap similarity, owner equality as written, and the attendee subset match.
 */

const SIMILAR = 0.6;

/** NFKC, lower case, curly quotes straightened, punctuation to spaces, whitespace collapsed (Python's `norm`). */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .replace(/[^\p{L}\p{N}_\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/** 1 when one normalised text contains the other, else the shared words over the shorter text's words. */
export function similarity(a: string | null | undefined, b: string | null | undefined): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === '' || nb === '') return 0;
  if (na.includes(nb) || nb.includes(na)) return 1;
  const ta = new Set(na.split(' '));
  const tb = new Set(nb.split(' '));
  let shared = 0;
  for (const word of ta) if (tb.has(word)) shared += 1;
  return shared / Math.max(1, Math.min(ta.size, tb.size));
}

export const similar = (a: string | null | undefined, b: string | null | undefined): boolean =>
  similarity(a, b) >= SIMILAR;

/**
 * Owner as written: both absent, or equal without a leading "the", or the gold owner one of an "X and Y"
 * prediction, or the prediction inside the gold owner.
 */
export function ownerEq(pred: string | null | undefined, gold: string | null | undefined): boolean {
  if (gold == null || pred == null) return gold == null && pred == null;
  const strip = (s: string) => norm(s).replace(/^the\s+/, '');
  const p = strip(pred);
  const g = strip(gold);
  return p === g || p.split(' and ').includes(g) || g.includes(p);
}

/** Names match when the words of one (normalised) are a subset of the other's: "Ann Lee" ~ "Ann". */
export function namesMatch(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === '' || y === '') return false;
  const wx = new Set(x.split(' '));
  const wy = new Set(y.split(' '));
  const subset = (s: Set<string>, t: Set<string>) => [...s].every((w) => t.has(w));
  return subset(wx, wy) || subset(wy, wx);
}

/**
 * Greedy one-to-one matching as the reference does it: each gold entry in order takes the unused prediction
 * most similar to it (the first on a tie), when that similarity is at least 0.6. Returns, per gold entry, the
 * index of its prediction or null.
 */
export function greedyMatch<G, P>(
  gold: readonly G[],
  preds: readonly P[],
  goldText: (g: G) => string,
  predText: (p: P) => string,
): (number | null)[] {
  const used = new Set<number>();
  return gold.map((g) => {
    let best = 0;
    let at: number | null = null;
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const s = similarity(predText(p), goldText(g));
      if (s > best) {
        best = s;
        at = i;
      }
    });
    if (at === null || best < SIMILAR) return null;
    used.add(at);
    return at;
  });
}
