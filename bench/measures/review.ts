import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkMinutes } from '../../src/core/check';
import { readMinutes } from '../../src/core/read';
import { review } from '../../src/core/review';
import { generateMinutes, toSourceParagraphs } from '../generate';
import type { Figure } from '../results';
import { RUNS, summarise, time } from '../timing';

/**
 * Untimed runs before the timed ones, besides the first (which gives the notes' counts). In a fresh process
 * the first runs of a 30,000-paragraph review take about 240, 160, 110, 100 and 100 ms while the JIT tiers the
 * reader up, then about 88 ms each; before these warm-ups the median depended on which measures had run first
 * (126 ms alone, 83 ms after the round-trip measures, on the same code). Five untimed runs in all put the
 * timed ones in the steady state either way. The cold cost is measured apart (measureFirstReview).
 */
const WARM_UPS = 4;

/**
 * Read + check (`review`) of generated minutes, as the pane's Review view and the CLI run it. The read and
 * the check are also timed apart, so a slow figure says at once which half to look at.
 */
export async function measureReview(sizes: readonly number[] = [3000, 30000]): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const size of sizes) {
    const paragraphs = toSourceParagraphs(generateMinutes(size));
    let last = review(paragraphs);
    const timing = await time(() => {
      last = review(paragraphs);
    }, RUNS, WARM_UPS);
    const read = await time(() => readMinutes(paragraphs));
    const check = await time(() => checkMinutes(last.minutes, paragraphs, { quorum: null }));
    const marked = last.minutes.actions.filter((a) => a.marked).length;
    figures.push({
      id: `review.${size}`,
      label: `Read + check, ${size.toLocaleString('en-GB')} paragraphs`,
      value: timing.median,
      unit: 'ms',
      min: timing.min,
      max: timing.max,
      runs: timing.runs.length,
      note:
        `CPU ${timing.cpuMedian?.toFixed(0)} ms; read ${read.median.toFixed(0)} + check ${check.median.toFixed(0)} ms; ` +
        `${last.minutes.items.length} items, ${marked} actions, ${last.minutes.decisions.length} decisions, ${last.problems.length} problems`,
    });
  }
  return figures;
}

/**
 * The first read + check in a fresh process (bench/children/review-once.ts), one process per run: what a
 * reviewer's first click on long minutes costs before the JIT has seen the code. Reported, not budgeted.
 */
export function measureFirstReview(root: string, size = 30000): Figure[] {
  const script = join(root, 'bench', 'out', 'bench', 'children', 'review-once.js');
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const child = spawnSync(process.execPath, [script, String(size)], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`review-once.js exited with ${child.status}: ${child.stderr}`);
    samples.push((JSON.parse(child.stdout) as { ms: number }).ms);
  }
  const timing = summarise(samples);
  return [
    {
      id: `review.${size}.first`,
      label: `First read + check in a fresh process, ${size.toLocaleString('en-GB')} paragraphs`,
      value: timing.median,
      unit: 'ms',
      min: timing.min,
      max: timing.max,
      runs: samples.length,
      note: 'one run per process, JIT cold',
    },
  ];
}
