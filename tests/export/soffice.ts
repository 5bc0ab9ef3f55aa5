import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MISSING =
  'LibreOffice (soffice) is needed to check exports with a real spreadsheet program. ' +
  'Install it with: apt-get install libreoffice-calc-nogui';

/** A fresh folder for one test's files; removed by `cleanUp`. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'minutebook-export-'));
}

export function cleanUp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Converts a file with LibreOffice into `outDir` and returns the paths it wrote. Each call has its own
 * profile: two runs sharing one silently produce nothing. Throws (never skips) when soffice is missing.
 */
export function sofficeConvert(
  input: string,
  convertTo: string,
  outDir: string,
  infilter?: string,
): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'minutebook-soffice-'));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless'];
    if (infilter) args.push(`--infilter=${infilter}`);
    args.push('--convert-to', convertTo, '--outdir', outDir, input);
    const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 120_000 });
    if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(MISSING);
    const written = readdirSync(outDir).map((name) => join(outDir, name));
    if (run.status !== 0 || written.length === 0) {
      throw new Error(`soffice did not convert ${input} (exit ${run.status}): ${run.stderr || run.stdout}`);
    }
    return written;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** LibreOffice reads a line break inside a quoted CSV field as LF, whether the file had CRLF, CR or LF. */
export function asLibreOfficeBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
