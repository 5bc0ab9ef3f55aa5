import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Minutes } from '../../src/core/model';
import { readMinutes, textToParagraphs } from '../../src/core/read';

/**
 * Scores the reader against the labelled fixtures in tests/fixtures/minutes: precision and recall of marked
 * actions and of suggestions (matched by item + owner as written), how many matched marked actions resolve to
 * exactly the labelled people, and decisions found against the labelled count. Reads only; writes nothing.
 */
export const FIXTURES_DIR = join(__dirname, '..', 'fixtures', 'minutes');

export interface LabelledAction {
  item: string | null;
  owner: string;
  /** Names the owner should resolve to (marked actions only). */
  resolves?: string[];
}

export interface Labels {
  description: string;
  marked: LabelledAction[];
  suggestions: LabelledAction[];
  decisions: number;
  /**
   * Rules that rightly report an error on this fixture through review() (e.g. `header-field-missing` for
   * notes that name no chair). Absent: review() must report no error at all.
   */
  expectedErrors?: string[];
  /** Why those errors are right, for the next reader of the labels. */
  expectedErrorsWhy?: string;
}

export interface Fixture {
  name: string;
  file: string;
  text: string;
  labels: Labels;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface FixtureScore {
  name: string;
  marked: Score;
  suggestions: Score;
  /** Matched marked actions whose resolved names equal the labels. */
  ownersResolved: { right: number; of: number };
  decisions: { found: number; labelled: number };
  misses: string[];
}

export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md')
    .sort()
    .map((file) => {
      const name = file.replace(/\.(txt|md)$/, '');
      const labels = JSON.parse(readFileSync(join(dir, `${name}.labels.json`), 'utf8')) as Labels;
      return { name, file, text: readFileSync(join(dir, file), 'utf8'), labels };
    });
}

const norm = (s: string | null) => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const keyOf = (item: string | null, owner: string | null) => `${norm(item)}|${norm(owner)}`;

/** Matches found against labelled actions, each label used once. */
function match(found: { item: string | null; owner: string | null }[], labelled: LabelledAction[]) {
  const pool = new Map<string, number[]>();
  labelled.forEach((l, i) => {
    const k = keyOf(l.item, l.owner);
    pool.set(k, [...(pool.get(k) ?? []), i]);
  });
  const pairs: [number, number][] = [];
  const extra: number[] = [];
  found.forEach((f, i) => {
    const list = pool.get(keyOf(f.item, f.owner));
    const j = list?.shift();
    if (j === undefined) extra.push(i);
    else pairs.push([i, j]);
  });
  const missed = [...pool.values()].flat();
  return { pairs, extra, missed };
}

export function scoreFixture(
  fixture: Fixture,
  minutes: Minutes = readMinutes(textToParagraphs(fixture.text)),
): FixtureScore {
  const marked = minutes.actions.filter((a) => a.marked);
  const suggested = minutes.actions.filter((a) => !a.marked);
  const m = match(marked, fixture.labels.marked);
  const s = match(suggested, fixture.labels.suggestions);
  let right = 0;
  for (const [i, j] of m.pairs) {
    const got = marked[i]!.owners.map((o) => o.name).sort();
    const want = [...(fixture.labels.marked[j]!.resolves ?? [])].sort();
    if (JSON.stringify(got) === JSON.stringify(want)) right += 1;
  }
  const misses = [
    ...m.extra.map((i) => `extra marked [${marked[i]!.item}] ${marked[i]!.owner}: ${marked[i]!.text}`),
    ...m.missed.map(
      (j) => `missed marked [${fixture.labels.marked[j]!.item}] ${fixture.labels.marked[j]!.owner}`,
    ),
    ...s.extra.map(
      (i) => `extra suggestion [${suggested[i]!.item}] ${suggested[i]!.owner}: ${suggested[i]!.text}`,
    ),
    ...s.missed.map(
      (j) =>
        `missed suggestion [${fixture.labels.suggestions[j]!.item}] ${fixture.labels.suggestions[j]!.owner}`,
    ),
  ];
  return {
    name: fixture.name,
    marked: {
      truePositives: m.pairs.length,
      falsePositives: m.extra.length,
      falseNegatives: m.missed.length,
    },
    suggestions: {
      truePositives: s.pairs.length,
      falsePositives: s.extra.length,
      falseNegatives: s.missed.length,
    },
    ownersResolved: { right, of: m.pairs.length },
    decisions: { found: minutes.decisions.length, labelled: fixture.labels.decisions },
    misses,
  };
}

export interface Totals {
  fixtures: number;
  marked: { precision: number; recall: number };
  suggestions: { precision: number; recall: number };
  ownersResolved: number;
  decisions: { found: number; labelled: number };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function totals(scores: readonly FixtureScore[]): Totals {
  const sum = (pick: (s: FixtureScore) => Score) =>
    scores.reduce(
      (acc, s) => ({
        truePositives: acc.truePositives + pick(s).truePositives,
        falsePositives: acc.falsePositives + pick(s).falsePositives,
        falseNegatives: acc.falseNegatives + pick(s).falseNegatives,
      }),
      { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    );
  const m = sum((s) => s.marked);
  const g = sum((s) => s.suggestions);
  return {
    fixtures: scores.length,
    marked: {
      precision: ratio(m.truePositives, m.truePositives + m.falsePositives),
      recall: ratio(m.truePositives, m.truePositives + m.falseNegatives),
    },
    suggestions: {
      precision: ratio(g.truePositives, g.truePositives + g.falsePositives),
      recall: ratio(g.truePositives, g.truePositives + g.falseNegatives),
    },
    ownersResolved: ratio(
      scores.reduce((a, s) => a + s.ownersResolved.right, 0),
      scores.reduce((a, s) => a + s.ownersResolved.of, 0),
    ),
    decisions: {
      found: scores.reduce((a, s) => a + s.decisions.found, 0),
      labelled: scores.reduce((a, s) => a + s.decisions.labelled, 0),
    },
  };
}

/** All fixtures scored, for the test and for `npm run bench` to print. */
export function scoreAllFixtures(dir = FIXTURES_DIR): { scores: FixtureScore[]; totals: Totals } {
  const scores = loadFixtures(dir).map((f) => scoreFixture(f));
  return { scores, totals: totals(scores) };
}
