import { readMinutes, textToParagraphs } from '../../../src/core/read';
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
  ])('"%s" is not a decision', (line) => {
    expect(read([line]).decisions).toEqual([]);
  });
});
