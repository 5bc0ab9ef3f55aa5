import { parseArgs } from 'node:util';
import { z } from 'zod';
import { RULES } from '../../core/check';
import { analyseFiles } from '../analyse';
import { paint } from '../colour';
import { formatReport, formatSummary } from '../format-check';
import { collectInputs } from '../inputs';
import { EXIT, UsageError, type CliIo } from '../io';

export const CHECK_HELP = `Usage: minutebook check <files or folders…> [--json] [--disable <rule>…]

Reads minutes (.docx, .txt, .md; folders are walked for those) and checks them for completeness:
actions without owners, owners not in the attendance list, gaps in item numbering, missing header fields…

Options
  --json              one JSON object for one file, an array for several (schema in README)
  --disable <rule>    switch a rule off (repeatable); rules: see below
  -h, --help          this help

Exit status: 0 no errors, 1 at least one error-severity problem, 2 an unreadable file or a usage error
(readable files are still checked and reported).

Examples
  minutebook check minutes.docx
  minutebook check board-2024/ --json > report.json
  minutebook check minutes.docx --disable action-without-due --disable unmarked-action

Rules
${RULES.map((r) => `  ${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${r.description}`).join('\n')}
`;

const CheckOptions = z.object({
  paths: z.array(z.string()).min(1, 'Name at least one file or folder to check.'),
  json: z.boolean(),
  disable: z.array(
    z.string().refine((id) => RULES.some((r) => r.id === id), {
      error: (issue) => `Unknown rule '${String(issue.input)}'. Run 'minutebook check --help' for the list.`,
    }),
  ),
});

const PROGRESS_FROM = 20;

export function runCheck(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      disable: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  const parsed = CheckOptions.safeParse({ paths: positionals, json: values.json, disable: values.disable });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\n'));
  const options = parsed.data;

  const { files, failures: missing } = collectInputs(options.paths, io.cwd);
  const showProgress = files.length >= PROGRESS_FROM && io.stderrIsTTY;
  const { reports, failures } = analyseFiles(
    files,
    io.cwd,
    { disabledRules: options.disable },
    (done, total) => {
      if (showProgress) io.stderr(`\rChecked ${done} of ${total} files`);
    },
  );
  if (showProgress) io.stderr('\n');
  const unreadable = [...missing, ...failures];
  for (const failure of unreadable) io.stderr(`minutebook: ${failure.file}: ${failure.reason}\n`);

  if (options.json) {
    // A single file named on the command line gives one object; a folder or several files give an array.
    const single =
      files.length === 1 && files[0] === options.paths[0] && reports.length === 1 && unreadable.length === 0;
    io.stdout(JSON.stringify(single ? reports[0] : reports, null, 2) + '\n');
  } else {
    const p = paint(io.isTTY && !process.env.NO_COLOR);
    for (const report of reports) io.stdout(formatReport(report, p) + '\n');
    if (reports.length + unreadable.length > 1) io.stdout(formatSummary(reports, unreadable.length, p));
  }

  if (unreadable.length > 0) return EXIT.unreadableOrUsage;
  return reports.some((r) => r.problems.some((p) => p.severity === 'error')) ? EXIT.errorsFound : EXIT.ok;
}
