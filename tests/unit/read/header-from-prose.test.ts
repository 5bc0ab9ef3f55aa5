import { readMinutes, textToParagraphs } from '../../../src/core/read';

const meeting = (text: string) => readMinutes(textToParagraphs(text)).meeting;

describe('the place, from a "Minutes of the meeting held …" line', () => {
  it.each([
    ['Minutes of the meeting held on 11 April 2024, 10:00–12:00, via MS Teams', 'MS Teams'],
    [
      'Minutes of the Parish Council Meeting held on Monday 5th June 2023 at 7.30pm in the Village Hall',
      'Village Hall',
    ],
    [
      'Minutes of the ordinary meeting, Tuesday 12 March 2024, 7pm, Glenmuir Village Hall',
      'Glenmuir Village Hall',
    ],
    [
      'MINUTES of the meeting held at Service Headquarters, Larch Road, on Friday 8 December 2023 commencing at 10.00am.',
      'Service Headquarters, Larch Road',
    ],
    [
      'Glenmuir Community Council held their meeting remotely via Zoom at 7.30pm on the 4th May 2024.',
      'Zoom',
    ],
    ['Minutes of the meeting held virtually on Microsoft Teams on 4 May 2024', 'Microsoft Teams'],
  ])('"%s" is held at %s', (line, venue) => {
    expect(meeting(`Glenmuir Community Council\n${line}\nPresent: Iain Munro (Chair)`).venue).toBe(venue);
  });

  it.each([
    ['Harbour Board Minutes\n14 March 2024\nHarbour Office, Quay Street', 'Harbour Office, Quay Street'],
    ['Harbour Board\nThursday 14 March 2024, 7.00pm\nCommittee Room, Town Hall', 'Committee Room, Town Hall'],
    ['HARBOUR BOARD\nMINUTES OF THE MEETING HELD ON THURSDAY 14 MARCH 2024\nAT THE PIER HOUSE', 'PIER HOUSE'],
  ])('reads the place from the line after the date line: %s', (header, venue) => {
    expect(meeting(`${header}\nPresent: Iain Munro (Chair)\n1. Apologies`).venue).toBe(venue);
  });

  it('takes no place from a line after the date that does not say it is one', () => {
    expect(
      meeting('Harbour Board\n14 March 2024\nOrdinary Meeting\nPresent: Iain Munro\n1. Apologies').venue,
    ).toBe('');
    expect(
      meeting('Harbour Board\n14 March 2024\nPresent: Iain Munro (Head of Office)\n1. Apologies').venue,
    ).toBe('');
  });

  it('takes no place from the people a dated line names ("Meeting with Ivo, Kit and Jo")', () => {
    expect(meeting('Team log\n12/03/2024 Meeting with Ivo, Kit and Jo\nWe chose the engine.').venue).toBe('');
    expect(meeting('Board\nMinutes of 12 March 2024, 7pm, Mill and Granary Hall\n1. Apologies').venue).toBe(
      'Mill and Granary Hall',
    );
  });

  it('takes no place from a line that names only a date and a time', () => {
    expect(
      meeting('Board\nMinutes of the meeting held on 12 March 2024, 7pm\nPresent: Iain Munro').venue,
    ).toBe('');
  });
});

describe('the minute-taker, from the secretary or clerk in the attendance list', () => {
  it.each([
    [
      'In attendance:\nLinda Carr, Chief Executive (LC)\nGemma Field, Committee Secretary (GF)',
      'Gemma Field',
    ],
    ['In attendance: Mrs K Lowe (Clerk and RFO), 3 members of the public', 'Mrs K Lowe'],
    [
      'In attendance: Mr Simon Teague (Academic Registrar); Ms Fiona Grey (Secretary to Senate)',
      'Ms Fiona Grey',
    ],
    ['In attendance: Lucy Fenwick (Company Secretary) (LF)', 'Lucy Fenwick'],
    ['Present: Revd Christine Obi (Chair), Alan Dyer (Treasurer), Sarah Quill (Secretary)', 'Sarah Quill'],
    [
      'Officers: Monitoring Officer Debbie Shaw (MO), Head of Corporate Services Richard Lam (HCS), Democratic Services Officer Kelly Nunn',
      'Kelly Nunn',
    ],
  ])('%s → %s', (list, minuteTaker) => {
    expect(meeting(`Board\nDate: 1 May 2024\nChair: Jo Bell\n${list}\n1. Welcome`).minuteTaker).toBe(
      minuteTaker,
    );
  });

  it('a Minutes label wins over the secretary in the list', () => {
    const text = 'Board\nMinutes: Sam Reid\nPresent: Sarah Quill (Secretary), Jo Bell (Chair)\n1. Welcome';
    expect(meeting(text).minuteTaker).toBe('Sam Reid');
  });

  it('a Secretary of State or a second secretary does not make a minute-taker', () => {
    expect(
      meeting('Board\nPresent: Ann Lee (Secretary of State), Jo Bell (Chair)\n1. Welcome').minuteTaker,
    ).toBe('');
    expect(
      meeting('Board\nPresent: Ann Lee (Secretary), Tom Hill (Company Secretary)\n1. Welcome').minuteTaker,
    ).toBe('');
  });

  it('the chair marked "(Chair)" inside the Present list is the chair', () => {
    const text = 'Board\nPresent: Councillor Gillian Reeve (Chair), Councillor Arthur Boyd\n1. Welcome';
    expect(meeting(text).chair).toBe('Gillian Reeve');
  });
});

describe('the place and chair where the title holds the date', () => {
  it('reads the place from the "held at" line below a dated title, and "In the Chair:" as the chair', () => {
    const read = meeting(
      [
        'Harbour Board minutes: 4 June 2024',
        'Minutes of the meeting held at the Harbour Office, Quay Street, on Tuesday 4 June 2024.',
        'PRESENT:',
        'In the Chair: Moira Keane (MK)',
        '1. Apologies',
      ].join('\n'),
    );
    expect(read).toMatchObject({
      date: '2024-06-04',
      venue: 'Harbour Office, Quay Street',
      chair: 'Moira Keane',
    });
  });
});

describe('the title and date of a page that lists earlier meetings first', () => {
  it('are the line that opens with the title words and says when the meeting was held', () => {
    const text = [
      'Residents Group Minutes',
      'Download minutes from 2023 here',
      'Monday 9th January 2023',
      'Monday 6th March 2023',
      'Riverside Surgery',
      'Notes of a meeting of RRG held on Monday 15th May 2023',
      'Ivo (IH) - Chairman',
      '1. Apologies',
    ].join('\n');
    expect(meeting(text)).toMatchObject({
      title: 'Notes of a meeting of RRG held on Monday 15th May 2023',
      date: '2023-05-15',
    });
  });

  it('leave a first dated line alone where no line says when the meeting was held', () => {
    expect(
      meeting('Residents Group Minutes\nMonday 6th March 2023\nNotes of a meeting of RRG\n1. Apologies'),
    ).toMatchObject({
      title: 'Residents Group Minutes',
      date: '2023-03-06',
    });
  });
});

describe('the title', () => {
  it('is the header line that says it is the minutes, where the page opens with a banner or a name', () => {
    expect(
      meeting('Welcome to our website\n\nMinutes of meeting 3rd May 2024\nRiverside Residents\n1. Apologies')
        .title,
    ).toBe('Minutes of meeting 3rd May 2024');
    expect(meeting('Riverside Residents\nPresent: Ann Lee\n1. Apologies').title).toBe('Riverside Residents');
  });
});

describe('the date under the first heading', () => {
  it('is the lone date line that opens the business where the header gives none', () => {
    expect(meeting('# Team log\n## Meeting 1\n20/03/2026\nWe chose the project.').date).toBe('2026-03-20');
    expect(
      meeting('# Team log\n## Meeting 1\nWe chose the project on 20/03/2026 after a vote.').date,
    ).toBeNull();
  });
});

describe('the chair, from prose', () => {
  it.each([
    ['The meeting was chaired by Cllr Ann de Vale, who welcomed all.', 'Cllr Ann de Vale'],
    ['The Chairman, CC Rhys Moreno should write to the Home Office.', 'CC Rhys Moreno'],
    ['The meeting was called to order at 6:31 p.m. by Captain Ilse Berg.', 'Captain Ilse Berg'],
    ['Cllr. R. Moreno took the Chair and welcomed everyone.', 'Cllr. R. Moreno'],
    ['Ann de Vale was in the chair.', 'Ann de Vale'],
  ])('"%s" is chaired by %s', (line, chair) => {
    expect(meeting(`Harbour Board\n1. Welcome\n${line}`).chair).toBe(chair);
  });

  it('names no chair from prose that names none, and a label still wins', () => {
    expect(meeting('Harbour Board\n1. Welcome\nThe Chair, who had arrived late, apologised.').chair).toBe('');
    expect(
      meeting('Harbour Board\nChair: Jo Bell\n1. Welcome\nThe meeting was chaired by Ann Vale.').chair,
    ).toBe('Jo Bell');
  });
});

describe('the chair named inside a Present list', () => {
  it('is the chair and one of those present', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'Harbour Board\nPRESENT:\nIn the Chair: Moira Keane (MK)\nOfficers: Tom Reed (TR)\n1. Apologies',
      ),
    );
    expect(minutes.meeting.chair).toBe('Moira Keane');
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.status])).toContainEqual([
      'Moira Keane',
      'MK',
      'present',
    ]);
  });
});

describe('the minute-taker, from prose', () => {
  it.each([
    ['Minutes were taken by Raj Patel.', 'Raj Patel'],
    ['Cllr. Mo Reid took the minutes in the absence of the Clerk.', 'Cllr. Mo Reid'],
  ])('"%s" is minuted by %s', (line, minuteTaker) => {
    expect(
      meeting(`Harbour Board\nDate: 1 May 2024\nPresent: Ann Lee, Raj Patel\n1. Welcome\n${line}`)
        .minuteTaker,
    ).toBe(minuteTaker);
  });

  it('is not the taker of minutes approved from another meeting', () => {
    const text =
      'Harbour Board\nDate: 1 May 2024\n1. Minutes\nThe minutes taken by Raj Patel on 3 April were approved.';
    expect(meeting(text).minuteTaker).toBe('');
  });
});

describe('a title written "Minutes – Body – date"', () => {
  it('is the title, not a Minutes label naming the minute-taker', () => {
    const read = meeting('Minutes – Harbour Board – 14/03/2024\nAttendees: Ann Lee, Bo Hart\n1. Apologies');
    expect(read).toMatchObject({
      title: 'Minutes – Harbour Board – 14/03/2024',
      minuteTaker: '',
      date: '2024-03-14',
    });
    expect(meeting('Harbour Board\nMinutes – Bo Hart\n1. Apologies').minuteTaker).toBe('Bo Hart');
  });
});

describe('the minute-taker by capacity', () => {
  it('is the attendee listed with "(minutes)" after the name', () => {
    expect(
      meeting('Staff Committee\nPresent: Ann Lee, Chair; Raj Patel (minutes); Tom Reed\n1. Apologies')
        .minuteTaker,
    ).toBe('Raj Patel');
  });
});
