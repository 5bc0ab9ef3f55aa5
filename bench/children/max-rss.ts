/*
 * Runs a Node script in this process and, on exit, writes the process's peak resident memory (KB) to a file:
 *   node max-rss.js <rss-file> <script> [args…]
 * Both the CLI and mammoth run under it, so each gets the same small overhead and its own measure.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [rssFile, script, ...args] = process.argv.slice(2);
if (!rssFile || !script) {
  process.stderr.write('Usage: node max-rss.js <rss-file> <script> [args…]\n');
  process.exit(2);
}
process.argv = [process.argv[0]!, resolve(script), ...args];
process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
require(resolve(script));
