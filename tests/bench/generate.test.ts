import { generateMinutes, toSourceParagraphs, type Content } from '../../bench/generate';
import { minutesDocx } from '../../bench/generate-docx';
import { review } from '../../src/core/review';
import { readDocx } from '../../src/docx/read';

const actionLines = (content: Content[]) => content.filter((c) => c.kind === 'paragraph' && c.action).length;

describe('the benchmark minutes generator', () => {
  test('gives exactly the paragraphs asked for, table cells counted one each', () => {
    expect(toSourceParagraphs(generateMinutes(3000))).toHaveLength(3000);
    expect(toSourceParagraphs(generateMinutes(457, 3))).toHaveLength(457);
  });

  test('the same seed gives the same minutes and another seed other minutes', () => {
    expect(generateMinutes(800, 4)).toEqual(generateMinutes(800, 4));
    expect(generateMinutes(800, 4)).not.toEqual(generateMinutes(800, 5));
  });

  test('the reader finds the header, the attendance, every ACTION line and the items the generator wrote', () => {
    const content = generateMinutes(3000);
    const { minutes } = review(toSourceParagraphs(content));
    expect(minutes.meeting).toMatchObject({ date: '2022-08-25', chair: 'Helen Marsh' });
    expect(minutes.attendees.length).toBeGreaterThanOrEqual(10);
    expect(minutes.actions.filter((a) => a.marked)).toHaveLength(actionLines(content));
    const headings = content.filter((c) => c.kind === 'paragraph' && c.style === 'Heading1').length - 1;
    expect(minutes.items).toHaveLength(headings);
  });

  test('the .docx holds the same paragraphs, in order, with the actions in their content controls', () => {
    const content = generateMinutes(600, 2);
    const fromDocx = readDocx(minutesDocx(content)).filter((p) => p.part === 'body' && p.text !== '');
    const expected = toSourceParagraphs(content).filter((p) => p.text !== '');
    expect(fromDocx.map((p) => p.text)).toEqual(expected.map((p) => p.text));
    expect(fromDocx.filter((p) => p.contentControl?.tag === 'minutebook:action')).toHaveLength(
      actionLines(content),
    );
  });
});
