import { paragraph } from '../../../src/core/model/paragraph';
import { textToParagraphs } from '../../../src/core/read';
import { meetingStarts, splitMeetings } from '../../../src/core/read/meetings';
import { review } from '../../../src/core/review';

/** A team's running log, invented: every meeting under a line that starts with its date. */
const LOG = [
  'Harbour Project – meeting log',
  '04/03/24 – Week 1',
  'Present: Mira Osei (MO), Leon Park (LP)',
  '1. Kick-off',
  'ACTION: MO to set up the shared drive.',
  '2. Roles',
  '11/03/24 – Week 2',
  'Present: Mira Osei (MO), Ruth Vance (RV)',
  '1. Survey design',
  'ACTION: RV to draft the questions.',
  '2. Budget',
].join('\n');

describe('running logs', () => {
  it('finds the meetings by the lines that start with their dates', () => {
    const paragraphs = textToParagraphs(LOG);
    expect(meetingStarts(paragraphs).map((at) => paragraphs[at]!.text)).toEqual(['11/03/24 – Week 2']);
    expect(splitMeetings(paragraphs).map((part) => part.length)).toEqual([6, 5]);
  });

  it('reads each meeting on its own: date, attendees, items and actions', () => {
    const { minutes, meetings } = review(textToParagraphs(LOG));
    expect(meetings?.map((m) => m.meeting.date)).toEqual(['2024-03-04', '2024-03-11']);
    expect(meetings?.map((m) => m.attendees.map((a) => a.initials))).toEqual([
      ['MO', 'LP'],
      ['MO', 'RV'],
    ]);
    expect(meetings?.map((m) => m.actions.map((a) => a.owner))).toEqual([['MO'], ['RV']]);
    expect(minutes.meeting.date).toBe('2024-03-04');
  });

  it('checks item numbering within each meeting, not across the file', () => {
    const { problems } = review(textToParagraphs(LOG));
    expect(problems.filter((p) => p.rule === 'item-numbering')).toEqual([]);
    const broken = review(textToParagraphs(LOG.replace('2. Budget', '4. Budget'))).problems;
    expect(broken.filter((p) => p.rule === 'item-numbering')).toHaveLength(1);
  });

  it('finds meetings by a title each time, by dated headings, or by numbered meeting headings', () => {
    const titled = [
      paragraph(0, 'Sprint Review', { style: 'Title' }),
      paragraph(1, 'Notes'),
      paragraph(2, 'Sprint Review', { style: 'Title' }),
      paragraph(3, 'More notes'),
    ];
    expect(meetingStarts(titled)).toEqual([2]);
    const numbered = textToParagraphs('# Log\n# Meeting 1\nNotes\n# Meeting 2\nNotes');
    expect(meetingStarts(numbered)).toEqual([3]);
    const dated = textToParagraphs(
      '# Log\n## Catch-up on 5 May 2024\nNotes\n## Catch-up on 12 May 2024\nNotes',
    );
    expect(meetingStarts(dated)).toEqual([3]);
  });

  it('is one meeting where the dates repeat or only one line starts with a date', () => {
    expect(
      meetingStarts(textToParagraphs('Board\n14/03/24 site visit\n1. Finance\n14/03/24 site visit')),
    ).toEqual([]);
    expect(meetingStarts(textToParagraphs('Board\nDate: 14/03/24\n14/03/24 site visit\n1. Finance'))).toEqual(
      [],
    );
    expect(review(textToParagraphs('Board\n1. Finance\n2. AOB')).meetings).toBeUndefined();
  });
});
