import { readMinutes, readMinutesTraced, textToParagraphs } from '../../../src/core/read';
import { read } from './support';

describe('decisions and resolutions', () => {
  it.each([
    'RESOLVED: that the minutes be approved as a correct record.',
    'RESOLVED – that the report be noted.',
    'RESOLVED THAT the Company enters into the agreement.',
    'DECISION: The Board approved the FY24 budget.',
    'AGREED: to approve the virement of £4,000.',
    'The Board approved the Board Assurance Framework.',
    'The Committee agreed to circulate the draft for comment.',
    'Senate approved the annual statement.',
    'It was resolved that the application be refused.',
    'It was agreed that the hall hire rate would rise to £18 an hour.',
    'The PCC agreed to increase the hall hire rate to £18 an hour from 1 September.',
    'The Board reviewed the Board Assurance Framework and agreed the revised risk score for workforce risk BAF 3.',
    'We agreed to add certificate expiry to the on-call dashboard.',
    'The team agreed on a fifteen-minute stand-up every Monday.',
    'The team agreed to keep one shared list of open bugs.',
    // A body named in capitals.
    'The Finance Committee approved the budget for next year.',
    'Full Council resolved to adopt the neighbourhood plan.',
    'Members of the committee agreed the revised terms.',
    // The minutes approved, in the record formula or without a verb of being.
    'Agreed as a correct record.',
    'Minutes of the meeting on 4 March approved and signed.',
    'The minutes were signed as a true and accurate record.',
  ])('reads "%s" as a decision and never as an action', (line) => {
    const minutes = read([line]);
    expect(minutes.decisions).toHaveLength(1);
    expect(minutes.decisions[0]!.item).toBe('1');
    expect(minutes.actions).toEqual([]);
  });

  it('"The PCC approved …" is a decision even where the PCC is a person at the meeting', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'Panel\nPresent: John Hale, Police and Crime Commissioner (PCC)\n1. Victims\nThe PCC approved the extension of the current contract to 31 March.',
      ),
    );
    expect(minutes.decisions.map((d) => d.text)).toEqual([
      'The PCC approved the extension of the current contract to 31 March.',
    ]);
    expect(minutes.actions).toEqual([]);
  });

  it('"The PCC agreed to …" where the PCC is a person at the meeting is work for them, not a decision', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'Panel\nPresent: John Hale, Police and Crime Commissioner (PCC)\n1. Victims\nThe PCC agreed to write to the Home Office.',
      ),
    );
    expect(minutes.decisions).toEqual([]);
    expect(minutes.actions.map((a) => [a.owner, a.marked])).toEqual([['PCC', false]]);
  });

  it('keeps the words of "Approved as a true record": the opener is no label there', () => {
    expect(read(['Approved as a true record.']).decisions.map((d) => d.text)).toEqual([
      'Approved as a true record.',
    ]);
  });

  it('"JS agreed to …" is work for JS even where the attendance list does not name JS (the owner rules say so)', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'Panel\nPresent: John Hale (JH)\n1. Victims\nJS agreed to circulate the survey results.',
      ),
    );
    expect(minutes.decisions).toEqual([]);
    expect(minutes.actions.map((a) => [a.owner, a.text, a.marked])).toEqual([
      ['JS', 'circulate the survey results', false],
    ]);
  });

  it('reads a RESOLVED label on its own line with the words on the next line', () => {
    const minutes = read(['RESOLVED:', 'That the accounts be adopted.']);
    expect(minutes.decisions.map((d) => d.text)).toEqual(['That the accounts be adopted.']);
  });

  it.each([
    'The Board noted the report.',
    'PROPOSED by JS, seconded by TJ.',
    'JS agreed that this was a better product.',
    // Attendance in the passive, not a decision.
    'Apologies were accepted from KM.',
    'Apologies for absence were received and accepted.',
    // A person whose title names the body.
    'The Clerk to the Council agreed to write to the landowner.',
    // Minutes not approved yet, or only named.
    'Minutes to be approved at the next meeting.',
    'Minutes of the last meeting not yet agreed.',
    'Minutes taken by the Clerk.',
  ])('"%s" is not a decision', (line) => {
    expect(read([line]).decisions).toEqual([]);
  });
});

describe('a table of motions or resolutions: each row is a decision', () => {
  const minutes = (lines: readonly string[]) =>
    readMinutesTraced(
      textToParagraphs(['Bowls club committee', 'Present: Rhian Pugh, Tomasz Nowak', ...lines].join('\n')),
    );

  it('reads each motion as written, with who moved it left out of the text and the attendance', () => {
    const { minutes: read, trace } = minutes([
      '1. Club finances',
      '| Motion | Proposed by | Seconded by | Result |',
      '|---|---|---|---|',
      '| Approve the purchase of a second mower | Rhian Pugh | Tomasz Nowak | Carried |',
      '| Raise the green fee to £6 a round | Tomasz Nowak | Rhian Pugh | Lost, 3 votes to 5 |',
      '| Appoint an honorary auditor | Rhian Pugh | | Lapsed for want of a seconder |',
    ]);
    expect(read.decisions.map((d) => [d.item, d.text])).toEqual([
      ['1', 'Approve the purchase of a second mower'],
      ['1', 'Raise the green fee to £6 a round'],
    ]);
    expect(trace.decisions.map((t) => t.recogniser)).toEqual(['decision-column', 'decision-column']);
    // The motions are the meeting's decisions, not work for anyone; the movers are attendees already listed.
    expect(read.actions).toEqual([]);
    expect(read.attendees.map((a) => a.name)).toEqual(['Rhian Pugh', 'Tomasz Nowak']);
  });

  it('reads a Resolution column beside the items of a numbered table', () => {
    const { minutes: read } = minutes([
      '| No. | Item | Resolution |',
      '|---|---|---|',
      '| 1 | Accounts | That the accounts for the year be adopted. |',
      '| 2 | Clubhouse roof | None. |',
    ]);
    expect(read.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Accounts'],
      ['2', 'Clubhouse roof'],
    ]);
    expect(read.decisions.map((d) => [d.item, d.text])).toEqual([
      ['1', 'That the accounts for the year be adopted.'],
    ]);
  });

  it('keeps an action marked in a decision cell an action', () => {
    const { minutes: read } = minutes([
      '1. Club finances',
      '| Motion | Result |',
      '|---|---|',
      '| ACTION: Rhian Pugh to obtain three quotes for the mower | Agreed |',
    ]);
    expect(read.actions.map((a) => [a.owner, a.text, a.marked])).toEqual([
      ['Rhian Pugh', 'obtain three quotes for the mower', true],
    ]);
    expect(read.decisions).toEqual([]);
  });

  it('takes no decision from a RESOLVED label with "none" under it', () => {
    const read = readMinutes(
      textToParagraphs('Bowls club\n1. Fixtures\nResolved\n- (none)\nThe fixtures list was noted.'),
    );
    expect(read.decisions).toEqual([]);
  });
});

describe('a Result column without a decision column', () => {
  it('is read as text, so an action marked in it is an action', () => {
    const read = readMinutes(
      textToParagraphs(
        [
          'Test rota',
          'Present: Rhian Pugh (RP), Tomasz Nowak (TN)',
          '1. Release checks',
          '| Subject | Discussion | Result |',
          '|---|---|---|',
          '| Login | Tried on three browsers. | Failed on the old one. ACTION: TN to fix the login page |',
        ].join('\n'),
      ),
    );
    expect(read.actions.map((a) => [a.owner, a.text, a.marked])).toEqual([
      ['TN', 'fix the login page', true],
    ]);
    expect(read.decisions).toEqual([]);
  });
});
