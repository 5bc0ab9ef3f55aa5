import { z } from 'zod';

/**
 * A house style: the standards a body sets for its own minutes, beyond what is simply wrong. With one in
 * force, the rules that enforce a standard (which header fields, which action marker, a due date on every
 * action, the next-meeting line) follow it; without one, the check judges the document by its own
 * conventions and those rules say at most a warning. Presets carry one; a user may pick one (pane: Check
 * settings; CLI: `--house-style <preset id or JSON file>`).
 */

/** The header fields a house style may require, as the meeting model names them. */
export const HeaderFieldName = z.enum(['date', 'time', 'chair', 'minuteTaker', 'venue']);
export type HeaderFieldName = z.infer<typeof HeaderFieldName>;

/** What a house style may set a rule to: one of the severities, or `off`. */
export const RuleSetting = z.enum(['error', 'warning', 'info', 'off']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Action markers a house style may name as its standard, written as minutes write them. */
export const StandardMarker = z.enum(['ACTION:', 'Action:', 'ACTION –', 'Action –', 'ACTION -', 'Action -']);
export type StandardMarker = z.infer<typeof StandardMarker>;

export const HouseStyle = z
  .object({
    /** Shown to people: "Police and crime assurance meeting". */
    name: z
      .string()
      .trim()
      .min(1, 'Give the house style a name, e.g. "Board minutes"')
      .default('House style'),
    /** Header fields every set of minutes must give; a missing one is an error. */
    requiredHeaderFields: z.array(HeaderFieldName).default(['date', 'chair', 'minuteTaker', 'venue']),
    /** The marker actions are written with; any other form is reported. */
    actionMarker: StandardMarker.default('ACTION:'),
    /** Every action must give a due date. */
    dueDateRequired: z.boolean().default(false),
    /** The minutes must say when the next meeting is. */
    nextMeetingRequired: z.boolean().default(true),
    /** Severity per rule id, or `off`; a rule not named keeps the severity the house style gives it. */
    rules: z
      .record(z.string().regex(/^[a-z][a-z-]*$/, 'A rule id is lower case with hyphens'), RuleSetting)
      .default({}),
  })
  .strict();
export type HouseStyle = z.infer<typeof HouseStyle>;

/** Field-by-field messages for a house style that does not parse: "requiredHeaderFields.1: Invalid option …". */
export function describeHouseStyleIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(the whole file)'}: ${issue.message}`);
}
