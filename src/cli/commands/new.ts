import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { Attendee, Item, Meeting, MeetingReadyForInsert } from '../../core/model';
import { PRESETS, findPreset } from '../../core/presets';
import { buildMinutesBlocks } from '../../core/write';
import { writeDocx } from '../../docx/write';
import { EXIT, UsageError, type CliIo } from '../io';

export const NEW_HELP = `Usage: minutebook new (--preset <name> | <meeting.json>) -o <minutes.docx> [--title <t>] [--date <yyyy-mm-dd>]

Writes a new minutes document from the same blocks the Word pane inserts (header, attendance, items).

Options
  --preset <name>     start from a preset (its id or name):
${PRESETS.map((p) => `                        ${p.id.padEnd(18)} ${p.name}`).join('\n')}
  <meeting.json>      or a JSON file: { "meeting": {…}, "attendees": […], "items": […] } (schema in README)
  -o, --output <file> the .docx to write (required; an existing file is never overwritten)
  --title <text>      meeting title (with --preset; default: the preset's)
  --date <yyyy-mm-dd> meeting date (with --preset; default: today)
  -h, --help          this help

Examples
  minutebook new --preset board --date 2026-01-15 -o board-2026-01.docx
  minutebook new meeting.json -o minutes.docx
  minutebook check minutes.docx        # reads the result back
`;

/** The file `minutebook new <meeting.json>` takes. */
export const NewMinutesInput = z.object({
  meeting: Meeting,
  attendees: z.array(Attendee).default([]),
  items: z.array(Item).default([]),
});
export type NewMinutesInput = z.infer<typeof NewMinutesInput>;

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`).join('\n');
}

function inputFromPreset(name: string, title: string | undefined, date: string): NewMinutesInput {
  const preset = findPreset(name);
  if (!preset) {
    throw new UsageError(`No preset called '${name}'. Presets: ${PRESETS.map((p) => p.id).join(', ')}.`);
  }
  const meeting = Meeting.parse({ title: title ?? preset.title, meetingType: preset.meetingType, date });
  return { meeting, attendees: preset.attendees, items: preset.items };
}

function inputFromFile(path: string, cwd: string): NewMinutesInput {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (error) {
    throw new UsageError(`${path}: could not be read as JSON (${(error as Error).message}).`);
  }
  const parsed = NewMinutesInput.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(`${path} is not a meeting file:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function runNew(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      preset: { type: 'string' },
      output: { type: 'string', short: 'o' },
      title: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(NEW_HELP);
    return EXIT.ok;
  }
  if (!values.output) throw new UsageError('Say where to write the document with -o <minutes.docx>.');
  if (!values.output.toLowerCase().endsWith('.docx'))
    throw new UsageError('The output file must end in .docx.');
  if ((values.preset ? 1 : 0) + positionals.length !== 1) {
    throw new UsageError('Give either --preset <name> or one meeting JSON file.');
  }
  const input = values.preset
    ? inputFromPreset(values.preset, values.title, values.date ?? io.today())
    : inputFromFile(positionals[0]!, io.cwd);
  const ready = MeetingReadyForInsert.safeParse(input.meeting);
  if (!ready.success)
    throw new UsageError(`The meeting is not ready to write:\n${describeIssues(ready.error)}`);

  const bytes = writeDocx(buildMinutesBlocks(input));
  io.writeFile(resolve(io.cwd, values.output), bytes);
  io.stderr(`Wrote ${values.output} (${input.attendees.length} attendees, ${input.items.length} items).\n`);
  return EXIT.ok;
}
