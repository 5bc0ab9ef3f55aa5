/*
 * One read + check in a fresh process, as a reviewer's first click costs it (the JIT still cold):
 *   node review-once.js <paragraphs>  →  {"ms": …}
 * The minutes are generated before the clock starts; only review() is timed.
 */
import { performance } from 'node:perf_hooks';
import { review } from '../../src/core/review';
import { generateMinutes, toSourceParagraphs } from '../generate';

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) {
  process.stderr.write('Usage: node review-once.js <paragraphs>\n');
  process.exit(2);
}
const paragraphs = toSourceParagraphs(generateMinutes(size));
const start = performance.now();
review(paragraphs);
process.stdout.write(JSON.stringify({ ms: performance.now() - start }));
