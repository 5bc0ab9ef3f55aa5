import { review } from '../../src/core/review';
import { readDocx } from '../../src/docx/read';
import { generateMinutes } from '../generate';
import { minutesDocx } from '../generate-docx';
import type { Figure } from '../results';
import { time } from '../timing';

/**
 * Where `minutebook check` spends its time on the 1,000-page .docx, measured in this process (warm): the
 * .docx read (unzip + XML) and the review. What is left of the CLI's time is start-up and module loading.
 */
export async function measureDocxRead(paragraphs = 30000): Promise<Figure[]> {
  const bytes = minutesDocx(generateMinutes(paragraphs));
  const read = await time(() => readDocx(bytes));
  const source = readDocx(bytes);
  const checked = await time(() => review(source));
  return [
    {
      id: 'cli.readDocx',
      label: '  of which: .docx read (unzip + XML), warm, in-process',
      value: read.median,
      unit: 'ms',
      min: read.min,
      max: read.max,
      runs: read.runs.length,
      note: `CPU ${read.cpuMedian?.toFixed(0)} ms; ${source.length.toLocaleString('en-GB')} paragraphs read`,
    },
    {
      id: 'cli.review',
      label: '  of which: read + check of those paragraphs, warm',
      value: checked.median,
      unit: 'ms',
      min: checked.min,
      max: checked.max,
      runs: checked.runs.length,
      note: `CPU ${checked.cpuMedian?.toFixed(0)} ms`,
    },
  ];
}
