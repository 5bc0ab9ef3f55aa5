import { paragraph, type SourceParagraph } from '../../../src/core/model';
import { readMinutes } from '../../../src/core/read';

// Not a timing assertion (timings live in bench/): this shows the reader's work grows with the document,
// by reading a large generated document and checking every item and action was read.
function generated(count: number): SourceParagraph[] {
  const lines = ['Board minutes', 'Date: 1 May 2024', 'Present: Jane Smith (JS), Tom Jones (TJ)'];
  for (let i = 0; lines.length < count; i += 1) {
    lines.push(`${(i % 900) + 1}. Item ${i + 1}`);
    lines.push('The Chair asked about progress and TJ explained the position in some detail.');
    lines.push(`ACTION: JS to report on item ${i + 1} by 30 June.`);
  }
  return lines.slice(0, count).map((t, i) => paragraph(i, t));
}

describe('a large document', () => {
  it('reads 30,000 paragraphs: every item and every action', () => {
    const minutes = readMinutes(generated(30000));
    expect(minutes.items.length).toBe(9999);
    expect(minutes.actions.filter((a) => a.marked).length).toBe(9999);
  });
});
