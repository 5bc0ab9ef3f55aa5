import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateMinutes, wordCount } from '../generate';
import { minutesDocx } from '../generate-docx';
import type { Figure } from '../results';
import { RUNS, summarise } from '../timing';

const PARAGRAPHS = 30000;
/** Words on a page of minutes (11 pt Calibri, A4, tables included), to say how many pages the file fills. */
const WORDS_PER_PAGE = 500;

interface ChildRun {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  stdout: string;
}

/** One child process under the resource-usage wrapper: wall and CPU time, peak memory, stdout when kept. */
function runChild(
  root: string,
  script: string,
  args: string[],
  okStatuses: number[],
  keepStdout = false,
): ChildRun {
  const usageFile = join(root, 'bench', 'out', 'child-usage.json');
  rmSync(usageFile, { force: true });
  const wrapper = join(root, 'bench', 'out', 'bench', 'children', 'resource-usage.js');
  const start = performance.now();
  const child = spawnSync(process.execPath, [wrapper, usageFile, script, ...args], {
    cwd: root,
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 512 * 1024 * 1024,
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (child.error || child.status === null || !okStatuses.includes(child.status)) {
    throw new Error(
      `${script} ${args.join(' ')} exited with ${child.status ?? child.signal}: ${child.error ?? child.stderr}`,
    );
  }
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKb: number; cpuMs: number };
  return { ms, ...usage, stdout: child.stdout ?? '' };
}

/**
 * `minutebook check <1,000-page .docx> --json` beside `mammoth.extractRawText` on the same file, as child
 * processes in one run, taking turns so that a busy machine slows both alike. Needs `npm run build` (dist/cli).
 */
export function measureCli(root: string): Figure[] {
  const content = generateMinutes(PARAGRAPHS);
  const file = join(root, 'bench', 'out', 'minutes-1000-pages.docx');
  mkdirSync(join(root, 'bench', 'out'), { recursive: true });
  const bytes = minutesDocx(content);
  writeFileSync(file, bytes);
  const pages = Math.round(wordCount(content) / WORDS_PER_PAGE);

  const minutebook = () =>
    runChild(root, join(root, 'bin', 'minutebook.js'), ['check', file, '--json'], [0, 1], false);
  const mammoth = () =>
    runChild(root, join(root, 'bench', 'out', 'bench', 'children', 'mammoth-text.js'), [file], [0]);

  // Warm-up (disk cache, V8 code cache) and a look at what the CLI read, so a broken read cannot look fast.
  const report = JSON.parse(
    runChild(root, join(root, 'bin', 'minutebook.js'), ['check', file, '--json'], [0, 1], true).stdout,
  ) as { items: unknown[]; actions: unknown[]; problems: unknown[] };
  if (report.actions.length < 100)
    throw new Error(`minutebook check read only ${report.actions.length} actions.`);
  mammoth();

  const ours: ChildRun[] = [];
  const theirs: ChildRun[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    ours.push(minutebook());
    theirs.push(mammoth());
  }
  const a = summarise(ours.map((r) => r.ms));
  const b = summarise(theirs.map((r) => r.ms));
  const peak = (runs: ChildRun[]) => Math.max(...runs.map((r) => r.maxRssKb));
  const cpuMedian = (runs: ChildRun[]) => summarise(runs.map((r) => r.cpuMs)).median;
  const cpu = (runs: ChildRun[]) => `CPU ${cpuMedian(runs).toFixed(0)} ms`;
  const doc = `${PARAGRAPHS.toLocaleString('en-GB')} paragraphs, ~${pages.toLocaleString('en-GB')} pages, ${(bytes.length / 1024).toFixed(0)} KB .docx`;
  return [
    {
      id: 'cli.minutebook',
      label: 'minutebook check --json, 1,000-page .docx',
      value: a.median,
      unit: 'ms',
      min: a.min,
      max: a.max,
      runs: a.runs.length,
      note: `${cpu(ours)}; ${doc}; ${report.items.length} items, ${report.actions.length} actions, ${report.problems.length} problems`,
    },
    {
      id: 'cli.mammoth',
      label: 'mammoth.extractRawText, same file',
      value: b.median,
      unit: 'ms',
      min: b.min,
      max: b.max,
      runs: b.runs.length,
      note: cpu(theirs),
    },
    {
      id: 'cli.ratioToMammoth',
      label: 'minutebook time ÷ mammoth time (medians)',
      value: a.median / b.median,
      unit: '×',
    },
    {
      // CPU time is what a busy shared machine distorts least; shown beside the budgeted wall-time ratio.
      id: 'cli.cpuRatioToMammoth',
      label: 'minutebook CPU time ÷ mammoth CPU time (medians)',
      value: cpuMedian(ours) / cpuMedian(theirs),
      unit: '×',
    },
    {
      id: 'cli.minutebook.peakMemory',
      label: 'minutebook check peak memory (max RSS)',
      value: peak(ours) / 1024,
      unit: 'MB',
    },
    {
      id: 'cli.mammoth.peakMemory',
      label: 'mammoth peak memory (max RSS)',
      value: peak(theirs) / 1024,
      unit: 'MB',
    },
  ];
}
