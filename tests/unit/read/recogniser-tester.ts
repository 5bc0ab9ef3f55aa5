import {
  readMinutes,
  readMinutesTraced,
  textToParagraphs,
  createOwnerResolver,
} from '../../../src/core/read';
import type {
  Recogniser,
  RecogniserContext,
  RecogniserExample,
  RecogniserInput,
} from '../../../src/core/read/recognisers';
import { ATTENDANCE } from './support';

/**
 * RuleTester for the reader: runs each of a recogniser's examples on the recogniser alone, then again through
 * readMinutesTraced, where the trace must name the recogniser for a positive example and must not for a
 * negative one. A failure names the recogniser and the example.
 */
const attendees = readMinutes(textToParagraphs(ATTENDANCE.join('\n'))).attendees;
const resolve = createOwnerResolver(attendees);
export const EXAMPLE_CONTEXT: RecogniserContext = { resolve, resolves: (o) => resolve(o).length > 0 };

/** A paragraph after the example: a decision label needs one, and nothing reads anything into it. */
const NEXT_LINE = 'Members noted the report.';

function name(example: RecogniserExample<unknown>): string {
  return typeof example.given === 'string' ? example.given : JSON.stringify(example.given);
}

function input(example: RecogniserExample<unknown>): RecogniserInput {
  if (typeof example.given === 'string')
    return {
      text: example.given,
      inActionSection: example.under === 'actions',
      underDecisionLabel: example.under === 'decision label',
    };
  if ('decision' in example.given) {
    const { decision, result } = example.given;
    return { text: decision, inActionSection: false, inTable: true, decision: { result } };
  }
  const { owner, task, due = '', status = '' } = example.given;
  return { text: '', inActionSection: false, column: { owner, task, due, status } };
}

/** The example written as minutes: the attendance list, the example, and a neutral line after it. */
function document(example: RecogniserExample<unknown>): string {
  const lines = [...ATTENDANCE];
  if (example.under === 'actions') lines.push('Actions:');
  if (example.under === 'decision label') lines.push('RESOLVED');
  if (typeof example.given === 'string') lines.push(example.given);
  else if ('decision' in example.given) {
    const { decision, result } = example.given;
    lines.push('| Motion | Moved by | Result |', '|---|---|---|', `| ${decision} | HP | ${result} |`);
  } else {
    const { owner, task, due = '' } = example.given;
    lines.push('| Action | Owner | Due |', '|---|---|---|', `| ${task} | ${owner ?? ''} | ${due} |`);
  }
  lines.push(NEXT_LINE);
  return lines.join('\n');
}

export function testRecogniser(recogniser: Recogniser<unknown>): void {
  describe(`recogniser ${recogniser.id}`, () => {
    const table = recogniser.examples.map((example) => [name(example), example] as const);
    it.each(table)('alone: %s', (_, example) => {
      expect(recogniser.recognise(input(example), EXAMPLE_CONTEXT)).toEqual(example.gives);
    });
    it.each(table)('through readMinutes: %s', (_, example) => {
      const { trace, unread } = readMinutesTraced(textToParagraphs(document(example)));
      expect(unread).toEqual([]);
      const ids = [...trace.actions, ...trace.decisions].map((entry) => entry.recogniser);
      if (example.gives === null) expect(ids).not.toContain(recogniser.id);
      else expect(ids).toContain(recogniser.id);
    });
  });
}
