import { buildDocument, installFakeOffice, viewOf, type FakeContext } from '../fakes/word';
import type { ScenarioOutcome, WordScenario } from './scenario';

/** Runs one scenario on the fake: a fresh document, the fake Office globals, one Word.run. */
export async function runScenario<R>(s: WordScenario<R>): Promise<ScenarioOutcome<R>> {
  const model = buildDocument(s.setUp);
  const originalUids = new Set(model.stories().flatMap((story) => story.paragraphs.map((p) => p.uid)));
  const host = installFakeOffice(model, { ...s.host, ...(s.failSync ? { failSync: s.failSync } : {}) });
  let result: R | undefined;
  let error: unknown;
  try {
    const run = (
      globalThis as unknown as { Word: { run: <T>(b: (c: FakeContext) => Promise<T>) => Promise<T> } }
    ).Word.run;
    result = await run((context) => s.operation(context as unknown as Word.RequestContext, host));
  } catch (e) {
    error = e;
  } finally {
    host.uninstall();
  }
  return {
    result,
    error,
    view: viewOf(model),
    host,
    syncs: host.syncs,
    callbacks: host.callbacks,
    originalUids,
  };
}

/** The budget and the expected document, as jest assertions. */
export function expectScenario<R>(s: WordScenario<R>, outcome: ScenarioOutcome<R>): void {
  expect(outcome.syncs).toBeLessThanOrEqual(s.budget.syncs);
  expect(outcome.callbacks).toBeLessThanOrEqual(s.budget.callbacks);
  for (const part of ['body', 'header', 'footer'] as const) {
    const expected = s.expected?.[part];
    if (!expected) continue;
    expect(outcome.view[part]).toHaveLength(expected.length);
    expected.forEach((paragraph, i) => expect(outcome.view[part][i]).toMatchObject(paragraph));
  }
  s.check?.(outcome);
}

/** Every write touched only paragraphs the operation made (nothing of the user's was rewritten). */
export function writesOutsideNewParagraphs<R>(outcome: ScenarioOutcome<R>): number[] {
  return outcome.host.model.writes
    .flatMap((w) => w.paragraphUids)
    .filter((uid) => outcome.originalUids.has(uid));
}
