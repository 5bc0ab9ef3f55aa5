import { loadFixtures, scoreAllFixtures } from '../../support/accuracy';

describe('the reader on labelled minutes in other styles (tests/fixtures/minutes)', () => {
  const { scores, totals } = scoreAllFixtures();

  it('has at least 15 labelled fixtures, each with its labels', () => {
    const fixtures = loadFixtures();
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const f of fixtures) expect(Array.isArray(f.labels.marked)).toBe(true);
  });

  it('finds marked actions with precision and recall of at least 0.9 (matched by item and owner)', () => {
    const misses = scores.flatMap((s) =>
      s.misses.filter((m) => m.includes('marked')).map((m) => `${s.name}: ${m}`),
    );
    expect({ ...totals.marked, misses }).toEqual({
      precision: expect.any(Number),
      recall: expect.any(Number),
      misses: expect.any(Array),
    });
    expect(totals.marked.precision).toBeGreaterThanOrEqual(0.9);
    expect(totals.marked.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves at least 0.9 of the matched owners to exactly the labelled people', () => {
    expect(totals.ownersResolved).toBeGreaterThanOrEqual(0.9);
  });

  it('suggests prose actions with few false suggestions (precision at least 0.8)', () => {
    expect(totals.suggestions.precision).toBeGreaterThanOrEqual(0.8);
  });
});
