import { paragraph } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { TAGS } from '../../../src/core/port';

const meeting = (text: string) => readMinutes(textToParagraphs(text)).meeting;

describe('header fields', () => {
  it('reads labels with a colon, a dash or (after a bullet) no punctuation', () => {
    expect(
      meeting(
        'Board minutes\n- Date: 3 May 2024\nTime - 2.30pm\nChaired by: Ann Lee, Chair of Trustees\n- Minutes Sam Reid\n- Venue Village Hall',
      ),
    ).toMatchObject({
      title: 'Board minutes',
      date: '2024-05-03',
      startTime: '14:30',
      chair: 'Ann Lee',
      minuteTaker: 'Sam Reid',
      venue: 'Village Hall',
    });
  });

  it.each(['Minute-taker', 'Minute taker', 'Secretary', 'Clerk', 'Minutes taken by'])(
    'reads "%s" as the minute-taker',
    (label) => {
      expect(meeting(`Title\n${label}: Sam Reid`).minuteTaker).toBe('Sam Reid');
    },
  );

  it.each(['Location', 'Place', 'Venue'])('reads "%s" as the venue', (label) => {
    expect(meeting(`Title\n${label}: Town Hall`).venue).toBe('Town Hall');
  });

  it('takes the year from the title when the date line has none, and the time from the date line', () => {
    expect(
      meeting('Monthly Assurance Meeting August 2022\nDate: Thursday 25th August, 10:00am'),
    ).toMatchObject({
      date: '2022-08-25',
      startTime: '10:00',
    });
  });

  it('reads a time range as start and end', () => {
    expect(meeting('T\nDate: 6 July 2023\nTime: 09:30 – 12:45')).toMatchObject({
      startTime: '09:30',
      endTime: '12:45',
    });
  });

  it('reads the date, time and venue from a "held on" line when there are no labels', () => {
    expect(
      meeting(
        'PARISH COUNCIL\nMinutes of the meeting held on Monday 5th June 2023 at 7.30pm in the Village Hall',
      ),
    ).toMatchObject({
      date: '2023-06-05',
      startTime: '19:30',
      venue: 'Village Hall',
    });
  });

  it('reads header fields from a two-column table', () => {
    expect(meeting('Minutes\n\nDate:\t9 November 2023\nChair:\tYvonne Clarke\nVenue:\tRoom 2')).toMatchObject(
      {
        date: '2023-11-09',
        chair: 'Yvonne Clarke',
        venue: 'Room 2',
      },
    );
  });

  it('does not read prose as a label', () => {
    expect(meeting('Minutes Of The Board\nMinutes of the previous meeting were approved.').minuteTaker).toBe(
      '',
    );
  });

  it('reads the next meeting from a label and from the item that confirms it', () => {
    expect(meeting('T\nDate: 1 May 2024\n1. AOB\nDate of next meeting: Tuesday 4 June')).toMatchObject({
      nextMeeting: 'Tuesday 4 June',
      nextMeetingDate: '2024-06-04',
    });
    expect(
      meeting(
        'T\nDate: 25 August 2022\n4. Confirmation of next meeting type / date / time / venue:\nTuesday 4 th October\nThematic',
      ),
    ).toMatchObject({
      nextMeeting: 'Tuesday 4 th October',
      nextMeetingDate: '2022-10-04',
    });
  });
});

describe('protective marking and status', () => {
  it.each([
    ['OFFICIAL', 'OFFICIAL'],
    ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE'],
    ['OFFICIAL – SENSITIVE', 'OFFICIAL-SENSITIVE'],
    ['SECRET', 'SECRET'],
  ])('reads the marking "%s"', (line, marking) => {
    expect(meeting(`${line}\nBoard minutes`)).toMatchObject({
      protectiveMarking: marking,
      title: 'Board minutes',
    });
  });

  it('does not take "official" in prose as a marking', () => {
    expect(meeting('Minutes\nThe official opening of the centre is in May.').protectiveMarking).toBeNull();
  });

  it('reads marking and status from the page header and footer', () => {
    const ps = [
      paragraph(0, 'Board minutes'),
      { ...paragraph(0, 'OFFICIAL-SENSITIVE'), part: 'header' as const },
      { ...paragraph(0, 'APPROVED'), part: 'footer' as const },
    ];
    expect(readMinutes(ps).meeting).toMatchObject({
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      status: 'approved',
      title: 'Board minutes',
    });
  });

  it('reads DRAFT on its own line', () => {
    expect(meeting('DRAFT\nMinutes').status).toBe('draft');
  });
});

describe('the header block Minutebook inserts', () => {
  it('reads its title and labelled lines', () => {
    const cc = { tag: TAGS.header, id: 1, title: 'Minutebook: meeting details' };
    const lines: [string, string][] = [
      ['Monthly Assurance Meeting', 'Title'],
      ['Meeting type: Assurance meeting', ''],
      ['Date: Thursday 25 August 2022', ''],
      ['Time: 10:00', ''],
      ['End time: 12:00', ''],
      ['Chair: John Campion', ''],
      ['Minute-taker: Charity Pearce', ''],
      ['Venue: West Mercia Police HQ', ''],
    ];
    const ps = lines.map(([text, style], i) => paragraph(i, text, { style, contentControl: cc }));
    expect(readMinutes(ps).meeting).toMatchObject({
      title: 'Monthly Assurance Meeting',
      meetingType: 'Assurance meeting',
      date: '2022-08-25',
      startTime: '10:00',
      endTime: '12:00',
      chair: 'John Campion',
      minuteTaker: 'Charity Pearce',
      venue: 'West Mercia Police HQ',
    });
  });
});
