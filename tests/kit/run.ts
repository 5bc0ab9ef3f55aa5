import type { ParagraphView } from '../fakes/word';
import type { InstalledHost } from '../word-host/office';
import { meantToSucceed, type ScenarioOutcome, type WordScenario } from '../word/scenario';
import { matchesObject, show } from './expect';
import { instrument } from './instrument';
import type { KitReport, KitResult } from './results';
import { CannotBuild, type KitStage, type Prepared, type StageView } from './stage';

/**
 * Why a scenario cannot run outside the simulated host, or null. A failure injected at a given sync or
 * callback, or a host condition such as the Find dialog being open, is something only the simulated host can
 * make happen on cue.
 */
export function simulatedOnly(s: WordScenario): string | null {
  if (s.hostOnly) return s.hostOnly;
  if (s.failSync)
    return `it makes Word fail at sync ${s.failSync.sync}${s.failSync.command ? ` (${s.failSync.command})` : ''}, which only the simulated host can do on cue`;
  if (s.host?.failCallback)
    return `it makes Common-API callback ${s.host.failCallback} fail, which only the simulated host can do on cue`;
  if (s.host?.findDialogOpen) return "it needs Word's Find dialog open while the kit runs";
  if (s.host?.resultsOnError) return 'it sets how the simulated host answers a failed request';
  return null;
}

/** What the scenario would assume of the simulated host that real Word decides for itself. */
function hostNotes(s: WordScenario): string[] {
  const notes: string[] = [];
  if (s.host?.reserialise)
    notes.push(
      "the part is written back by Word's own serialiser, not the simulated one (this is the question)",
    );
  if (s.host?.wordApi14 !== undefined)
    notes.push('runs with the requirement sets this Word has, not the simulated WordApi 1.4');
  return notes;
}

const WRITES_NOTE =
  'which paragraphs Word wrote to is not observable in real Word: assertions on host.model.writes saw none';
const WRITES_CHECK_NOTE =
  'the check failed after reading host.model.writes, which real Word cannot show; not counted as a failure';

/** The outcome's `host` as the scenarios' checks read it, made from what the stage read back. */
function kitHost(
  prepared: Prepared,
  after: StageView,
  counts: { syncs: number; callbacks: number },
  notes: string[],
) {
  const paragraphs = after.view.body.map((p) => ({ text: p.text }));
  const at = (end: { index: number; text: string }) => paragraphs[end.index] ?? { text: end.text };
  const selection = after.selection && {
    first: at(after.selection.first),
    last: at(after.selection.last),
    edge: after.selection.edge,
  };
  return {
    controlIds: prepared.controlIds,
    parts: after.parts,
    syncs: counts.syncs,
    callbacks: counts.callbacks,
    model: {
      selection,
      body: { paragraphs },
      get writes() {
        if (!notes.includes(WRITES_NOTE)) notes.push(WRITES_NOTE);
        return [];
      },
    },
  } as unknown as InstalledHost;
}

/** The budget, the expected paragraphs and the scenario's own check, as a list of problems (empty: passed). */
export function problemsOf<R>(s: WordScenario<R>, outcome: ScenarioOutcome<R>, notes?: string[]): string[] {
  const problems: string[] = [];
  if (meantToSucceed(s as WordScenario) && outcome.error !== undefined)
    problems.push(`the operation failed: ${show(outcome.error)}`);
  if (outcome.syncs > s.budget.syncs)
    problems.push(`${outcome.syncs} syncs, over the budget of ${s.budget.syncs}`);
  if (outcome.callbacks > s.budget.callbacks)
    problems.push(`${outcome.callbacks} callbacks, over the budget of ${s.budget.callbacks}`);
  for (const part of ['body', 'header', 'footer', 'firstPageHeader'] as const) {
    const expected = s.expected?.[part];
    if (!expected) continue;
    const actual: ParagraphView[] = outcome.view[part];
    if (actual.length !== expected.length)
      problems.push(
        `${part}: ${actual.length} paragraphs, expected ${expected.length}: ${show(actual.map((p) => p.text))}`,
      );
    expected.forEach((want, i) => {
      if (actual.length === expected.length && !matchesObject(actual[i], want))
        problems.push(`${part} paragraph ${i}: expected ${show(want)}, got ${show(actual[i])}`);
    });
  }
  try {
    s.check?.(outcome);
  } catch (e) {
    const message = `check: ${e instanceof Error ? e.message : String(e)}`;
    // Failing once the unobservable writes were read: most likely on them (seen as none), so told, not failed.
    if (notes?.includes(WRITES_NOTE)) notes.push(`${WRITES_CHECK_NOTE} (${message})`);
    else problems.push(message);
  }
  return problems;
}

type Clock = () => number;
const defaultClock: Clock = () => performance.now();

/** Runs one scenario on the stage: reset to blank, build the set-up, run the operation counted, read back, compare. */
export async function runOne(
  operation: string,
  s: WordScenario,
  stage: KitStage,
  clock: Clock = defaultClock,
): Promise<KitResult> {
  const base = {
    operation,
    name: s.name,
    ...(s.question ? { question: s.question } : {}),
    budget: s.budget,
    syncs: 0,
    callbacks: 0,
    ms: 0,
  };
  const skip = simulatedOnly(s);
  if (skip) return { ...base, status: 'not run', problems: [`Not run in Word: ${skip}.`], notes: [] };
  await stage.reset();
  let prepared: Prepared;
  try {
    prepared = await stage.prepare(s.setUp, s.host);
  } catch (e) {
    if (!(e instanceof CannotBuild)) throw e;
    return {
      ...base,
      status: 'not run',
      problems: [`The kit cannot build this set-up: ${e.message}.`],
      notes: [],
    };
  }
  const notes = [...prepared.notes, ...hostNotes(s)];
  const counts = instrument();
  const host = { controlIds: prepared.controlIds } as unknown as InstalledHost;
  let result: unknown;
  let error: unknown;
  const started = clock();
  try {
    result = s.outsideWordRun
      ? await s.operation(null as unknown as Word.RequestContext, host)
      : await Word.run(async (context) => {
          try {
            return await s.operation(context, host);
          } finally {
            counts.counting = false;
          }
        });
  } catch (e) {
    error = e;
  } finally {
    counts.counting = false;
    counts.restore();
  }
  const ms = clock() - started;
  if (counts.syncsUncounted)
    notes.push('this Office.js would not let the kit count syncs: the sync count is 0');
  const after = await stage.read();
  if (after.selectionError) notes.push(`the selection could not be read afterwards: ${after.selectionError}`);
  const outcome: ScenarioOutcome<unknown> = {
    result,
    error,
    view: after.view,
    host: kitHost(prepared, after, counts, notes),
    syncs: counts.syncs,
    callbacks: counts.callbacks,
    requests: [],
    originalUids: new Set(),
  };
  const problems = problemsOf(s, outcome, notes);
  return {
    ...base,
    syncs: counts.syncs,
    callbacks: counts.callbacks,
    ms,
    status: problems.length === 0 ? 'passed' : 'failed',
    problems,
    notes,
  };
}

export interface RunOptions {
  platform: string;
  wordVersion: string;
  clock?: Clock;
  /** Told after each scenario, for the pane's table. */
  onResult?: (result: KitResult) => void;
}

/** Runs every scenario in order, after making sure the open document is blank; leaves it blank again. */
export async function runAll(
  groups: Record<string, WordScenario[]>,
  stage: KitStage,
  options: RunOptions,
): Promise<KitReport> {
  const report: KitReport = {
    kit: 'minutebook-word-kit',
    platform: options.platform,
    wordVersion: options.wordVersion,
    date: new Date().toISOString(),
    refused: await stage.notBlank(),
    results: [],
  };
  if (report.refused) return report;
  for (const [operation, scenarios] of Object.entries(groups)) {
    for (const s of scenarios) {
      let result: KitResult;
      try {
        result = await runOne(operation, s, stage, options.clock);
      } catch (e) {
        result = {
          operation,
          name: s.name,
          status: 'failed',
          budget: s.budget,
          syncs: 0,
          callbacks: 0,
          ms: 0,
          problems: [`the kit itself failed: ${show(e)}`],
          notes: [],
        };
      }
      report.results.push(result);
      options.onResult?.(result);
    }
  }
  await stage.reset();
  return report;
}
