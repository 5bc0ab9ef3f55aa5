import { ALL_RECOGNISERS } from '../../../src/core/read/recognisers';
import { testRecogniser } from './recogniser-tester';

describe('every recogniser of pass two', () => {
  it('has an id of its own and at least one example that finds something and one that does not', () => {
    const ids = ALL_RECOGNISERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RECOGNISERS) {
      expect(r.examples.some((e) => e.gives !== null)).toBe(true);
      expect(r.examples.some((e) => e.gives === null)).toBe(true);
    }
  });
});

for (const recogniser of ALL_RECOGNISERS) testRecogniser(recogniser);
