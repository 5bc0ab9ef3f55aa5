import type { HouseStyle, Location, Minutes, Problem, ReadTrace, Severity, SourceParagraph } from '../model';

/** What the pane and the CLI list about a rule so a reviewer can switch it off. */
export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  /** One line, for people. */
  readonly description: string;
  /**
   * True for a rule that enforces a house standard rather than a fault (required header fields, the marker
   * form, due dates, the next-meeting line): it follows the house style in force, and without one says at
   * most a warning. `severity` is then the severity under a house style.
   */
  readonly houseStandard?: boolean;
}

/** Everything a rule may look at. Built once per check; the lookups are linear to build and O(1) to use. */
export interface RuleContext {
  readonly minutes: Minutes;
  /**
   * Why the reader read each part so, when these minutes came from the reader (review() hands it over); null
   * for minutes built or changed by hand, whose rules then read the paragraphs again.
   */
  readonly trace: ReadTrace | null;
  /** Every paragraph handed to the check, body and header/footer alike. */
  readonly paragraphs: readonly SourceParagraph[];
  /** Body paragraphs in reading order. */
  readonly body: readonly SourceParagraph[];
  /** Members needed for the meeting to be quorate; null where the meeting type defines none. */
  readonly quorum: number | null;
  /** The house style in force; null when there is none and the document's own conventions are the measure. */
  readonly houseStyle: HouseStyle | null;
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

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/**
 * A template cut at its placeholders: text, then [placeholder as written, name], text, … A rule reports the
 * same few templates many times over, so each is cut once.
 */
const TEMPLATE_PARTS = new Map<string, string[]>();

function templateParts(template: string): string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    parts = [];
    let at = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      parts.push(template.slice(at, match.index), match[0], match[1]!);
      at = match.index + match[0].length;
    }
    parts.push(template.slice(at));
    if (TEMPLATE_PARTS.size < 1000) TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

/** Fills a message template: `{{name}}` becomes `data.name`; a placeholder without data stays as written. */
export function formatMessage(
  template: string,
  data: Readonly<Record<string, string | number>> = {},
): string {
  const parts = templateParts(template);
  let message = parts[0]!;
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1]!;
    message += (key in data ? String(data[key]) : parts[i]!) + parts[i + 2]!;
  }
  return message;
}

/**
 * Builds one problem of the rule from one of its message templates. `severity` is for a rule whose findings
 * differ in weight (a house standard without a house style, initials the reader derived); else the rule's own.
 */
export type Report<MessageId extends string> = (
  messageId: MessageId,
  data: Readonly<Record<string, string | number>>,
  location: Location | null,
  severity?: Severity,
) => Problem;

/** A rule as written in its module: the check is handed a `report` bound to the rule's id, severity and messages. */
export interface RuleSpec<MessageId extends string> extends RuleMeta {
  readonly messages: Readonly<Record<MessageId, string>>;
  check(context: RuleContext, report: Report<MessageId>): Problem[];
}

/** Defines a rule with its message ids checked by the compiler. */
export function defineRule<MessageId extends string>(spec: RuleSpec<MessageId>): Rule<MessageId> {
  const report: Report<MessageId> = (messageId, data, location, severity) => ({
    rule: spec.id,
    severity: severity ?? spec.severity,
    message: formatMessage(spec.messages[messageId], data),
    location,
    messageId,
  });
  return {
    id: spec.id,
    severity: spec.severity,
    description: spec.description,
    ...(spec.houseStandard ? { houseStandard: true } : {}),
    messages: spec.messages,
    check: (context) => spec.check(context, report),
  };
}
