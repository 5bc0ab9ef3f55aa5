import { whyFinding } from '../../../src/core/check/why';
import { explain, textToParagraphs } from '../../../src/core/read';
import { review } from '../../../src/core/review';

/** "Why?" beside a finding: the reader's reason for the action or attendee the finding points at. */
const minutes = [
  'Allotment committee',
  'Date: 4 March 2025',
  'Chair: Rosa Ferrante',
  'Present: Rosa Ferrante (RF), Idris Kaya (IK)',
  '1. Water troughs',
  'ACTION- IK to fix the leaking trough by 1 April 2025.',
  'ACTION: Zed to order new hoses.',
].join('\n');
const result = review(textToParagraphs(minutes));
const explanation = explain(result.trace, result.minutes);
const why = (rule: string) => {
  const problem = result.problems.find((p) => p.rule === rule);
  if (!problem) throw new Error(`no ${rule} finding`);
  return whyFinding(problem, result.minutes, result.trace, explanation);
};

describe('whyFinding', () => {
  it('gives the marker and the owner match behind a finding on an action', () => {
    expect(why('action-marker-nonstandard')).toMatch(
      /^Read as an action: ACTION- – .*¶6; owner IK matched Idris Kaya/,
    );
  });

  it('says when the owner matched nobody', () => {
    expect(why('action-owner-unknown')).toMatch(/owner Zed matched nobody in the attendance list/);
  });

  it('has no reason for a finding about the whole document', () => {
    const whole = {
      rule: 'next-meeting-missing',
      severity: 'warning' as const,
      message: 'x',
      location: null,
    };
    expect(whyFinding(whole, result.minutes, result.trace, explanation)).toBeNull();
  });
});
