import fc from 'fast-check';
import { propertyRuns } from '../../support/property';
import { parseAttendancePaste } from '../../../src/core/attendance/paste';

describe('parseAttendancePaste', () => {
  it('reads "Name, Capacity (XX)"', () => {
    const { attendees, unreadable } = parseAttendancePaste('Jackie Irvin, Policy Officer (JI)');
    expect(unreadable).toEqual([]);
    expect(attendees[0]).toMatchObject({
      line: 1,
      attendee: { name: 'Jackie Irvin', capacity: 'Policy Officer', initials: 'JI', status: 'present' },
      initialsSuggested: false,
    });
  });

  it('reads Name<TAB>Capacity and suggests initials', () => {
    const { attendees } = parseAttendancePaste('Charity Pearce\tAssistant Policy Officer');
    expect(attendees[0]).toMatchObject({
      attendee: { name: 'Charity Pearce', capacity: 'Assistant Policy Officer', initials: 'CP' },
      initialsSuggested: true,
    });
  });

  it('reads Name<TAB>Capacity<TAB>Initials', () => {
    const { attendees } = parseAttendancePaste('Thom Dancox\tOPCC Intern\tTD');
    expect(attendees[0]?.attendee).toEqual({
      name: 'Thom Dancox',
      capacity: 'OPCC Intern',
      initials: 'TD',
      status: 'present',
    });
  });

  it('splits "Role Name (INITIALS)" where the initials spell the last words', () => {
    const { attendees } = parseAttendancePaste('Chief Constable Pippa Mills (PM)');
    expect(attendees[0]?.attendee).toMatchObject({
      name: 'Pippa Mills',
      capacity: 'Chief Constable',
      initials: 'PM',
    });
  });

  it('lists a role line with no name instead of guessing, saying how to write it', () => {
    const { attendees, unreadable } = parseAttendancePaste('Deputy Chief Constable (JM)');
    expect(attendees).toEqual([]);
    expect(unreadable).toEqual([expect.objectContaining({ line: 1, source: 'Deputy Chief Constable (JM)' })]);
    expect(unreadable[0]?.reason).toBe(
      '“Deputy Chief Constable” is a role with no name: write it as “Name, Deputy Chief Constable (JM)”',
    );
  });

  it('lists sentences it cannot read with their line numbers', () => {
    const { attendees, unreadable } = parseAttendancePaste(
      'Jackie Irvin, Policy Officer (JI)\n\nthe meeting started at 10am',
    );
    expect(attendees).toHaveLength(1);
    expect(unreadable).toEqual([expect.objectContaining({ line: 3, source: 'the meeting started at 10am' })]);
  });

  it('takes the status from headings such as "Apologies:"', () => {
    const text =
      'Present:\nJohn Campion, Police and Crime Commissioner\nApologies:\nRichard Cooper, Assistant Chief Constable (RC)';
    const { attendees } = parseAttendancePaste(text);
    expect(attendees.map((a) => a.attendee.status)).toEqual(['present', 'apologies']);
  });

  it('reads Windows line endings and bullets', () => {
    const { attendees } = parseAttendancePaste(
      '• Jackie Irvin, Policy Officer (JI)\r\n- Pippa Mills, Chief Constable (PM)',
    );
    expect(attendees.map((a) => a.attendee.name)).toEqual(['Jackie Irvin', 'Pippa Mills']);
  });

  it('skips a header row and says so', () => {
    const { attendees, unreadable, skipped } = parseAttendancePaste('Name:\tCapacity:');
    expect([attendees, unreadable]).toEqual([[], []]);
    expect(skipped).toEqual([
      { line: 1, source: 'Name:\tCapacity:', note: 'Skipped the header row “Name | Capacity”' },
    ]);
  });

  it('reads the attendance table of the model document row by row', () => {
    const { attendees } = parseAttendancePaste(
      'Jackie Irvin\tPolicy Officer (NN)\nPippa Mills\tChief Constable (CC)',
    );
    expect(attendees.map((a) => a.attendee.name)).toEqual(['Jackie Irvin', 'Pippa Mills']);
    expect(attendees[0]?.attendee.capacity).toBe('Policy Officer (NN)');
  });
});

describe('parseAttendancePaste on a table copied from Word', () => {
  // Invented people in the model meeting's layout: a blank first cell on most rows, a label in the first cell
  // of the first person row, a Name | Capacity header, initials in brackets at the end of the capacity.
  const table = [
    '\tName:\tCapacity:',
    'Attendance:\tMarta Quill\tCounty Commissioner (PCC)',
    '\tBen Oyelowo\tResearch Officer (NN)',
    '\tLiesl Harrow\tAssistant Research Officer (LH)',
    '\tKofi Brandt\tOffice Intern (KB)',
    '\tTessa Vane\tChief Constable (CC)',
    '\tOwen Pike\tDeputy Chief Constable (DCC)',
    '\tSuki Rahm\tAssistant Chief Constable (ACC)',
    '',
  ].join('\r\n');

  it('gives every person, with the initials in the brackets', () => {
    const { attendees, unreadable } = parseAttendancePaste(table);
    expect(unreadable).toEqual([]);
    expect(attendees.map((a) => [a.attendee.name, a.attendee.initials, a.attendee.status])).toEqual([
      ['Marta Quill', 'PCC', 'present'],
      ['Ben Oyelowo', 'NN', 'present'],
      ['Liesl Harrow', 'LH', 'present'],
      ['Kofi Brandt', 'KB', 'present'],
      ['Tessa Vane', 'CC', 'present'],
      ['Owen Pike', 'DCC', 'present'],
      ['Suki Rahm', 'ACC', 'present'],
    ]);
    expect(attendees.every((a) => !a.initialsSuggested)).toBe(true);
    expect(attendees[5]?.attendee.capacity).toBe('Deputy Chief Constable (DCC)');
  });

  it('says which header row and which label it skipped', () => {
    expect(parseAttendancePaste(table).skipped.map((s) => [s.line, s.note])).toEqual([
      [1, 'Skipped the header row “Name | Capacity”'],
      [2, 'Read “Attendance:” as a label: the people after it are listed present'],
    ]);
  });

  it('takes the status from a label cell such as "Apologies:"', () => {
    const { attendees } = parseAttendancePaste(
      'Present:\tAmos Reed\tChair (AR)\nApologies:\tIda Kell\tTreasurer',
    );
    expect(attendees.map((a) => [a.attendee.name, a.attendee.status, a.initialsSuggested])).toEqual([
      ['Amos Reed', 'present', false],
      ['Ida Kell', 'apologies', true],
    ]);
  });

  it('explains a row with too many columns', () => {
    const { unreadable } = parseAttendancePaste('Amos Reed\tChair\tAR\tYes');
    expect(unreadable[0]?.reason).toBe(
      "This row has 4 columns: a person's row has the name, then the capacity, then the initials if any",
    );
  });

  it('explains initials that are not initials', () => {
    const { unreadable } = parseAttendancePaste('Amos Reed\tChair\tchair person');
    expect(unreadable[0]?.reason).toMatch(/^“chair person” in the third column does not look like initials/);
  });
});

describe("parseAttendancePaste with the reader's lists", () => {
  it('reads a label and its people on one line, as the reader does', () => {
    const { attendees, skipped } = parseAttendancePaste('Apologies: Ida Kell (IK), Amos Reed (AR)');
    expect(attendees.map((a) => [a.attendee.name, a.attendee.status])).toEqual([
      ['Ida Kell', 'apologies'],
      ['Amos Reed', 'apologies'],
    ]);
    expect(skipped[0]?.note).toBe(
      'Read “Apologies:” as a label: the people after it are listed as sending apologies',
    );
  });

  it('notes "None" under a label instead of calling it unreadable', () => {
    const { unreadable, skipped } = parseAttendancePaste('Apologies: None');
    expect(unreadable).toEqual([]);
    expect(skipped.map((s) => s.note)).toContain('“None” names no one: nothing to add');
  });

  it.each(['ALL', 'Everyone', 'All members'])('never reads "%s" as a person', (line) => {
    const { attendees, unreadable } = parseAttendancePaste(line);
    expect(attendees).toEqual([]);
    expect(unreadable[0]?.reason).toBe(`“${line}” is a group, not one person: list each person by name`);
  });

  it('keeps names with a non-breaking hyphen or a lower-case part', () => {
    const { attendees } = parseAttendancePaste('Anna van der Berg\nMary\u2011Jane Kowalczyk');
    expect(attendees.map((a) => [a.attendee.name, a.attendee.initials])).toEqual([
      ['Anna van der Berg', 'AB'],
      ['Mary\u2011Jane Kowalczyk', 'MJK'],
    ]);
  });

  it('leaves the honorific out of suggested initials', () => {
    expect(parseAttendancePaste('Dr Jane Smith').attendees[0]?.attendee.initials).toBe('JS');
  });
});

/** The line without control characters other than tab, as the paste reads it. */
const printable = (line: string): string =>
  Array.from(line)
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code === 9 || (code >= 32 && code !== 127);
    })
    .join('');

describe('parseAttendancePaste never throws', () => {
  it('reads any text, every non-blank line read, skipped or listed as not understood', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const { attendees, unreadable, skipped } = parseAttendancePaste(text);
        const seen = new Set([...attendees, ...unreadable, ...skipped].map((r) => r.line));
        const nonBlank = text
          .split(/\r\n|\r|\n/)
          .map((l, i) => [l, i + 1] as const)
          .filter(([l]) => printable(l).trim() !== '')
          .map(([, i]) => i);
        expect([...seen].sort((a, b) => a - b)).toEqual(nonBlank);
      }),
      { numRuns: propertyRuns(200) },
    );
  });

  it('drops control characters from what it reads', () => {
    expect(parseAttendancePaste('Jackie\u0007 Irvin, Policy Officer (JI)').attendees[0]?.attendee.name).toBe(
      'Jackie Irvin',
    );
  });
});
