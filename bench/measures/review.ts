import { checkMinutes } from '../../src/core/check';
import { readMinutes } from '../../src/core/read';
import { review } from '../../src/core/review';
import { generateMinutes, toSourceParagraphs } from '../generate';
import type { Figure } from '../results';
import { time } from '../timing';

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
    });
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
