import fc from 'fast-check';
import { statusOf, withoutStatus } from '../../../src/core/read/status';
import { propertyRuns, textOfWords } from '../../support/property';

// The status rules as plain patterns over the whole text, without the last-word shortcut statusOf takes.
const DONE = /(?:[-–—:(]\s*|\bstatus\s*:?\s*|\b)(?:completed?|closed|done|discharged)\s*\)?\.?$/i;
const IN_PROGRESS = /(?:[-–—:(]\s*|\bstatus\s*:?\s*)(?:in progress|ongoing|underway)\s*\)?\.?$/i;
const TO_COMPLETE = /\bto\s+(?:complete|close)\s*\.?$/i;

function plainStatus(text: string): string {
  if (DONE.test(text) && !TO_COMPLETE.test(text)) return 'Done';
  if (IN_PROGRESS.test(text)) return 'In progress';
  return 'Open';
}

describe('action status written at the end', () => {
  it.each([
    ['Circulate the paper – completed', 'Done'],
    ['Circulate the paper (done).', 'Done'],
    ['Circulate the paper. Status: in progress', 'In progress'],
    ['Review the plan – ongoing)', 'In progress'],
    ['JS to complete', 'Open'],
    ['The work is undone', 'Open'],
    ['Circulate the paper', 'Open'],
  ])('%s → %s', (text, status) => {
    expect(statusOf(text)).toBe(status);
  });

  it('drops the status from the words', () => {
    // The spaces left are trimmed with the rest of the action's words.
    expect(withoutStatus('Circulate the paper – completed').trim()).toBe('Circulate the paper');
  });

  it('reads every text as the plain patterns do', () => {
    const texts = textOfWords(
      [
        'done',
        'Done',
        'COMPLETED',
        'complete',
        'closed',
        'discharged',
        'in progress',
        'ongoing',
        'underway',
        'to',
        'status',
        'undone',
        'paper',
        ' ',
        '  ',
        ':',
        '–',
        '(',
        ')',
        '.',
        '1',
      ],
      12,
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(statusOf(text)).toBe(plainStatus(text));
      }),
      { numRuns: propertyRuns(1000) },
    );
  });
});
