import { createRuleContext } from '../../../src/core/check/context';
import type { Rule } from '../../../src/core/check/rule';
import {
  HouseStyle,
  type Minutes,
  type Problem,
  type Severity,
  type SourceParagraph,
} from '../../../src/core/model';

/** One example a rule is run on: the minutes as read, and the paragraphs they were read from. */
export interface RuleCase {
  /** What the example shows; becomes the test's name. */
  name: string;
  minutes: Minutes;
  paragraphs?: readonly SourceParagraph[];
  quorum?: number | null;
  /** The house style in force: a partial one is completed with the schema's defaults. */
  houseStyle?: Partial<HouseStyle> | null;
  /** The reader's trace, for rules that read it. */
  trace?: Parameters<typeof createRuleContext>[4];
}

export interface ExpectedProblem {
  /** The whole message, or a pattern it must match. */
  message: string | RegExp;
  /** The paragraph the problem points at; null for a document-wide problem. */
  paragraph?: number | null;
  /** The severity, where the finding's differs from the rule's own (a house standard without a house style). */
  severity?: Severity;
}

export interface InvalidCase extends RuleCase {
  problems: readonly ExpectedProblem[];
}

function run(rule: Rule, example: RuleCase): Problem[] {
  const style = example.houseStyle ? HouseStyle.parse(example.houseStyle) : null;
  return rule.check(
    createRuleContext(
      example.minutes,
      example.paragraphs ?? [],
      example.quorum ?? null,
      undefined,
      example.trace ?? null,
      style,
    ),
  );
}

/**
 * ESLint's RuleTester, in small: every valid example gives no problem; every invalid one gives exactly the
 * problems listed, in order, each with the rule's id and severity.
 */
export function testRule(
  rule: Rule,
  cases: { valid: readonly RuleCase[]; invalid: readonly InvalidCase[] },
): void {
  describe(rule.id, () => {
    it('has a description and a message for people', () => {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    });
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, example) => {
        expect(run(rule, example)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, example) => {
        const problems = run(rule, example);
        expect(problems.map((p) => p.message)).toHaveLength(example.problems.length);
        problems.forEach((problem, i) => {
          const expected = example.problems[i] as ExpectedProblem;
          expect(problem.rule).toBe(rule.id);
          expect(problem.severity).toBe(expected.severity ?? rule.severity);
          if (typeof expected.message === 'string') expect(problem.message).toBe(expected.message);
          else expect(problem.message).toMatch(expected.message);
          if (expected.paragraph !== undefined) {
            expect(problem.location === null ? null : problem.location.paragraph).toBe(expected.paragraph);
          }
        });
      });
    });
  });
}
