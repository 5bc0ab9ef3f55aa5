import { createLocator, excerptOf, EXCERPT_LENGTH } from '../../src/core/locate';
import { paragraph } from '../../src/core/model';

describe('locations', () => {
  it('cut the excerpt at the first tab so a search finds it inside one cell', () => {
    expect(excerptOf('  2.1\tHomicide\tnotes')).toBe('2.1');
  });
  it('keep excerpts within the search limit', () => {
    expect(excerptOf('x'.repeat(1000))).toHaveLength(EXCERPT_LENGTH);
  });
  it('count earlier paragraphs with the same excerpt as occurrences', () => {
    const paragraphs = [paragraph(0, 'ACTION: PCC'), paragraph(1, 'Other'), paragraph(2, 'ACTION: PCC')];
    const locate = createLocator(paragraphs);
    expect(locate(paragraphs[2]!)).toMatchObject({ paragraph: 2, excerpt: 'ACTION: PCC', occurrence: 1 });
    expect(locate(paragraphs[0]!).occurrence).toBe(0);
  });
});
