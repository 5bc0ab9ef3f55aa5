import { EXIT, UsageError, type CliIo } from './io';

export const MAIN_HELP = `Usage: minutebook <command> [options]

Commands
  check <files or folders…>     check minutes for completeness (.docx, .txt, .md)
  actions <files…> --format F   export the action list (csv, xlsx, json, tsv)
  new --preset <name> -o F      write a new minutes document

Run 'minutebook <command> --help' for a command's options and examples.
Nothing is sent anywhere: every command works on local files only.
`;

type Run = (args: string[], io: CliIo) => number | Promise<number>;

/** Each command's module is loaded only when it runs: `check` never pays for the export or writer code. */
const COMMANDS = new Map<string, () => Promise<Run>>([
  ['check', async () => (await import('./commands/check')).runCheck],
  ['actions', async () => (await import('./commands/actions')).runActions],
  ['new', async () => (await import('./commands/new')).runNew],
]);

/** The whole command line, testable in-process: returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name ? EXIT.ok : EXIT.unreadableOrUsage;
  }
  const load = COMMANDS.get(name);
  if (!load) {
    io.stderr(`minutebook: unknown command '${name}'.\n\n${MAIN_HELP}`);
    return EXIT.unreadableOrUsage;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(
        `minutebook ${name}: ${(error as Error).message}\nRun 'minutebook ${name} --help' for usage.\n`,
      );
      return EXIT.unreadableOrUsage;
    }
    throw error;
  }
}
