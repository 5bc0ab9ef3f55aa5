import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CheckReport, Minutes } from '../../core/model';
import {
  actionRows,
  actionTable,
  assignRefs,
  cellsOf,
  decisionRows,
  exportedActions,
  headerOf,
  toActionsJson,
  toCsv,
  toCsvBytes,
  toTsv,
  toXlsx,
  type ActionRow,
  type DecisionRow,
  type ExportOptions,
  type LeftOut,
  type RefScheme,
} from '../../core/export';
import { analyseFiles } from '../analyse';
import { collectInputs } from '../inputs';
import { EXIT, UsageError, type CliIo } from '../io';

export const ACTIONS_HELP = `Usage: minutebook actions <files or folders…> --format csv|xlsx|json|tsv [-o <out>] [options]

Exports the action list of one or more sets of minutes in the columns trackers use
(Ref, Meeting, Meeting date, Item no., Item title, Action, Owner, Due, Status…). A Meeting column tells
files apart. Text formats go to standard output when no -o is given; xlsx needs -o.

Options
  --format <f>              csv (UTF-8 with a byte-order mark, Excel-safe), xlsx (a real workbook),
                            json (versioned schema), tsv. The csv starts with the byte-order mark whether
                            it goes to a file (-o) or to standard output, so Excel keeps accents either way
  -o, --output <file>       write here (an existing file is never overwritten)
  --include-suggestions     also export actions read from prose without an ACTION marker
  --include-confidential    also export actions under Part II (confidential) items
  --refs item|year          refs for actions that have none: per item (2.1-A1, the default) or per year (17/2022)
  --start-at <n>            with --refs year: the tracker's next number (default 1)
  --year <yyyy>             with --refs year: the year (default: each meeting's year)
  -h, --help                this help

Examples
  minutebook actions minutes.docx --format csv -o actions.csv
  minutebook actions board-2024/ --format xlsx -o tracker.xlsx --refs year --start-at 41
  minutebook actions minutes.docx --format json | jq '.[0].actions'
`;

const ActionsOptions = z
  .object({
    paths: z.array(z.string()).min(1, 'Name at least one file or folder to export from.'),
    format: z.enum(['csv', 'xlsx', 'json', 'tsv'], {
      error: () => 'Choose --format csv, xlsx, json or tsv.',
    }),
    output: z.string().optional(),
    includeSuggestions: z.boolean(),
    includeConfidential: z.boolean(),
    refs: z.enum(['item', 'year'], { error: () => 'Choose --refs item or --refs year.' }),
    startAt: z.coerce.number().int().min(1, '--start-at takes a whole number from 1.'),
    year: z.coerce.number().int().min(1900).max(9999).optional(),
  })
  .refine((o) => o.format !== 'xlsx' || o.output, {
    message: 'An xlsx workbook needs a file: add -o <tracker.xlsx>.',
  });

type ActionsOptions = z.infer<typeof ActionsOptions>;

/**
 * Refs for the exported actions that have none (a left-out suggestion uses up no tracker number);
 * with the year scheme the sequence runs on across files.
 */
function withRefs(
  reports: readonly CheckReport[],
  options: ActionsOptions,
  exportOptions: ExportOptions,
): Minutes[] {
  let next = options.startAt;
  return reports.map((report) => {
    const exported = new Set(exportedActions(report, exportOptions).actions);
    const year = options.year ?? Number((report.meeting.date ?? '').slice(0, 4));
    const scheme: RefScheme =
      options.refs === 'year'
        ? { kind: 'year', year: year || new Date().getFullYear(), startAt: next }
        : { kind: 'item' };
    const assigned = assignRefs(report.actions, scheme, (action) => exported.has(action));
    if (assigned.nextYearNumber !== null) next = assigned.nextYearNumber;
    return { ...report, actions: assigned.actions };
  });
}

function describeLeftOut(total: LeftOut): string | null {
  const parts: string[] = [];
  if (total.suggestions) parts.push(`${total.suggestions} suggested action(s) (add --include-suggestions)`);
  if (total.confidential) parts.push(`${total.confidential} Part II action(s) (add --include-confidential)`);
  return parts.length ? `Left out ${parts.join(' and ')}.\n` : null;
}

export async function runActions(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'include-suggestions': { type: 'boolean', default: false },
      'include-confidential': { type: 'boolean', default: false },
      refs: { type: 'string', default: 'item' },
      'start-at': { type: 'string', default: '1' },
      year: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(ACTIONS_HELP);
    return EXIT.ok;
  }
  const parsed = ActionsOptions.safeParse({
    paths: positionals,
    format: values.format,
    output: values.output,
    includeSuggestions: values['include-suggestions'],
    includeConfidential: values['include-confidential'],
    refs: values.refs,
    startAt: values['start-at'],
    year: values.year,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\n'));
  const options = parsed.data;

  const { files, failures: missing } = collectInputs(options.paths, io.cwd);
  const { reports, failures } = analyseFiles(files, io.cwd, { disabledRules: [] });
  const unreadable = [...missing, ...failures];
  for (const failure of unreadable) io.stderr(`minutebook: ${failure.file}: ${failure.reason}\n`);

  const exportOptions = {
    includeSuggestions: options.includeSuggestions,
    includeConfidential: options.includeConfidential,
  };
  const meetings = withRefs(reports, options, exportOptions);
  const leftOut: LeftOut = { suggestions: 0, confidential: 0 };
  const actions: ActionRow[] = [];
  const decisions: DecisionRow[] = [];
  for (const minutes of meetings) {
    const result = actionRows(minutes, exportOptions);
    actions.push(...result.rows);
    leftOut.suggestions += result.leftOut.suggestions;
    leftOut.confidential += result.leftOut.confidential;
    decisions.push(...decisionRows(minutes, exportOptions).rows);
  }

  const table = actionTable(actions);
  const output = await render(options, meetings, table, decisions, exportOptions);
  if (options.output) io.writeFile(options.output, output);
  else io.stdout(typeof output === 'string' ? output : new TextDecoder().decode(output));

  const said = describeLeftOut(leftOut);
  if (said) io.stderr(said);
  if (options.output)
    io.stderr(`Wrote ${actions.length} action(s) from ${meetings.length} file(s) to ${options.output}.\n`);
  return unreadable.length > 0 ? EXIT.unreadableOrUsage : EXIT.ok;
}

async function render(
  options: ActionsOptions,
  meetings: readonly Minutes[],
  table: ReturnType<typeof actionTable>,
  decisions: readonly DecisionRow[],
  exportOptions: ExportOptions,
): Promise<Uint8Array | string> {
  switch (options.format) {
    case 'csv':
      // The same bytes to a file or to standard output: a BOM first, so `> actions.csv` opens in Excel too.
      return options.output
        ? toCsvBytes(headerOf(table), cellsOf(table))
        : `\uFEFF${toCsv(headerOf(table), cellsOf(table))}`;
    case 'tsv':
      return toTsv(headerOf(table), cellsOf(table));
    case 'json': {
      const documents = meetings.map((m) => JSON.parse(toActionsJson(m, exportOptions).json) as unknown);
      return JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2) + '\n';
    }
    case 'xlsx': {
      const meeting = meetings.length === 1 ? meetings[0]!.meeting : { title: 'Actions', date: null };
      return toXlsx({ meeting, actions: table.rows as ActionRow[], decisions });
    }
  }
}
