import { createRuleContext } from '../../../src/core/check/context';
import { createLocator } from '../../../src/core/locate';
import { paragraph } from '../../../src/core/model';
import { minutes } from './build';

describe('the rule context', () => {
  const paragraphs = [
    paragraph(0, 'ACTION: PCC'),
    paragraph(1, '  ACTION: PCC\tsecond cell'),
    paragraph(0, 'ACTION: PCC', { part: 'footer' }),
    paragraph(2, 'Other', { contentControl: { tag: 'minutebook:items', id: 42, title: 'Items' } }),
    paragraph(3, 'ACTION: PCC'),
  ];

  it('locates a paragraph exactly as the shared locator does, for a few and for many lookups', () => {
    const context = createRuleContext(minutes(), paragraphs);
    const expected = createLocator(paragraphs);
    for (let round = 0; round < 10; round += 1) {
      for (const p of paragraphs) expect(context.locate(p)).toEqual(expected(p));
    }
  });

  it('finds body paragraphs by index and position, leaving out the header and footer', () => {
    const context = createRuleContext(minutes(), paragraphs);
    expect(context.body.map((p) => p.index)).toEqual([0, 1, 2, 3]);
    expect(context.paragraphAt(3)?.text).toBe('ACTION: PCC');
    expect(context.positionOf(2)).toBe(2);
    expect(context.paragraphAt(9)).toBeUndefined();
  });
});
