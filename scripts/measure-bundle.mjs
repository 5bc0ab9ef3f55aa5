// Measures the built pane: the JavaScript taskpane.html loads before anything lazy (raw and gzip -9), and the
// lazy chunks. Run after `npm run build`:
//   node scripts/measure-bundle.mjs            table + JSON
//   node scripts/measure-bundle.mjs --json     JSON only
//   node scripts/measure-bundle.mjs --check    also exit 1 when the initial JS is over the budget
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The blank Office add-in React template's initial JS with gzip -9 (issue 8): ours may not exceed it. */
export const INITIAL_GZIP_BUDGET = 167208;

const here = dirname(fileURLToPath(import.meta.url));

/** Local script files an HTML page loads: <script src> tags and the loader's JSON list (#minutebook-bundle). */
export function scriptsLoadedBy(html) {
  const files = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)) files.push(match[1]);
  const list = html.match(/<script\b[^>]*id=["']?minutebook-bundle["']?[^>]*>([\s\S]*?)<\/script>/i);
  if (list) files.push(...JSON.parse(list[1]));
  return [...new Set(files)]
    .filter((file) => !/^(https?:)?\/\//i.test(file))
    .map((file) => file.replace(/^\.?\//, ''));
}

function sizes(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export function measureBundle(distDir = join(here, '..', 'dist')) {
  const pane = join(distDir, 'taskpane.html');
  if (!existsSync(pane)) throw new Error(`${pane} does not exist: run \`npm run build\` first.`);
  const initialFiles = scriptsLoadedBy(readFileSync(pane, 'utf8'));
  const commandsHtml = join(distDir, 'commands.html');
  const commandFiles = existsSync(commandsHtml) ? scriptsLoadedBy(readFileSync(commandsHtml, 'utf8')) : [];
  const initial = initialFiles.map((file) => {
    const path = join(distDir, file);
    if (!existsSync(path)) throw new Error(`taskpane.html loads ${file}, which is not in ${distDir}.`);
    return { file, ...sizes(path) };
  });
  const lazy = readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && !initialFiles.includes(file) && !commandFiles.includes(file))
    .sort()
    .map((file) => ({ file, ...sizes(join(distDir, file)) }));
  const total = initial.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }), {
    raw: 0,
    gzip: 0,
  });
  return {
    initial,
    initialTotal: total,
    budgetGzip: INITIAL_GZIP_BUDGET,
    withinBudget: total.gzip <= INITIAL_GZIP_BUDGET,
    lazy,
    commands: commandFiles,
  };
}

function table(report) {
  const row = (name, raw, gzip) =>
    `${name.padEnd(40)} ${String(raw).padStart(10)} ${String(gzip).padStart(10)}`;
  const lines = [row('initial (taskpane.html)', 'raw', 'gzip -9')];
  for (const f of report.initial) lines.push(row(`  ${f.file}`, f.raw, f.gzip));
  lines.push(row('  total', report.initialTotal.raw, report.initialTotal.gzip));
  lines.push(row('  budget (gzip -9)', '', report.budgetGzip));
  lines.push(row('lazy chunks', '', ''));
  for (const f of report.lazy) lines.push(row(`  ${f.file}`, f.raw, f.gzip));
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let report;
  try {
    report = measureBundle();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  if (!args.includes('--json')) console.log(`${table(report)}\n`);
  console.log(JSON.stringify(report, null, 2));
  if (args.includes('--check') && !report.withinBudget) {
    console.error(
      `Initial pane JavaScript is ${report.initialTotal.gzip} bytes gzip -9, over the budget of ${report.budgetGzip}: ` +
        'move something heavy behind a dynamic import().',
    );
    process.exit(1);
  }
}
