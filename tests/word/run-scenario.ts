import { buildDocument, viewOf } from '../fakes/word';
import { installWordHost } from '../word-host/office';
import type { ScenarioOutcome, WordScenario } from './scenario';

/** Runs one scenario: a fresh document, the simulated Word host under the real Office.js client, one Word.run. */
export async function runScenario<R>(s: WordScenario<R>): Promise<ScenarioOutcome<R>> {
  const model = buildDocument(s.setUp);
  const originalUids = new Set(model.stories().flatMap((story) => story.paragraphs.map((p) => p.uid)));
  const host = installWordHost(model, { ...s.host, ...(s.failSync ? { failSync: s.failSync } : {}) });
  let result: R | undefined;
  let error: unknown;
  try {
    result = s.outsideWordRun
      ? await s.operation(null as unknown as Word.RequestContext, host)
      : await Word.run((context) => s.operation(context, host));
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
    requests: [...host.requests],
    originalUids,
  };
}

/** The budget and the expected document, as jest assertions. */
export function expectScenario<R>(s: WordScenario<R>, outcome: ScenarioOutcome<R>): void {
  expect(outcome.syncs).toBeLessThanOrEqual(s.budget.syncs);
  expect(outcome.callbacks).toBeLessThanOrEqual(s.budget.callbacks);
  for (const part of ['body', 'header', 'footer', 'firstPageHeader', 'evenPagesHeader'] as const) {
    const expected = s.expected?.[part];
    if (!expected) continue;
    expect(outcome.view[part]).toHaveLength(expected.length);
    expected.forEach((paragraph, i) => expect(outcome.view[part][i]).toMatchObject(paragraph));
  }
  s.check?.(outcome);
}

export { writesOutsideNewParagraphs } from './scenario';
