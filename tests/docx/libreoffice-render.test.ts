import { buildActionSummaryBlock, buildMinutesBlocks } from '../../src/core/write';
import { writeDocx } from '../../src/docx/write';
import { MODEL_MINUTES } from '../fixtures/model-meeting';
import { convertToPdf, pageCount } from './support/libreoffice';

describe('a real word processor opens what Minutebook writes', () => {
  it('LibreOffice renders the model meeting to a PDF with pages', () => {
    const pdf = convertToPdf(writeDocx(buildMinutesBlocks(MODEL_MINUTES)));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
  });

  it('LibreOffice renders awkward text and an action summary without failing', () => {
    const awkward = 'A & B < C > "D" \'E\' 😀 שלום\tTab\nBreak';
    const blocks = buildMinutesBlocks({
      meeting: { ...MODEL_MINUTES.meeting, title: awkward, chair: awkward },
      attendees: [{ name: awkward, capacity: awkward, initials: 'AB', status: 'present' }],
      items: [{ number: '1', title: awkward, notes: awkward, confidential: true, subItems: [] }],
    });
    const location = {
      paragraph: 0,
      contentControlId: null,
      excerpt: '',
      occurrence: 0,
      part: 'body' as const,
    };
    blocks.push(
      buildActionSummaryBlock([
        {
          ref: '1-A1',
          item: '1',
          text: awkward,
          owner: 'AB',
          owners: [],
          due: null,
          dueDate: '2022-09-30',
          status: 'Open',
          marked: true,
          location,
        },
      ]),
    );
    expect(pageCount(convertToPdf(writeDocx(blocks)))).toBeGreaterThanOrEqual(1);
  });
});
