import fc from 'fast-check';
import { findDue, findDueIn, parseDue } from '../../../src/core/read/due';
import { propertyRuns, textOfWords } from '../../support/property';
import { findDate, findTimes } from '../../../src/core/read/dates';

const MEETING = '2022-08-25';
const NEXT = '2022-10-04';

describe('parseDue', () => {
  it.each([
    ['share the report by 30 September', 'by 30 September', '2022-09-30'],
    ['by 30th Sept 2022', 'by 30th Sept 2022', '2022-09-30'],
    ['return the form by 25/08/2023', 'by 25/08/2023', '2023-08-25'],
    ['due 2022-11-01', '2022-11-01', '2022-11-01'],
    ['report back (due 12 December 2022)', '12 December 2022', '2022-12-12'],
    ['merge the annexes by end of Q3', 'by end of Q3', '2022-09-30'],
    ['by the end of Q2', 'by the end of Q2', '2023-06-30'],
    ['reforecast in 3 months', 'in 3 months', '2022-11-25'],
    ['complete within 2 weeks', 'within 2 weeks', '2022-09-08'],
    ['bring a paper to the next meeting', 'to the next meeting', NEXT],
    ['next meeting', 'next meeting', NEXT],
    ['write to the board by the end of January', 'by the end of January', '2023-01-31'],
    // The next of the same meetings under its own name; a day counted from the meeting's date.
    ['report back at the next plenum', 'at the next plenum', NEXT],
    ['share the slides before the next call', 'before the next call', NEXT],
    ['bring the figures next meeting', 'next meeting', NEXT],
    ['book the hall tomorrow', 'tomorrow', '2022-08-26'],
    ['send the checklist by today', 'by today', MEETING],
    ['Tomorrow', 'Tomorrow', '2022-08-26'],
    // A meeting of its own: the due as written, with no date.
    ['present the accounts at the AGM', 'at the AGM', null],
  ])('reads "%s"', (text, due, dueDate) => {
    expect(parseDue(text, MEETING, NEXT)).toEqual({ due, dueDate });
  });

  it.each([
    // The meeting is the work, not its time.
    'arrange the next meeting',
    'set up the next call',
    'chair next meeting',
    // What the work is for, not when.
    'send announcements for the AGM',
    // A capital mid-sentence is a name.
    'phone the Today programme',
  ])('finds no due in "%s"', (text) => {
    expect(parseDue(text, MEETING, NEXT)).toEqual({ due: null, dueDate: null });
  });

  it('keeps ASAP as written with no date', () => {
    expect(parseDue('circulate ASAP', MEETING, NEXT)).toEqual({ due: 'ASAP', dueDate: null });
  });

  it('reads UK dates day first', () => {
    expect(parseDue('by 03/04/2023', MEETING, NEXT).dueDate).toBe('2023-04-03');
  });

  it('gives a year-less date the first such date on or after the meeting', () => {
    expect(parseDue('by 1 March', MEETING, NEXT).dueDate).toBe('2023-03-01');
    expect(parseDue('by 1 September', MEETING, NEXT).dueDate).toBe('2022-09-01');
  });

  it('has nothing to say when no due is written', () => {
    expect(parseDue('share the VAWG problem profile', MEETING, NEXT)).toEqual({ due: null, dueDate: null });
  });

  it('keeps "next meeting" without a date when the next meeting is not stated', () => {
    expect(parseDue('by the next meeting', MEETING, null)).toEqual({
      due: 'by the next meeting',
      dueDate: null,
    });
  });

  it('refuses dates that are not on the calendar', () => {
    expect(parseDue('by 31/02/2023', MEETING, NEXT).dueDate).toBeNull();
  });
});

describe('dates and times in headers', () => {
  it('reads "Thursday 25th August, 10:00am" with the year from elsewhere', () => {
    expect(findDate('Thursday 25th August, 10:00am', 2022)?.iso).toBe('2022-08-25');
    expect(findTimes('Thursday 25th August, 10:00am')).toEqual(['10:00']);
  });

  it('reads "4 th October" as extracted from a PDF', () => {
    expect(findDate('Tuesday 4 th October', null, MEETING)?.iso).toBe('2022-10-04');
  });

  it('reads times as 24-hour clock, ranges giving two', () => {
    expect(findTimes('2.30pm')).toEqual(['14:30']);
    expect(findTimes('10am')).toEqual(['10:00']);
    expect(findTimes('09:30 – 12:45')).toEqual(['09:30', '12:45']);
    expect(findTimes('12 noon')).toEqual(['12:00']);
  });
});

describe('the quick test before the due patterns', () => {
  it('never changes what is found', () => {
    // Words from every due pattern, and words near them, in any order.
    const texts = textOfWords(
      [
        'by',
        'before',
        'the',
        'next',
        'board',
        'meeting',
        'end',
        'of',
        'Q3',
        'quarter',
        '3',
        'month',
        'months',
        "months'",
        'time',
        'weeks',
        'in',
        'within',
        'two',
        'ASAP',
        'ongoing',
        'due',
        'date',
        ':',
        '–',
        '(',
        ')',
        'deadline',
        'timescale',
        'by when',
        'September',
        'Sept',
        'may',
        'June',
        '30th',
        '30/09/2022',
        '2022-09-30',
        'report',
        'the plan',
        'share',
        '.',
        ',',
        // Whole phrases, so each pattern is met often: one without a digit for each kind.
        'in two months',
        'within a week',
        'by the end of the year',
        'before the next meeting',
        'by March',
        'as soon as possible',
      ],
      10,
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(findDue(text, MEETING, NEXT)).toEqual(findDueIn(text, MEETING, NEXT));
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
