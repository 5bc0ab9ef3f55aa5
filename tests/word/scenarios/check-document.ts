import { review } from '../../../src/core/review';
import { readParagraphs } from '../../../src/word/read-paragraphs';
import type { ParagraphSpec } from '../../fakes/word';
import { scenario } from '../scenario';

/**
 * "Check minutes" on the whole document, as the Review view runs it: one read through Word (the syncs counted),
 * then the reader and the rules on what came back. Small minutes typed by hand, and a 500-page document
 * (12,000 paragraphs), so the in-Word kit measures what a reviewer's click costs in real Word.
 */
const SMALL: ParagraphSpec[] = [
  { text: 'Orchard Trust board', styleBuiltIn: 'Title' },
  'Date: 4 March 2026',
  'Chair: Rosalind Vetch',
  'Minute taker: Carl Dunn',
  'Venue: The Barn, Upper Orchard',
  'Present: Rosalind Vetch (RV), Carl Dunn (CD), Imogen Sale (IS)',
  { text: '1. Welcome', styleBuiltIn: 'Heading1' },
  'The chair welcomed everyone.',
  { text: '2. Finance', styleBuiltIn: 'Heading1' },
  'ACTION: CD to circulate the budget by 31 March 2026',
  'ACTION: ZZ to book the auditors',
  { text: '3. Date of next meeting', styleBuiltIn: 'Heading1' },
  'The next meeting is on 1 April 2026.',
];

/** An item of the long document: a heading, two lines of notes and an action for someone present. */
function longItem(n: number): ParagraphSpec[] {
  return [
    { text: `${n}. Report number ${n}`, styleBuiltIn: 'Heading1' },
    `The board discussed report ${n} at some length and noted the figures.`,
    `Members asked for the appendix of report ${n} to be clearer.`,
    `ACTION: IS to follow up report ${n} with the author`,
  ];
}
const LONG: ParagraphSpec[] = [
  ...SMALL.slice(0, 6),
  ...Array.from({ length: 2998 }, (_, i) => longItem(i + 1)).flat(),
];

const ruleCounts = (r: ReturnType<typeof review>) =>
  r.problems.reduce<Record<string, number>>((out, p) => ({ ...out, [p.rule]: (out[p.rule] ?? 0) + 1 }), {});

export const checkDocumentScenarios = [
  scenario({
    name: 'Check minutes on a short hand-typed document: its actions, its one unknown owner, nothing else wrong',
    setUp: { body: SMALL },
    operation: async (context) => review((await readParagraphs(context)).paragraphs),
    check: (o) => {
      const r = o.result as ReturnType<typeof review>;
      expect(r.minutes.actions.map((a) => a.owner)).toEqual(['CD', 'ZZ']);
      expect(r.minutes.attendees).toHaveLength(3);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(ruleCounts(r)['action-owner-unknown']).toBe(1);
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'Check minutes on a 500-page document (12,000 paragraphs): every action read, in 4 syncs',
    setUp: { body: LONG },
    operation: async (context) => review((await readParagraphs(context)).paragraphs),
    check: (o) => {
      const r = o.result as ReturnType<typeof review>;
      expect(o.view.body).toHaveLength(LONG.length);
      expect(r.minutes.actions).toHaveLength(2998);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    },
    budget: { syncs: 4, callbacks: 0 },
  }),
];
