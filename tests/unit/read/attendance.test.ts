import { paragraph } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { parseAttendeeEntry } from '../../../src/core/read/attendance';
import { TAGS } from '../../../src/core/port';

const people = (text: string) =>
  readMinutes(textToParagraphs(text)).attendees.map((a) => [a.name, a.capacity, a.initials, a.status]);

describe('attendance entries', () => {
  it.each([
    ['Jane Smith (JS) – Chair', ['Jane Smith', 'Chair', 'JS']],
    ['Jane Smith (JS), Chair', ['Jane Smith', 'Chair', 'JS']],
    ['Jane Smith, Chair (JS)', ['Jane Smith', 'Chair', 'JS']],
    ['Chief Constable Pippa Mills (CC)', ['Pippa Mills', 'Chief Constable (CC)', 'CC']],
    ['Chief Finance Officer Rebecca Moss (RM)', ['Rebecca Moss', 'Chief Finance Officer', 'RM']],
    [
      'Police and Crime Commissioner Sarah Delaney (PCC)',
      ['Sarah Delaney', 'Police and Crime Commissioner (PCC)', 'PCC'],
    ],
    ['Eleanor Marsh (Chair) (EM)', ['Eleanor Marsh', 'Chair', 'EM']],
    ['Linda Barker (LB) Chair', ['Linda Barker', 'Chair', 'LB']],
    ['Bernadette Kelly – Chair', ['Bernadette Kelly', 'Chair', 'BK']],
    ['Dr Ruth Evans', ['Dr Ruth Evans', '', 'RE']],
  ])('reads "%s"', (entry, [name, capacity, initials]) => {
    expect(parseAttendeeEntry(entry, 'present')).toMatchObject({
      name,
      capacity,
      initials,
      status: 'present',
    });
  });

  it('flags initials derived from the name, and only those', () => {
    expect(parseAttendeeEntry('Dr Ruth Evans', 'present')?.initialsDerived).toBe(true);
    expect(parseAttendeeEntry('Jane Smith (JS) – Chair', 'present')).not.toHaveProperty('initialsDerived');
  });

  it('keeps initials as written even where they do not match the name', () => {
    expect(parseAttendeeEntry('Jackie Irvin (NN)', 'present')?.initials).toBe('NN');
  });

  it.each(['The Committee noted the report.', 'Notes: Leo Fischer', 'none', 'ALL', 'Chief Constable'])(
    '"%s" is not a person',
    (entry) => {
      expect(parseAttendeeEntry(entry, 'present')).toBeNull();
    },
  );
});

describe('attendance lists and tables', () => {
  it('reads Present / In attendance / Apologies lists on one line', () => {
    expect(
      people(
        'Present: Ann Lee (Chair), Bob Hart\nIn attendance: Cat Doe (Clerk)\nApologies: Dan Fry; Eve Gold\n1. Minutes',
      ),
    ).toEqual([
      ['Ann Lee', 'Chair', 'AL', 'present'],
      ['Bob Hart', '', 'BH', 'present'],
      ['Cat Doe', 'Clerk', 'CD', 'in attendance'],
      ['Dan Fry', '', 'DF', 'apologies'],
      ['Eve Gold', '', 'EG', 'apologies'],
    ]);
  });

  it('reads one person per line under a label until the next item', () => {
    expect(
      people('Present\nAnn Lee – Chair\nBob Hart\nAbsent:\nCat Doe\n1. Welcome\nThe Chair welcomed members.'),
    ).toEqual([
      ['Ann Lee', 'Chair', 'AL', 'present'],
      ['Bob Hart', '', 'BH', 'present'],
      ['Cat Doe', '', 'CD', 'absent'],
    ]);
  });

  it('reads "Apologies were received from …"', () => {
    expect(
      people('Apologies were received from Councillor Janet Bowles and Councillor Ray Finch.').map(
        (p) => p[3],
      ),
    ).toEqual(['apologies', 'apologies']);
  });

  it('reads a Name | Capacity (INITIALS) table with a label column', () => {
    expect(
      people(
        '\tName:\tCapacity:\nAttendance:\tJohn Campion\tPolice and Crime Commissioner (PCC)\n\tJackie Irvin\tPolicy Officer (NN)',
      ),
    ).toEqual([
      ['John Campion', 'Police and Crime Commissioner (PCC)', 'PCC', 'present'],
      ['Jackie Irvin', 'Policy Officer (NN)', 'NN', 'present'],
    ]);
  });

  it('reads the attendance table Minutebook inserts', () => {
    const cc = { tag: TAGS.attendance, id: 7, title: 'Attendance' };
    const rows = [
      ['Name', 'Capacity', 'Initials', 'Status'],
      ['Ada Obi', 'Chair of Trustees', 'AO', 'present'],
      ['Sam Reid', 'Clerk', 'SR', 'apologies'],
      ['Kim Lo', 'Auditor', 'KL', 'in attendance'],
    ];
    const ps = rows.flatMap((row, r) =>
      row.map((text, c) =>
        paragraph(r * 4 + c, text, { table: { table: 0, row: r, cell: c }, contentControl: cc }),
      ),
    );
    expect(readMinutes(ps).attendees).toEqual([
      { name: 'Ada Obi', capacity: 'Chair of Trustees', initials: 'AO', status: 'present' },
      { name: 'Sam Reid', capacity: 'Clerk', initials: 'SR', status: 'apologies' },
      { name: 'Kim Lo', capacity: 'Auditor', initials: 'KL', status: 'in attendance' },
    ]);
  });
});
