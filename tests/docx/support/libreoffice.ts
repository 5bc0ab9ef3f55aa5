import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_HINT = 'LibreOffice (soffice) is missing: apt-get install libreoffice-writer-nogui';

function hasSoffice(): boolean {
  return spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
}

/** Converts .docx bytes to PDF with LibreOffice, in its own profile (two runs sharing one produce nothing). */
export function convertToPdf(docx: Uint8Array): Buffer {
  if (!hasSoffice()) throw new Error(INSTALL_HINT);
  const work = mkdtempSync(join(tmpdir(), 'minutebook-lo-test-'));
  try {
    const input = join(work, 'minutes.docx');
    writeFileSync(input, docx);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        input,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(join(work, 'minutes.pdf'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Pages in a PDF, counted by their `/Type /Page` objects. */
export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
