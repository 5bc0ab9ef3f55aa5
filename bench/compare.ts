/*
 * `npm run bench:compare -- [git ref] [runs]`: read + check of the same 30,000 generated paragraphs by the reader
 * at another commit (26ce802, the first version, unless told) and by this build, in one process, run for run in
 * turn. On a machine whose speed swings by half from minute to minute, two builds timed apart cannot be told
 * from each other, and instruction counts swing too (valgrind gave the same code 1,072 and 1,193 million
 * instructions a review on 4 December); taken in turn, the two meet the same machine, and the same build
 * compared with itself comes out within 2%.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SourceParagraph } from '../src/core/model';
import { review } from '../src/core/review';
import { generateMinutes, toSourceParagraphs } from './generate';
import { summarise, type Timing } from './timing';

/** bench/out/bench/compare.js → the repository root. */
const ROOT = resolve(__dirname, '..', '..', '..');
const FIRST_VERSION = '26ce802';

export interface Interleaved {
  theirs: Timing;
  ours: Timing;
  /** Our median over theirs. */
  ratio: number;
}

/**
 * Times two functions in turn: `warmUps` untimed calls of each, then `runs` timed calls of each, theirs first
 * each time. The clock is a parameter so the order and the arithmetic can be tested.
 */
export function interleave(
  theirs: () => unknown,
  ours: () => unknown,
  runs: number,
  warmUps: number,
  clock: () => number = () => performance.now(),
): Interleaved {
  if (runs < 1) throw new Error('Compare needs at least one timed run of each build.');
  for (let i = 0; i < warmUps; i += 1) {
    theirs();
    ours();
  }
  const theirSamples: number[] = [];
  const ourSamples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let start = clock();
    theirs();
    theirSamples.push(clock() - start);
    start = clock();
    ours();
    ourSamples.push(clock() - start);
  }
  const theirTiming = summarise(theirSamples);
  const ourTiming = summarise(ourSamples);
  return { theirs: theirTiming, ours: ourTiming, ratio: ourTiming.median / theirTiming.median };
}

type Review = (paragraphs: readonly SourceParagraph[]) => unknown;

/** The reader at `ref`, built in a worktree of its own (removed by the returned function). */
function buildAt(ref: string): { review: Review; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-compare-'));
  const remove = () => execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT });
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, ref], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(
      `Could not check out ${ref} to compare with (a commit, tag or branch of this repository): ${said}`,
    );
  }
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '-p', 'tsconfig.bench.json'], { cwd: dir, stdio: 'ignore' });
    } catch {
      // An older commit may not type-check against today's dependencies; what it emitted is still its reader.
    }
    const built = join(dir, 'bench', 'out', 'src', 'core', 'review.js');
    if (!existsSync(built)) throw new Error(`${ref} did not build a reader at bench/out/src/core/review.js.`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build chosen at run time
    return { review: (require(built) as { review: Review }).review, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

function main(): void {
  const ref = process.argv[2] ?? FIRST_VERSION;
  const runs = Number(process.argv[3] ?? 30);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`Runs must be a whole number above 0, not ${process.argv[3]}.`);
  const paragraphs = toSourceParagraphs(generateMinutes(30000));
  const other = buildAt(ref);
  try {
    const result = interleave(
      () => other.review(paragraphs),
      () => review(paragraphs),
      runs,
      8,
    );
    const show = (t: Timing) => `${t.median.toFixed(1)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)})`;
    process.stdout.write(
      `Read + check, 30,000 paragraphs, ${runs} runs each in turn after 8 warm-ups:\n` +
        `  ${ref}: ${show(result.theirs)}\n  this build: ${show(result.ours)}\n` +
        `  this build ÷ ${ref}: ${result.ratio.toFixed(2)}\n`,
    );
  } finally {
    other.remove();
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`bench:compare: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
