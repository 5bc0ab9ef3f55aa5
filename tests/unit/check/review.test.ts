import fc from 'fast-check';
import { RULES } from '../../../src/core/check';
import { paragraph } from '../../../src/core/model';
import { textToParagraphs } from '../../../src/core/read/text';
import { quorumFor, review } from '../../../src/core/review';
import { propertyRuns } from '../../support/property';

const TEAM_NOTES = [
  'Team meeting',
  'Date: 3 March 2024',
  'Chair: Sam Lee (SL)',
  'Minutes: Ali Khan (AK)',
  'Venue: Room 4',
  'Present: Sam Lee (SL), Ali Khan (AK)',
  '1. Updates',
  'SL said the release went out.',
  'ACTION: AK to book the retrospective by 10 March.',
  '2. AOB',
  'None.',
  'Date of next meeting: 10 March 2024',
].join('\n');

describe('review', () => {
  it('reads and checks in one call, returning what it read', () => {
    const { minutes, problems } = review(textToParagraphs(TEAM_NOTES));
    expect(minutes.meeting.chair).toMatch(/Sam Lee/);
    expect(problems.every((p) => RULES.some((r) => r.id === p.rule))).toBe(true);
  });

  it('passes the options through: a rule switched off reports nothing', () => {
    const paragraphs = textToParagraphs('ACTION: share the notes\n1. A\n3. C');
    const all = review(paragraphs).problems.map((p) => p.rule);
    expect(all).toContain('item-numbering');
    const some = review(paragraphs, { disabledRules: ['item-numbering'] }).problems.map((p) => p.rule);
    expect(some).not.toContain('item-numbering');
  });

  it('uses the quorum given, and none when told there is none', () => {
    const paragraphs = textToParagraphs(TEAM_NOTES);
    expect(review(paragraphs, { quorum: 5 }).problems.map((p) => p.rule)).toContain('quorum-not-met');
    expect(review(paragraphs, { quorum: null }).problems.map((p) => p.rule)).not.toContain('quorum-not-met');
  });

  it('takes the quorum from the preset for the meeting type, by type, id or name', () => {
    expect(quorumFor('Board meeting')).toBe(3);
    expect(quorumFor('board')).toBe(3);
    expect(quorumFor('Assurance meeting')).toBeNull();
    expect(quorumFor('')).toBeNull();
    expect(quorumFor('Parish council')).toBeNull();
  });

  it('never throws on any text, and every problem points at a paragraph it was given or at none', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 20 }), (texts) => {
        const paragraphs = texts.map((t, i) => paragraph(i, t));
        for (const problem of review(paragraphs).problems) {
          if (problem.location) expect(problem.location.paragraph).toBeLessThan(Math.max(texts.length, 1));
        }
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('copes with a 100,000-character paragraph, control characters and mixed scripts', () => {
    const long = `JI asked ${'the committee noted AB said '.repeat(4000)}`;
    const odd = '\u0000\u0007 ACTION:\u200b 张伟 to review the Ελληνικά text \u202e';
    const { problems } = review([
      paragraph(0, 'Present: Ann Lee (AL)'),
      paragraph(1, long),
      paragraph(2, odd),
    ]);
    expect(problems.map((p) => p.rule)).toContain('initials-undefined');
  });
});
