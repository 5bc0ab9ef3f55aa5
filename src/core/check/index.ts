import type {
  DismissedFinding,
  HouseStyle,
  Minutes,
  Problem,
  ReadTrace,
  Severity,
  SourceParagraph,
} from '../model';
import type { Locator } from '../locate';
import { createRuleContext } from './context';
import type { RuleMeta } from './rule';
import { ALL_RULES } from './rules';

export type { Rule, RuleContext, RuleMeta } from './rule';
export {
  adjustHouseStyle,
  houseStyleFor,
  houseStylePresets,
  parseHouseStyle,
  presetHouseStyle,
  startingHouseStyle,
  type ParsedHouseStyle,
} from './house-style';

export interface CheckOptions {
  /** Rule ids the reviewer switched off for this document. */
  disabledRules?: readonly string[];
  /** Findings the reviewer dismissed; matched by rule and location excerpt. */
  dismissed?: readonly DismissedFinding[];
  /** Members needed for a quorum; null or absent where the meeting type defines none. */
  quorum?: number | null;
  /**
   * The house style in force (see house-style.ts): required header fields, the standard marker, due dates, the
   * next-meeting line and each rule's severity. Null or absent: the document is judged by its own conventions.
   */
  houseStyle?: HouseStyle | null;
}

/** What the pane lists so a reviewer can switch a rule off. */
export const RULES: readonly RuleMeta[] = ALL_RULES.map(({ id, severity, description, houseStandard }) => ({
  id,
  severity,
  description,
  ...(houseStandard ? { houseStandard } : {}),
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
 * the document's locator when the caller already has one (review() shares the reader's); `trace` the reader's
 * trace of these minutes, which rules read instead of reading the paragraphs again.
 */
export function checkMinutes(
  minutes: Minutes,
  paragraphs: readonly SourceParagraph[],
  options: CheckOptions = {},
  locate?: Locator,
  trace: ReadTrace | null = null,
): Problem[] {
  const style = options.houseStyle ?? null;
  const disabled = new Set(options.disabledRules ?? []);
  for (const [rule, setting] of Object.entries(style?.rules ?? {})) if (setting === 'off') disabled.add(rule);
  const dismissed = new Set((options.dismissed ?? []).map((d) => `${d.rule}\u0000${d.excerpt}`));
  const context = createRuleContext(minutes, paragraphs, options.quorum ?? null, locate, trace, style);
  const problems = ALL_RULES.filter((rule) => !disabled.has(rule.id))
    .flatMap((rule) => rule.check(context))
    .filter((problem) => !dismissed.has(`${problem.rule}\u0000${findingExcerpt(problem)}`))
    .map((problem) => withQuote(withHouseSeverity(problem, style), context.paragraphAt));
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

/** The severity the house style gives the rule, where it names one. */
function withHouseSeverity(problem: Problem, style: HouseStyle | null): Problem {
  const setting = style?.rules[problem.rule];
  return setting === undefined || setting === 'off' || setting === problem.severity
    ? problem
    : { ...problem, severity: setting };
}

/** Below this, an excerpt ("3", "Finance") is too short to recognise the line by. */
const SHORT_EXCERPT = 24;
const QUOTE_LENGTH = 100;

/**
 * A quotation long enough to recognise the line by, when the location's excerpt (what Word's search finds) is
 * short: the paragraph's text, cut at a word. A rule's own quote is kept.
 */
function withQuote(problem: Problem, paragraphAt: (index: number) => SourceParagraph | undefined): Problem {
  const location = problem.location;
  if (problem.quote !== undefined || location === null || location.part !== 'body') return problem;
  if (location.excerpt.length >= SHORT_EXCERPT) return problem;
  const text = (paragraphAt(location.paragraph)?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= location.excerpt.length) return problem;
  return { ...problem, quote: quoteOf(text) };
}

function quoteOf(text: string): string {
  if (text.length <= QUOTE_LENGTH) return text;
  const cut = text.slice(0, QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
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
