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
  it('cut a long paragraph at the limit and drop a space left at the cut', () => {
    const text = `${'a'.repeat(119)} and then more words`;
    expect(excerptOf(text)).toBe('a'.repeat(119));
    expect(excerptOf(`  \u00a0${'b'.repeat(200)}`)).toBe('b'.repeat(EXCERPT_LENGTH));
  });
  it('count long paragraphs that differ only after the excerpt as the same excerpt', () => {
    const head = 'The Committee received the quarterly report on performance against the plan. '.repeat(2);
    const paragraphs = [paragraph(0, `${head}First ending.`), paragraph(1, `${head}Second ending.`)];
    expect(createLocator(paragraphs)(paragraphs[1]!).occurrence).toBe(1);
  });
  it('count occurrences within each part apart', () => {
    const paragraphs = [
      paragraph(0, 'OFFICIAL', { part: 'header' }),
      paragraph(0, 'OFFICIAL'),
      paragraph(1, 'OFFICIAL'),
    ];
    const locate = createLocator(paragraphs);
    expect(paragraphs.map((p) => locate(p).occurrence)).toEqual([0, 0, 1]);
  });
});
