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
  ])('does not suggest "%s"', (line) => {
    expect(suggested([line])).toEqual([]);
  });

  it('does not also suggest what a marker already made an action', () => {
    const actions = read(['ACTION: JS to circulate the paper.']).actions;
    expect(actions.map((a) => a.marked)).toEqual([true]);
  });
});
