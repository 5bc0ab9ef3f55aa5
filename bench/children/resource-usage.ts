/*
 * Runs a Node script in this process and, on exit, writes what the process used to a JSON file:
 *   node resource-usage.js <usage-file> <script> [args…]   →  {"maxRssKb": …, "cpuMs": …}
 * Both the CLI and mammoth run under it, so each gets the same small overhead and its own measure.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [usageFile, script, ...args] = process.argv.slice(2);
if (!usageFile || !script) {
  process.stderr.write('Usage: node resource-usage.js <usage-file> <script> [args…]\n');
  process.exit(2);
}
process.argv = [process.argv[0]!, resolve(script), ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  writeFileSync(usageFile, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs }));
});
// eslint-disable-next-line @typescript-eslint/no-require-imports -- runs the named script in this very process
require(resolve(script));
