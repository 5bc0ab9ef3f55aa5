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

  it('lists a role line whose initials match no name instead of guessing', () => {
    const { attendees, unreadable } = parseAttendancePaste('Deputy Chief Constable (JM)');
    expect(attendees).toEqual([]);
    expect(unreadable).toEqual([expect.objectContaining({ line: 1, source: 'Deputy Chief Constable (JM)' })]);
    expect(unreadable[0]?.reason).toMatch(/matches the initials/);
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

  it('rejects a tabbed line whose first column is not a name', () => {
    const { unreadable } = parseAttendancePaste('Name:\tCapacity:');
    expect(unreadable).toHaveLength(1);
  });

  it('reads the attendance table of the model document row by row', () => {
    const { attendees } = parseAttendancePaste(
      'Jackie Irvin\tPolicy Officer (NN)\nPippa Mills\tChief Constable (CC)',
    );
    expect(attendees.map((a) => a.attendee.name)).toEqual(['Jackie Irvin', 'Pippa Mills']);
    expect(attendees[0]?.attendee.capacity).toBe('Policy Officer (NN)');
  });
});

describe('parseAttendancePaste never throws', () => {
  it('reads any text into people and unreadable lines, every non-blank line accounted for', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const { attendees, unreadable } = parseAttendancePaste(text);
        const lines = new Set([...attendees.map((a) => a.line), ...unreadable.map((u) => u.line)]);
        expect(lines.size).toBe(attendees.length + unreadable.length);
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
