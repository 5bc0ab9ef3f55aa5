/*
 * `npm run bench`: every measure, a table, and bench/results.json (the latest figures, committed).
 *   npm run bench -- --check              also compare with bench/budgets.json; exit 1 naming each one exceeded
 *   npm run bench -- --only review,cli    run some measures only (results.json is then left as it was)
 * Measures: roundTrips, bytes (Word request/response sizes), review, export, cli, bundle, accuracy, corpus (the real
 * minutes in ../shared/corpus; it also writes bench/corpus-results.json, per document).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { budgetMessages, compareWithBudgets, type Budgets } from './budgets';
import { measureAccuracy } from './measures/accuracy';
import { measureBundle } from './measures/bundle';
import { measureBytes } from './measures/bytes';
import { measureCli } from './measures/cli';
import { measureCorpus } from './measures/corpus';
import { measureDocxRead } from './measures/docx-read';
import { measureExport } from './measures/export';
import { measureFirstReview, measureReview } from './measures/review';
import { measureRoundTrips } from './measures/round-trips';
import type { BenchResults, Figure } from './results';
import { formatTable } from './table';

/** bench/out/bench/run.js → the repository root. */
const ROOT = resolve(__dirname, '..', '..', '..');

const MEASURES: Record<string, () => Figure[] | Promise<Figure[]>> = {
  roundTrips: measureRoundTrips,
  bytes: measureBytes,
  review: async () => [...(await measureReview()), ...measureFirstReview(ROOT)],
  export: measureExport,
  cli: async () => [...measureCli(ROOT), ...(await measureDocxRead())],
  bundle: () => measureBundle(ROOT),
  accuracy: () => measureAccuracy(ROOT),
  corpus: () => measureCorpus(ROOT),
};

function parseArgs(argv: readonly string[]): { check: boolean; only: string[] | null } {
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : null;
  const unknown = (only ?? []).filter((name) => !(name in MEASURES));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown measure ${unknown.join(', ')}; choose from ${Object.keys(MEASURES).join(', ')}.`,
    );
  }
  return { check: argv.includes('--check'), only };
}

async function main(): Promise<number> {
  if (!existsSync(join(ROOT, 'package.json'))) throw new Error(`${ROOT} is not the repository root.`);
  const { check, only } = parseArgs(process.argv.slice(2));
  const figures: Figure[] = [];
  const failed: string[] = [];
  for (const [name, measure] of Object.entries(MEASURES)) {
    if (only && !only.includes(name)) continue;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      figures.push(...(await measure()));
    } catch (error) {
      failed.push(name);
      process.stderr.write(`bench: ${name} failed: ${(error as Error).stack ?? String(error)}\n`);
    }
  }
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8')) as Budgets;
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    },
    figures,
  };
  process.stdout.write(`${formatTable(figures, budgets)}\n`);
  process.stdout.write(
    `Node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpuModel}, load average ${results.machine.loadAverage.join(' ')}\n`,
  );
  const load = results.machine.loadAverage[0] ?? 0;
  if (load > results.machine.cpus) {
    process.stdout.write(
      `The machine was busy (load ${load} on ${results.machine.cpus} CPUs): wall times include others' work; compare the CPU times in the notes.\n`,
    );
  }
  if (only) {
    process.stdout.write('Some measures only: bench/results.json left as it was.\n');
  } else if (failed.length === 0) {
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write('Wrote bench/results.json.\n');
  }
  let status = failed.length > 0 ? 1 : 0;
  if (failed.length > 0) process.stderr.write(`bench: measures that failed: ${failed.join(', ')}\n`);
  if (check) {
    const ids = new Set(figures.map((f) => f.id));
    // With --only, budgets of measures not run are not "missing".
    const relevant = only
      ? Object.fromEntries(
          Object.entries(budgets).filter(([id]) => only.some((m) => id.startsWith(`${m}.`)) || ids.has(id)),
        )
      : budgets;
    const verdict = compareWithBudgets(results, relevant);
    if (verdict.ok) {
      process.stdout.write(`All ${Object.keys(relevant).length} budgets met.\n`);
    } else {
      process.stderr.write(
        `Budgets exceeded:\n${budgetMessages(verdict)
          .map((m) => `  ${m}`)
          .join('\n')}\n`,
      );
      status = 1;
    }
  }
  return status;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 2;
  },
);
