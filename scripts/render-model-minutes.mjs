#!/usr/bin/env node
/**
 * Writes the model meeting (tests/fixtures/model-meeting.ts) as a .docx with the very blocks the pane inserts,
 * renders it with LibreOffice, and saves page 1 as docs/images/model-minutes-page1.png.
 * Run from the checkout: node scripts/render-model-minutes.mjs [outdir]   (needs soffice and pdftoppm)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const work = mkdtempSync(join(tmpdir(), 'minutebook-render-'));
const outDir = resolve(process.argv[2] ?? work);
try {
  // Compile just what is needed to CommonJS in a scratch folder (no ts-node in the project).
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    [
      '--outDir',
      join(work, 'js'),
      '--rootDir',
      root,
      '--module',
      'commonjs',
      '--moduleResolution',
      'node10',
      '--target',
      'es2022',
      '--esModuleInterop',
      '--skipLibCheck',
      '--resolveJsonModule',
      join(root, 'src/docx/write.ts'),
      join(root, 'src/core/write/index.ts'),
      join(root, 'tests/fixtures/model-meeting.ts'),
    ],
    { stdio: 'inherit' },
  );
  symlinkSync(join(root, 'node_modules'), join(work, 'js', 'node_modules')); // so the compiled code finds fflate, saxes, zod
  const require = createRequire(join(work, 'js', 'x.js'));
  const { writeDocx } = require('./src/docx/write.js');
  const { buildMinutesBlocks } = require('./src/core/write/index.js');
  const { MODEL_MINUTES } = require('./tests/fixtures/model-meeting.js');
  const docx = join(outDir, 'model-minutes.docx');
  writeFileSync(docx, writeDocx(buildMinutesBlocks(MODEL_MINUTES)));
  const profile = mkdtempSync(join(tmpdir(), 'minutebook-lo-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docx,
      ],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(outDir, 'model-minutes.pdf');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '100',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    join(outDir, 'page1'),
  ]);
  copyFileSync(join(outDir, 'page1.png'), join(root, 'docs/images/model-minutes-page1.png'));
  console.log(
    process.argv[2]
      ? `Wrote ${docx}, ${pdf} and docs/images/model-minutes-page1.png`
      : 'Wrote docs/images/model-minutes-page1.png',
  );
} finally {
  if (!process.argv[2]) rmSync(work, { recursive: true, force: true });
}
