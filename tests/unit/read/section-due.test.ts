import { readMinutes } from '../../../src/core/read';
import { parseDue } from '../../../src/core/read/due';
import { textToParagraphs } from '../../../src/core/read/text';

describe('a period named from now is a due as written (issue 14: due as written)', () => {
  it.each([
    ['Send the rota round by next week', 'by next week'],
    ['Book the hall this term', 'this term'],
    ['Finish the draft before the next sprint', 'before the next sprint'],
    ['Draft four user stories each by week 7', 'by week 7'],
    ['Push the final commits before sprint 3', 'before sprint 3'],
  ])('"%s" is due "%s"', (text, due) => expect(parseDue(text, null, null)).toEqual({ due, dueDate: null }));

  it('is no due inside a possessive or another phrase ("next week\'s agenda", "the next meeting" stays itself)', () => {
    expect(parseDue("Look at next week's agenda", null, null).due).toBeNull();
    expect(parseDue('In week 7 we met the client', null, null).due).toBeNull();
    expect(parseDue('Report to the next meeting', null, null).due).toBe('to the next meeting');
  });
});

describe("an Actions label's time is the due of the lines under it that give none", () => {
  it('"Plan for next week:" dates each task below; a task with its own due keeps it', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'Project team notes\nPlan for next week:\n- Tidy the survey results\n- Call the printers by 3 May 2026\n\nThe meeting closed.',
      ),
    );
    expect(minutes.actions.map((a) => [a.text, a.due])).toEqual([
      ['Tidy the survey results', 'next week'],
      ['Call the printers', 'by 3 May 2026'],
    ]);
  });
});
