import { read } from './support';

const suggested = (lines: string[]) =>
  read(lines)
    .actions.filter((a) => !a.marked)
    .map((a) => [a.owner, a.text]);

describe('suggestions from prose (marked = false)', () => {
  it.each([
    ['JS to circulate the paper.', 'JS', 'circulate the paper'],
    ['Tom will obtain three quotes.', 'Tom', 'obtain three quotes'],
    ['Tom will also ask the Rotary Club for drivers.', 'Tom', 'ask the Rotary Club for drivers'],
    ['Jane agreed to reply to the vicar.', 'Jane', 'reply to the vicar'],
    ['It was agreed that Helen would contact the two churches.', 'Helen', 'contact the two churches'],
    [
      'An action outstanding from July was for the Clerk to share the strategy.',
      'Clerk',
      'share the strategy',
    ],
    ['The Chair asked the Treasurer to check the figures.', 'Treasurer', 'check the figures'],
    ['The Chair invited JS to draft the letter.', 'JS', 'draft the letter'],
    ['A task remained for JS to book the hall.', 'JS', 'book the hall'],
    [
      'The Head of Finance will bring a report to the April meeting.',
      'Head of Finance',
      'bring a report to the April meeting',
    ],
    ['Staff was directed to review the parking policy.', 'Staff', 'review the parking policy'],
    ['TJ and team will clear the ditch.', 'TJ and team', 'clear the ditch'],
    ['The totals did not agree, so Helen to send out new figures.', 'Helen', 'send out new figures'],
    ['Street light report required Clerk to chase the supplier.', 'Clerk', 'chase the supplier'],
    ['Priya has asked us to tidy the code before the demo.', 'us', 'tidy the code before the demo'],
    ['For us to advise', 'us', 'advise'],
  ])('suggests "%s"', (line, owner, text) => {
    expect(suggested([line])).toEqual([[owner, text]]);
  });

  it.each([
    'The Chair will be away in August.',
    'JS said the force would expect to know in 2-3 weeks.',
    'The council will consider the plan.',
    'JS asked if TJ could provide an indication.',
    'The action for TJ to review the website has been completed.',
    'JS agreed that this was a better product.',
    'Bob will send the figures.',
    'So Helen said the figures were right.',
    'It is hard for us to say.',
    'They told us to wait.',
    'The library has asked us to return the keys.',
    'The plan did not work, so members would meet again.',
  ])('does not suggest "%s"', (line) => {
    expect(suggested([line])).toEqual([]);
  });

  it('drops the suggestion of a sentence an owner on the next line makes an action', () => {
    const actions = read(['The hedge will be cut back before May.', 'Action: Clerk']).actions;
    expect(actions.map((a) => [a.owner, a.marked])).toEqual([['Clerk', true]]);
  });

  it('does not also suggest what a marker already made an action', () => {
    const actions = read(['ACTION: JS to circulate the paper.']).actions;
    expect(actions.map((a) => a.marked)).toEqual([true]);
  });
});
