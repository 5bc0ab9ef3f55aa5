import { paragraph } from '../../../src/core/model/paragraph';
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

  it('a list cut by hard line breaks is read across them ("…; Ivan" / "Moss (Head of Estates); …")', () => {
    expect(
      attendees(
        'Present: Ruth Dale, Chair; Ivan Moss\n(Head of Estates); Paula\nGrey; Tom Ash, Clerk; Nalini Rao,\nFinance; Jo Bell;',
      ),
    ).toEqual([
      ['Ruth Dale', 'Chair', 'present'],
      ['Ivan Moss', 'Head of Estates', 'present'],
      ['Paula Grey', '', 'present'],
      ['Tom Ash', 'Clerk', 'present'],
      ['Nalini Rao', 'Finance', 'present'],
      ['Jo Bell', '', 'present'],
    ]);
  });

  it('one person a line, each ending with where they work, is no list cut in two', () => {
    expect(
      attendees(
        'Attendees:\nDr Nia Holt (NH), Chair, Westgrid\nOwen Pike (OP), Secretary, Fenshire Standards Office\nLi Wei (LW), Coastline Meters',
      ),
    ).toEqual([
      ['Dr Nia Holt', 'Chair, Westgrid', 'present'],
      ['Owen Pike', 'Secretary, Fenshire Standards Office', 'present'],
      ['Li Wei', 'Coastline Meters', 'present'],
    ]);
  });

  it('a comma list cut after a lone first name or a joining word goes on on the next line', () => {
    expect(
      attendees(
        'Present: Ada Lowe (Chair), Ben Kerr [BK], Colin\nD. Park [CDP] (Secretary) and\nEve Stone [ES] (Treasurer).',
      ),
    ).toEqual([
      ['Ada Lowe', 'Chair', 'present'],
      ['Ben Kerr', '', 'present'],
      ['Colin D. Park', 'Secretary', 'present'],
      ['Eve Stone', 'Treasurer', 'present'],
    ]);
  });

  it('a sentence after a list is not the rest of it, and the list keeps its last person', () => {
    const minutes = readMinutes(
      textToParagraphs('Board\nPresent: Ann Lee, Bo Hart, Cy\nThe meeting opened at seven.\n1. Budget'),
    );
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Bo Hart', 'Cy']);
  });

  it('a line with a label of its own is not the rest of a list of first names', () => {
    expect(attendees('Attendees: Haris, Adil, Umar\nContext: We chose the project.')).toEqual([
      ['Haris', '', 'present'],
      ['Adil', '', 'present'],
      ['Umar', '', 'present'],
    ]);
  });

  it('a run-on list with no commas, one person per bracket', () => {
    expect(attendees('Attendees: Rhea Kent (Chair) Omar Vale (Secretary), Lucy Fenn (Observer)')).toEqual([
      ['Rhea Kent', 'Chair', 'present'],
      ['Omar Vale', 'Secretary', 'present'],
      ['Lucy Fenn', 'Observer', 'present'],
    ]);
  });

  it('numbered people under a label, in parts with their own sub-labels, are people and not items', () => {
    const text =
      'Attendees:\n* Attended in person - eligible to vote:\n1. Ada Lowe\n1. Ben Kerr\n* Attended online:\n1. Nil\n' +
      'Observing:\n1. Cara Doyle\n1. Welcome\nThe Chair opened the meeting.';
    const minutes = readMinutes(textToParagraphs(`Board\n${text}`));
    expect(minutes.attendees.map((a) => [a.name, a.status])).toEqual([
      ['Ada Lowe', 'present'],
      ['Ben Kerr', 'present'],
      ['Cara Doyle', 'in attendance'],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Welcome']);
  });

  it('a numbered line after a label that had its people on its own line is an item', () => {
    const minutes = readMinutes(
      textToParagraphs('Board\nPresent: Ann Lee, Bo Hart\n1. Community Engagement\nNotes.'),
    );
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Bo Hart']);
    expect(minutes.items.map((i) => i.title)).toEqual(['Community Engagement']);
  });

  it('lines of people with initials and no label, in the opening, are present', () => {
    expect(
      attendees(
        'Notes of the meeting\nRuth Okafor (RO)\nDCC Alan Brereton (AB)\nMina Patel (MP) – Treasurer\n',
      ),
    ).toEqual([
      ['Ruth Okafor', '', 'present'],
      ['Alan Brereton', 'DCC', 'present'],
      ['Mina Patel', 'Treasurer', 'present'],
    ]);
  });

  it('the same lines under an opening item ("Welcome and introductions") are present too', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'Board\n1. Welcome and introductions\nRuth Okafor (RO)\nAlan Brereton (AB)\nMina Patel (MP)\n2. Minutes',
      ),
    );
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ruth Okafor', 'Alan Brereton', 'Mina Patel']);
  });

  it('two such lines, or lines inside a later item, are no list of people', () => {
    expect(attendees('Ruth Okafor (RO)\nAlan Brereton (AB)\n')).toEqual([]);
    const minutes = readMinutes(
      textToParagraphs(
        'Board\n1. Welcome\n2. Finance\nRuth Okafor (RO)\nAlan Brereton (AB)\nMina Patel (MP)',
      ),
    );
    expect(minutes.attendees).toEqual([]);
  });

  it('a line of first names under the title is the people there', () => {
    expect(attendees('Ola, Tomas, Priya, Wen\nAgenda: the budget').map(([name]) => name)).toEqual([
      'Ola',
      'Tomas',
      'Priya',
      'Wen',
    ]);
  });

  it('a table cell of names one per line, beside the header labels, is the people there', () => {
    const cell = (index: number, text: string, c: number) =>
      paragraph(index, text, { table: { table: 0, row: 0, cell: c } });
    const minutes = readMinutes([
      paragraph(0, 'Project meeting', { style: 'Title' }),
      cell(1, 'Facilitator: Group', 0),
      cell(2, 'Note taker: Ada Lowe', 0),
      cell(3, 'Ada Lowe', 1),
      cell(4, 'Ben Kerr', 1),
      cell(5, 'Cy Dunn', 1),
      paragraph(6, '1. Budget'),
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.status])).toEqual([
      ['Ada Lowe', 'present'],
      ['Ben Kerr', 'present'],
      ['Cy Dunn', 'present'],
    ]);
  });

  it('a label with no colon, then people with initials ("Present G Rowe (GR) Chair, Councillors …")', () => {
    expect(
      attendees(
        'Present G Rowe (GR) Chair, Councillors Brook (HB) Tate (NT) Quill (BQ)\nD Lane (clerk) + D Ives',
      ),
    ).toEqual([
      ['G Rowe', 'Chair', 'present'],
      ['Brook', '', 'present'],
      ['Tate', '', 'present'],
      ['Quill', '', 'present'],
      ['D Lane', 'clerk', 'present'],
      ['D Ives', '', 'present'],
    ]);
  });

  it('apologies and presence written as sentences', () => {
    expect(
      attendees(
        'Apologies were accepted from ACC Omar Vance, Supt Hal Brennan and Lia Moss.\n' +
          'There were apologies for absence from Ivo Park (student rep)\nPriya, Tom & Wen present',
      ),
    ).toEqual([
      ['Omar Vance', 'ACC', 'apologies'],
      ['Supt Hal Brennan', '', 'apologies'],
      ['Lia Moss', '', 'apologies'],
      ['Ivo Park', 'student rep', 'apologies'],
      ['Priya', '', 'present'],
      ['Tom', '', 'present'],
      ['Wen', '', 'present'],
    ]);
  });

  it('a web page saved as text: tags ignored, one block per cell, plural titles shared out', () => {
    const page =
      '\t<h4>PRESENT</h4>\t\n\t<p>Councillors Ann Lee, Bo Hart, and County Councillor Cy Dunn.</p>\n' +
      '\t\t<p>Apologies received from Cllrs. Dee Fox and Eli Gray.</p>';
    expect(attendees(page)).toEqual([
      ['Ann Lee', '', 'present'],
      ['Bo Hart', '', 'present'],
      ['Cy Dunn', 'County Councillor', 'present'],
      ['Dee Fox', '', 'apologies'],
      ['Eli Gray', '', 'apologies'],
    ]);
  });

  it('labels with a note in brackets, check boxes, roll calls by handle, a first name that is a role word', () => {
    expect(
      attendees(
        'PRESENT (three Councillors): - Dee Harper (DH), Omar Said (OS) – Chair, Lia Moss (LM)\n' +
          'Roll call: @ana, @bo_k\nAttendees:\n- [x] Dean B\n- [ ] Bo Hart',
      ),
    ).toEqual([
      ['Dee Harper', '', 'present'],
      ['Omar Said', 'Chair', 'present'],
      ['Lia Moss', '', 'present'],
      ['ana', '', 'present'],
      ['bo_k', '', 'present'],
      ['Dean B', '', 'present'],
      ['Bo Hart', '', 'absent'],
    ]);
  });

  it('a log entry headed "Meeting with A, B and C" names the people met', () => {
    expect(attendees('5/10/16 Meeting with Edda, Dov and Stef\nWe showed them the brief.')).toEqual([
      ['Edda', '', 'present'],
      ['Dov', '', 'present'],
      ['Stef', '', 'present'],
    ]);
  });
});
