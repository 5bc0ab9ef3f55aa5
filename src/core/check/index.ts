import type { DismissedFinding, Minutes, Problem, Severity, SourceParagraph } from '../model';
import type { Locator } from '../locate';
import { createRuleContext } from './context';
import type { RuleMeta } from './rule';
import { ALL_RULES } from './rules';

export type { Rule, RuleContext, RuleMeta } from './rule';

export interface CheckOptions {
  /** Rule ids the reviewer switched off for this document. */
  disabledRules?: readonly string[];
  /** Findings the reviewer dismissed; matched by rule and location excerpt. */
  dismissed?: readonly DismissedFinding[];
  /** Members needed for a quorum; null or absent where the meeting type defines none. */
  quorum?: number | null;
}

/** What the pane lists so a reviewer can switch a rule off. */
export const RULES: readonly RuleMeta[] = ALL_RULES.map(({ id, severity, description }) => ({
  id,
  severity,
  description,
}));

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * The text a dismissal is stored under: the problem's location excerpt, or for a document-wide problem
 * (no location) its message, so dismissing "no venue" does not also dismiss "no chair".
 */
export function findingExcerpt(problem: Problem): string {
  return problem.location?.excerpt ?? problem.message;
}

/**
 * Runs every rule that is switched on; problems come sorted by severity, then in document order. `locate` is
 * the document's locator when the caller already has one (review() shares the reader's).
 */
export function checkMinutes(
  minutes: Minutes,
  paragraphs: readonly SourceParagraph[],
  options: CheckOptions = {},
  locate?: Locator,
): Problem[] {
  const disabled = new Set(options.disabledRules ?? []);
  const dismissed = new Set((options.dismissed ?? []).map((d) => `${d.rule}\u0000${d.excerpt}`));
  const context = createRuleContext(minutes, paragraphs, options.quorum ?? null, locate);
  const problems = ALL_RULES.filter((rule) => !disabled.has(rule.id))
    .flatMap((rule) => rule.check(context))
    .filter((problem) => !dismissed.has(`${problem.rule}\u0000${findingExcerpt(problem)}`));
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.problem.severity] - SEVERITY_ORDER[b.problem.severity] ||
        documentPosition(a.problem) - documentPosition(b.problem) ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

/** Document-wide problems first, then by paragraph; header and footer paragraphs after the body. */
function documentPosition(problem: Problem): number {
  const location = problem.location;
  if (location === null) return -1;
  return location.part === 'body' ? location.paragraph : Number.MAX_SAFE_INTEGER;
}

export function countBySeverity(problems: readonly Problem[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity] += 1;
  return counts;
}
