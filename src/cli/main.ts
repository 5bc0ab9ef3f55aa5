import { runCheck, CHECK_HELP } from './commands/check';
import { runActions, ACTIONS_HELP } from './commands/actions';
import { runNew, NEW_HELP } from './commands/new';
import { EXIT, UsageError, type CliIo } from './io';

export const MAIN_HELP = `Usage: minutebook <command> [options]

Commands
  check <files or folders…>     check minutes for completeness (.docx, .txt, .md)
  actions <files…> --format F   export the action list (csv, xlsx, json, tsv)
  new --preset <name> -o F      write a new minutes document

Run 'minutebook <command> --help' for a command's options and examples.
Nothing is sent anywhere: every command works on local files only.
`;

const COMMANDS: Record<string, { run(args: string[], io: CliIo): number | Promise<number>; help: string }> = {
  check: { run: runCheck, help: CHECK_HELP },
  actions: { run: runActions, help: ACTIONS_HELP },
  new: { run: runNew, help: NEW_HELP },
};

/** The whole command line, testable in-process: returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(MAIN_HELP);
    return name ? EXIT.ok : EXIT.unreadableOrUsage;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`minutebook: unknown command '${name}'.\n\n${MAIN_HELP}`);
    return EXIT.unreadableOrUsage;
  }
  try {
    return await command.run(rest, io);
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
