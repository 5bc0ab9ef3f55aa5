import type { Location, Minutes, Problem, Severity, SourceParagraph } from '../model';

/** What the pane and the CLI list about a rule so a reviewer can switch it off. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  /** One line, for people. */
  readonly description: string;
}

/** Everything a rule may look at. Built once per check; the lookups are linear to build and O(1) to use. */
export interface RuleContext {
  readonly minutes: Minutes;
  /** Every paragraph handed to the check, body and header/footer alike. */
  readonly paragraphs: readonly SourceParagraph[];
  /** Body paragraphs in reading order. */
  readonly body: readonly SourceParagraph[];
  /** Members needed for the meeting to be quorate; null where the meeting type defines none. */
  readonly quorum: number | null;
  /** The body paragraph with this reading-order index, if it was given. */
  paragraphAt(index: number): SourceParagraph | undefined;
  /** Position of a body paragraph in `body`, so a rule can walk the paragraphs that follow it. */
  positionOf(index: number): number | undefined;
  /** A location a reviewer can go to. */
  locate(paragraph: SourceParagraph): Location;
}

/**
 * One check, ESLint-rule style: metadata, message templates with `{{placeholders}}`, and one function.
 * Adding a rule is adding one file here and one table of examples in its test.
 */
export interface Rule<MessageId extends string = string> extends RuleMeta {
  readonly messages: Readonly<Record<MessageId, string>>;
  check(context: RuleContext): Problem[];
}

/** Fills a message template: `{{name}}` becomes `data.name`. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

/** Builds one problem of the rule from one of its message templates. */
export type Report<MessageId extends string> = (
  messageId: MessageId,
  data: Readonly<Record<string, string | number>>,
  location: Location | null,
) => Problem;

/** A rule as written in its module: the check is handed a `report` bound to the rule's id, severity and messages. */
export interface RuleSpec<MessageId extends string> extends RuleMeta {
  readonly messages: Readonly<Record<MessageId, string>>;
  check(context: RuleContext, report: Report<MessageId>): Problem[];
}

/** Defines a rule with its message ids checked by the compiler. */
export function defineRule<MessageId extends string>(spec: RuleSpec<MessageId>): Rule<MessageId> {
  const report: Report<MessageId> = (messageId, data, location) => ({
    rule: spec.id,
    severity: spec.severity,
    message: formatMessage(spec.messages[messageId], data),
    location,
  });
  return {
    id: spec.id,
    severity: spec.severity,
    description: spec.description,
    messages: spec.messages,
    check: (context) => spec.check(context, report),
  };
}
