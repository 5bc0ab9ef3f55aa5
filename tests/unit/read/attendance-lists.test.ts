import { readMinutes, textToParagraphs } from '../../../src/core/read';

const attendees = (text: string) =>
  readMinutes(textToParagraphs(`Board\n${text}\n1. Welcome`)).attendees.map((a) => [
    a.name,
    a.capacity,
    a.status,
  ]);

describe('attendance lists as councils and boards write them', () => {
  it('a title and a name after a comma start a new person ("Councillor Arthur Boyd, Councillor Nasreen Begum")', () => {
    expect(
      attendees(
        'PRESENT: Councillor Gillian Reeve (Chair), Councillor Arthur Boyd, Councillor Nasreen Begum, Mr Ian Talbot (Independent Member)',
      ),
    ).toEqual([
      ['Gillian Reeve', 'Councillor, Chair', 'present'],
      ['Arthur Boyd', 'Councillor', 'present'],
      ['Nasreen Begum', 'Councillor', 'present'],
      ['Mr Ian Talbot', 'Independent Member', 'present'],
    ]);
  });

  it('a title followed by "of" is a role of the name before it ("Jane Smith, Professor of Surgery")', () => {
    expect(attendees('Present: Jane Smith, Professor of Surgery, Tom Hill')).toEqual([
      ['Jane Smith', 'Professor of Surgery', 'present'],
      ['Tom Hill', '', 'present'],
    ]);
  });

  it('a role that ends in a role word comes before the name ("Democratic Services Officer Kelly Nunn")', () => {
    expect(
      attendees(
        'OFFICERS: Chief Fire Officer Karen Webb (CFO), Treasurer Mark Hollins (T), Monitoring Officer Debbie Shaw (MO), Democratic Services Officer Kelly Nunn',
      ),
    ).toEqual([
      ['Karen Webb', 'Chief Fire Officer (CFO)', 'in attendance'],
      ['Mark Hollins', 'Treasurer (T)', 'in attendance'],
      ['Debbie Shaw', 'Monitoring Officer (MO)', 'in attendance'],
      ['Kelly Nunn', 'Democratic Services Officer', 'in attendance'],
    ]);
  });

  it('"Directors present:" starts the attendance, one person per bracketed initials', () => {
    expect(
      attendees(
        'Directors present: Eleanor Marsh (Chair) (EM), David Osei (Chief Executive) (DO)\nIn attendance: Lucy Fenwick (Company Secretary) (LF)',
      ),
    ).toEqual([
      ['Eleanor Marsh', 'Chair', 'present'],
      ['David Osei', 'Chief Executive', 'present'],
      ['Lucy Fenwick', 'Company Secretary', 'in attendance'],
    ]);
  });

  it('one line per person with the chair marked, read as one attendee each', () => {
    expect(
      attendees(
        'Members present:\nJulia Hartley, Non-Executive Member (Chair) (JH)\nDr Kevin Brannigan, Chief Medical Officer (KB)',
      ),
    ).toEqual([
      ['Julia Hartley', 'Non-Executive Member (Chair)', 'present'],
      ['Dr Kevin Brannigan', 'Chief Medical Officer', 'present'],
    ]);
  });
});
