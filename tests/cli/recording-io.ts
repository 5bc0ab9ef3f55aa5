import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io';

/** A CliIo that records what the command wrote, in a fresh temporary folder. */
export function recordingIo(cwd = mkdtempSync(join(tmpdir(), 'minutebook-cli-'))) {
  const out: string[] = [];
  const err: string[] = [];
  const files = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    writeFile: (path, bytes) => void files.set(path, bytes),
    isTTY: false,
    stderrIsTTY: false,
    cwd,
    today: () => '2026-11-25',
  };
  return {
    io,
    cwd,
    files,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
