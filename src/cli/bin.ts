import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { main } from './main';
import { UsageError, type CliIo } from './io';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile(path, bytes) {
    // Never overwrite: the file may be someone's minutes or tracker.
    if (existsSync(path))
      throw new UsageError(`${path} already exists; choose another name or remove it first.`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  },
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  today: () => new Date().toISOString().slice(0, 10),
};

main(process.argv.slice(2), io).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`minutebook: unexpected failure: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
