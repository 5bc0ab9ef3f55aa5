import { parseAttendancePaste } from '../../../src/core/attendance/paste';
import type { Attendee } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';

/**
 * One attendance grammar: every entry below goes through the reader (a document with the entry under a
 * "Present:" label) and through the pane's paste, and both must give the same person, or both no one.
 * People are invented.
 */

type Person = Pick<Attendee, 'name' | 'capacity' | 'initials' | 'status'> & { derived: boolean };

function fromReader(text: string): Person[] {
  return readMinutes(textToParagraphs(`${text}\n\n1. Welcome\nThe Chair opened the meeting.`)).attendees.map(
    (a) => ({
      name: a.name,
      capacity: a.capacity,
      initials: a.initials,
      status: a.status,
      derived: a.initialsDerived === true,
    }),
  );
}

function fromPaste(text: string): Person[] {
  return parseAttendancePaste(text).attendees.map(({ attendee: a, initialsSuggested }) => ({
    name: a.name,
    capacity: a.capacity,
    initials: a.initials,
    status: a.status,
    derived: initialsSuggested,
  }));
}

const person = (name: string, capacity: string, initials: string, derived = false): Person => ({
  name,
  capacity,
  initials,
  status: 'present',
  derived,
});

describe('an attendance line reads the same in the reader and in the paste', () => {
  it.each<[string, Person | null]>([
    // The cases, with invented people.
    ['Chief Constable Rhona Blake (CC)', person('Rhona Blake', 'Chief Constable (CC)', 'CC')],
    ['Eleanor Marsh (EM) – Chair', person('Eleanor Marsh', 'Chair', 'EM')],
    ['Dr Jane Smith', person('Dr Jane Smith', '', 'JS', true)],
    // Honorifics and ranks stay out of the initials.
    ['Cllr Tomasz Nowicki, Vice-Chair', person('Cllr Tomasz Nowicki', 'Vice-Chair', 'TN', true)],
    ['Revd Alma Pryce (AP)', person('Revd Alma Pryce', '', 'AP')],
    ['PC Ada Lowe (Fenshire Police)', person('PC Ada Lowe', 'Fenshire Police', 'AL', true)],
    ['DCI Raj Ghosh', person('DCI Raj Ghosh', '', 'RG', true)],
    ['Supt Hal Brennan – Local Policing', person('Supt Hal Brennan', 'Local Policing', 'HB', true)],
    ['ACC Omar Vance', person('Omar Vance', 'ACC', 'OV', true)],
    // Lower-case particles and non-breaking hyphens stay in the name.
    ['Anna van der Berg', person('Anna van der Berg', '', 'AB', true)],
    ['Mary\u2011Jane Kowalczyk, Treasurer', person('Mary\u2011Jane Kowalczyk', 'Treasurer', 'MJK', true)],
    // Written forms of the domain notes.
    ['Iris Fenn, Clerk (IF)', person('Iris Fenn', 'Clerk', 'IF')],
    ['Ned Kaye (NK), Policy Officer', person('Ned Kaye', 'Policy Officer', 'NK')],
    ['Lorna Quist (Chair) (LQ)', person('Lorna Quist', 'Chair', 'LQ')],
    [
      'Martin Holloway, Police and Crime Commissioner',
      person('Martin Holloway', 'Police and Crime Commissioner', 'MH', true),
    ],
    ['Iris Fenn, Fenshire Council', person('Iris Fenn', 'Fenshire Council', 'IF', true)],
    // Initials as written win, even where they do not spell the name.
    ['Bea Lund (NN)', person('Bea Lund', '', 'NN')],
    // Written forms met in real minutes (issue 14), with invented people.
    ['Nadia Brook / (NB) Chair', person('Nadia Brook', 'Chair', 'NB')],
    ['Kwame Osei [KO]', person('Kwame Osei', '', 'KO')],
    ['[x] Lena Fox', person('Lena Fox', '', 'LF', true)],
    ['<p>Rory Vance</p>', person('Rory Vance', '', 'RV', true)],
    ['Farah Idris malik', person('Farah Idris malik', '', 'FIM', true)],
    [
      'Head of Estates and Facilities Tobias Wren (TW)',
      person('Tobias Wren', 'Head of Estates and Facilities', 'TW'),
    ],
    ['Vice president Mona Hale', person('Mona Hale', 'Vice president', 'MH', true)],
    ['Priya Nandra MSc CS', person('Priya Nandra', 'MSc CS', 'PN', true)],
    ['@tomasz', person('tomasz', '', 'T', true)],
    // Never a person.
    ['ALL', null],
    ['Everyone', null],
    ['All members', null],
    ['Deputy Chief Constable (JM)', null],
    ['Fenshire Council', null],
    ['Acme Telecom', null],
  ])('"%s"', (line, expected) => {
    const reader = fromReader(`Present:\n${line}`);
    const paste = fromPaste(`Present:\n${line}`);
    expect(paste).toEqual(expected ? [expected] : []);
    expect(reader).toEqual(paste);
  });
});

describe('a list of several people on one line splits the same in both', () => {
  it.each([
    ['Ann Lee, Bob Hart', ['Ann Lee', 'Bob Hart']],
    ['Ida Kell (IK), Amos Reed, Treasurer (AR)', ['Ida Kell', 'Amos Reed']],
    // A capacity no lexicon knows, followed by the person's own initials, is still their capacity.
    ['Nell Orme, Analyst (NO), Pip Tran, Archivist (PT)', ['Nell Orme', 'Pip Tran']],
    ['Cllr Tomasz Nowicki, Cllr Jo Marr', ['Cllr Tomasz Nowicki', 'Cllr Jo Marr']],
    // One person per entry: the initials belong to the last one only.
    ['Mira, Jun Hao, Wei Ling, Osric (MC)', ['Mira', 'Jun Hao', 'Wei Ling', 'Osric']],
    // A person and where they work.
    ['Sam Lowe, Acme Telecom', ['Sam Lowe']],
    // Run-on lists: a bracket, then a new person.
    [
      'Cllr Jo Marsh (Chair) Cllr Ivo Pryce-Jones (Vice-Chair) Cllr Bo Dee',
      ['Cllr Jo Marsh', 'Cllr Ivo Pryce-Jones', 'Cllr Bo Dee'],
    ],
    ['Ivo Park (Chair) Lia Moss (Secretary), Uma Bell (Observer)', ['Ivo Park', 'Lia Moss', 'Uma Bell']],
    ['Hal Moss (HM) Kit Rowe (KR) Dee Fenn (DF)', ['Hal Moss', 'Kit Rowe', 'Dee Fenn']],
    // "and", "&" and "+" join people; a plural title belongs to each.
    ['Priya, Tom & Wen', ['Priya', 'Tom', 'Wen']],
    ['Noor Said (clerk) + Dan Ives', ['Noor Said', 'Dan Ives']],
    ['Councillors Ada Rees, Ben Ola and County Councillor Cy Dunn', ['Ada Rees', 'Ben Ola', 'Cy Dunn']],
    // "and" inside a role is no second person; a role then a name is a new person.
    ['Gwen Hale (GH); Director of Estates and Facilities Owen Pike (OP)', ['Gwen Hale', 'Owen Pike']],
    ['President Ian Moor, Secretary Judy Kerr, Treasurer Lou Tan', ['Ian Moor', 'Judy Kerr', 'Lou Tan']],
    ['Lee Ward, Student President (Chair), Ola Finn, VP Sport', ['Lee Ward', 'Ola Finn']],
    ['Gil, Nico, LJ, Aziz', ['Gil', 'Nico', 'LJ', 'Aziz']],
  ])('"%s"', (line, names) => {
    const paste = fromPaste(`Present: ${line}`);
    expect(paste.map((p) => p.name)).toEqual(names);
    expect(fromReader(`Present: ${line}`)).toEqual(paste);
  });
});

describe('whole pasted blocks read the same in both', () => {
  it.each<[string, [string, string][]]>([
    [
      'Present:\n1. Ann Lee\n2. Bo Hart',
      [
        ['Ann Lee', 'present'],
        ['Bo Hart', 'present'],
      ],
    ],
    [
      'Attendees:\n- [x] Ann Lee\n- [ ] Bo Hart',
      [
        ['Ann Lee', 'present'],
        ['Bo Hart', 'absent'],
      ],
    ],
    [
      'Present Ann Lee (AL) Chair, Bo Hart (BH)',
      [
        ['Ann Lee', 'present'],
        ['Bo Hart', 'present'],
      ],
    ],
    [
      'There were apologies for absence from Ann Lee and Bo Hart.',
      [
        ['Ann Lee', 'apologies'],
        ['Bo Hart', 'apologies'],
      ],
    ],
  ])('%j', (block, expected) => {
    const paste = fromPaste(block).map((p) => [p.name, p.status]);
    expect(paste).toEqual(expected);
    expect(fromReader(block).map((p) => [p.name, p.status])).toEqual(paste);
  });
});

describe('a Word table copied as tab-separated rows reads the same in both', () => {
  it.each<[string, Person]>([
    ['Tessa Vane\tChief Constable (CC)', person('Tessa Vane', 'Chief Constable (CC)', 'CC')],
    ['Ben Oyelowo\tResearch Officer (NN)', person('Ben Oyelowo', 'Research Officer (NN)', 'NN')],
    ['Dr Femi Ade\tMedical Adviser', person('Dr Femi Ade', 'Medical Adviser', 'FA', true)],
  ])('"%s" under a Name | Capacity header', (row, expected) => {
    const table = `\tName:\tCapacity:\nAttendance:\t${row}`;
    // The reader's header-table path does not flag derived initials yet; the rest must agree.
    const strip = ({ derived: _, ...rest }: Person) => rest;
    expect(fromPaste(table)).toEqual([expected]);
    expect(fromReader(table).map(strip)).toEqual(fromPaste(table).map(strip));
  });
});
