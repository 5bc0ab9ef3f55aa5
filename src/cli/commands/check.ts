import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { houseStylePresets, parseHouseStyle, RULES } from '../../core/check';
import type { HouseStyle } from '../../core/model';
import { analyseFiles } from '../analyse';
import { paint } from '../colour';
import { formatExplanation, formatReport, formatSummary } from '../format-check';
import { collectInputs } from '../inputs';
import { EXIT, UsageError, type CliIo } from '../io';

const HOUSE_STYLE_IDS = houseStylePresets()
  .map((p) => p.id)
  .join(', ');

export const CHECK_HELP = `Usage: minutebook check <files or folders…> [--json] [--explain] [--house-style <style>]
                        [--max-warnings <n>] [--disable <rule>…]

Reads minutes (.docx, .txt, .md; folders are walked for those) and checks them for completeness:
actions without owners, owners not in the attendance list, gaps in item numbering, missing header fields…

Options
  --json              one JSON object for one file, an array for several (schema in README)
  --explain           say why each action and attendee was read so (the marker, the paragraph, the
                      attendee an owner matched)
  --house-style <s>   check against a house style: a preset id (${HOUSE_STYLE_IDS}) or a JSON file
                      (fields in README); without one, each document is judged by its own conventions
                      and house-standard rules say at most a warning
  --max-warnings <n>  also exit 1 when there are more than n warnings in all (as ESLint does)
  --disable <rule>    switch a rule off (repeatable); rules: see below
  -h, --help          this help

Exit status: 0 no errors, 1 at least one error-severity problem under the house style in force (or more
warnings than --max-warnings), 2 an unreadable file or a usage error (readable files are still checked and
reported).

Examples
  minutebook check minutes.docx
  minutebook check board-2024/ --json > report.json
  minutebook check minutes.docx --disable action-without-due --disable unmarked-action
  minutebook check minutes.docx --house-style board --max-warnings 0
  minutebook check minutes/ --house-style our-style.json

Rules
${RULES.map((r) => `  ${r.id.padEnd(28)} ${(r.houseStandard ? `${r.severity}*` : r.severity).padEnd(8)} ${r.description}`).join('\n')}
  * the severity under a house style; without one, at most a warning
`;

const CheckOptions = z.object({
  paths: z.array(z.string()).min(1, 'Name at least one file or folder to check.'),
  json: z.boolean(),
  explain: z.boolean(),
  houseStyle: z.string().min(1, 'Name a preset id or a JSON file after --house-style.').optional(),
  maxWarnings: z.coerce
    .number({ error: () => '--max-warnings takes a whole number from 0.' })
    .int('--max-warnings takes a whole number from 0.')
    .min(0, '--max-warnings takes a whole number from 0.')
    .optional(),
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
      explain: { type: 'boolean', default: false },
      disable: { type: 'string', multiple: true, default: [] },
      'house-style': { type: 'string' },
      'max-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return EXIT.ok;
  }
  const parsed = CheckOptions.safeParse({
    paths: positionals,
    json: values.json,
    explain: values.explain,
    disable: values.disable,
    houseStyle: values['house-style'],
    maxWarnings: values['max-warnings'],
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('\n'));
  const options = parsed.data;
  const houseStyle = options.houseStyle === undefined ? null : loadHouseStyle(options.houseStyle, io.cwd);

  const { files, failures: missing } = collectInputs(options.paths, io.cwd);
  const showProgress = files.length >= PROGRESS_FROM && io.stderrIsTTY;
  const { reports, failures } = analyseFiles(
    files,
    io.cwd,
    { disabledRules: options.disable, houseStyle },
    (done, total) => {
      if (showProgress) io.stderr(`\rChecked ${done} of ${total} files`);
    },
  );
  if (showProgress) io.stderr('\n');
  const unreadable = [...missing, ...failures];
  for (const failure of unreadable) io.stderr(`minutebook: ${failure.file}: ${failure.reason}\n`);
  // The reader never stops on a file it cannot fully read, but it says which step it gave up on.
  for (const report of reports)
    for (const { step, message } of report.unread ?? [])
      io.stderr(
        `minutebook: ${report.file}: warning: reading stopped at ${step} (${message}); the report shows what was read before it\n`,
      );

  if (options.json) {
    // A single file named on the command line gives one object; a folder or several files give an array.
    const single =
      files.length === 1 && files[0] === options.paths[0] && reports.length === 1 && unreadable.length === 0;
    io.stdout(JSON.stringify(single ? reports[0] : reports, null, 2) + '\n');
  } else {
    const p = paint(io.isTTY && !process.env.NO_COLOR);
    for (const report of reports)
      io.stdout(formatReport(report, p) + (options.explain ? formatExplanation(report) : '') + '\n');
    if (reports.length + unreadable.length > 1) io.stdout(formatSummary(reports, unreadable.length, p));
  }

  if (unreadable.length > 0) return EXIT.unreadableOrUsage;
  if (reports.some((r) => r.problems.some((p) => p.severity === 'error'))) return EXIT.errorsFound;
  const warnings = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(
      `minutebook: ${warnings} warnings, more than the ${options.maxWarnings} allowed (--max-warnings).\n`,
    );
    return EXIT.errorsFound;
  }
  return EXIT.ok;
}

/** A preset id, or a JSON file validated field by field; anything else is a usage error saying what is wrong. */
function loadHouseStyle(given: string, cwd: string): HouseStyle {
  const preset = houseStylePresets().find((p) => p.id === given);
  if (preset) return preset.style;
  if (!given.toLowerCase().endsWith('.json'))
    throw new UsageError(
      `--house-style ${given}: no such preset (${HOUSE_STYLE_IDS}); a file must end in .json.`,
    );
  let text: string;
  try {
    text = readFileSync(resolve(cwd, given), 'utf8');
  } catch {
    throw new UsageError(`--house-style ${given}: the file could not be read.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`--house-style ${given}: not valid JSON (${(error as Error).message}).`);
  }
  const parsed = parseHouseStyle(json);
  if (!parsed.ok)
    throw new UsageError(
      `--house-style ${given} is not a valid house style:\n  ${parsed.issues.join('\n  ')}`,
    );
  return parsed.style;
}
