import { readMinutesStrict, textToParagraphs } from '../../../src/core/read';

/** Markdown front matter is the page's metadata: never the title line, its publication date a last resort. */
const page = (body: string, date = '2024-06-30T09:15:00.000Z') =>
  `---\ntitle: Garden club\npublished: true\ndate: ${date}\n---\n\n${body}`;

describe('Markdown front matter', () => {
  it('is not the minutes: the first heading is the title and the date is the one the minutes give', () => {
    const minutes = readMinutesStrict(
      textToParagraphs(page('# Garden Club Committee 2024-06-12\n\n## Apologies\n\nNone.')),
    );
    expect(minutes.meeting.title).toBe('Garden Club Committee 2024-06-12');
    expect(minutes.meeting.date).toBe('2024-06-12');
  });

  it('gives its title and calendar date where the minutes give none, and never a time', () => {
    const minutes = readMinutesStrict(textToParagraphs(page('Minutes were not taken.')));
    expect(minutes.meeting.title).not.toBe('---');
    expect(minutes.meeting.date).toBe('2024-06-30');
    expect(minutes.meeting.startTime).toBeNull();
  });

  it('comes out as page-header paragraphs, the body counted from 0', () => {
    const paragraphs = textToParagraphs(page('# Minutes'));
    expect(paragraphs.map((p) => [p.part, p.index, p.text])).toEqual([
      ['body', 0, 'Minutes'],
      ['header', 0, 'title: Garden club'],
      ['header', 1, 'published: true'],
      ['header', 2, 'date: 2024-06-30T09:15:00.000Z'],
    ]);
  });

  it('is only a fenced block of keys on the first line: a rule later on is text', () => {
    const paragraphs = textToParagraphs('# Minutes\n\n---\n\ntitle: not metadata\n---');
    expect(paragraphs.every((p) => p.part === 'body')).toBe(true);
    expect(textToParagraphs('---\nJust a line of prose.\n---').every((p) => p.part === 'body')).toBe(true);
  });
});
