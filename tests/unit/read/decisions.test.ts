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
  ])('reads "%s" as a decision and never as an action', (line) => {
    const minutes = read([line]);
    expect(minutes.decisions).toHaveLength(1);
    expect(minutes.decisions[0]!.item).toBe('1');
    expect(minutes.actions).toEqual([]);
  });

  it('reads a RESOLVED label on its own line with the words on the next line', () => {
    const minutes = read(['RESOLVED:', 'That the accounts be adopted.']);
    expect(minutes.decisions.map((d) => d.text)).toEqual(['That the accounts be adopted.']);
  });

  it.each([
    'The Board noted the report.',
    'PROPOSED by JS, seconded by TJ.',
    'JS agreed that this was a better product.',
  ])('"%s" is not a decision', (line) => {
    expect(read([line]).decisions).toEqual([]);
  });
});
