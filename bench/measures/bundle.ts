import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Figure } from '../results';

interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
interface BundleReport {
  initial: FileSize[];
  initialTotal: { raw: number; gzip: number };
  lazy: FileSize[];
}

/** A chunk's name without its content hash, so ids stay the same from build to build. */
const chunkName = (file: string) => file.replace(/\.[0-9a-f]{8,}\.js$/, '').replace(/\.js$/, '');

/**
 * The built pane's JavaScript (raw and gzip -9): what taskpane.html loads first, and each lazy chunk.
 * Uses scripts/measure-bundle.mjs (the same measure as `node scripts/measure-bundle.mjs`); needs `npm run build`.
 */
export function measureBundle(root: string): Figure[] {
  const json = execFileSync(process.execPath, [join(root, 'scripts', 'measure-bundle.mjs'), '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const report = JSON.parse(json) as BundleReport;
  const size = (id: string, label: string, f: { raw: number; gzip: number }): Figure => ({
    id,
    label,
    value: f.gzip,
    unit: 'bytes',
    note: `${f.raw.toLocaleString('en-GB')} raw`,
  });
  const lazyTotal = report.lazy.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return [
    size('bundle.initial', 'Pane initial JS, gzip -9 (all taskpane.html loads)', report.initialTotal),
    ...report.initial.map((f) => size(`bundle.initial.${chunkName(f.file)}`, `  initial: ${f.file}`, f)),
    size('bundle.lazy', `Lazy chunks together, gzip -9 (${report.lazy.length} chunks)`, lazyTotal),
    ...report.lazy.map((f) => size(`bundle.lazy.${chunkName(f.file)}`, `  lazy: ${f.file}`, f)),
  ];
}
