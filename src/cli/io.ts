/** Where the CLI writes; the real process in bin.ts, a recorder in tests. */
export interface CliIo {
  stdout(text: string): void;
  /** Binary output (xlsx to stdout is refused, but bytes to a file go through `writeFile`). */
  writeFile(path: string, bytes: Uint8Array | string): void;
  stderr(text: string): void;
  /** Colour and progress only on a terminal. */
  isTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
  /** Today's date (ISO), injectable so tests are stable. */
  today(): string;
}

/** Exit statuses, as documented in README. */
export const EXIT = { ok: 0, errorsFound: 1, unreadableOrUsage: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
