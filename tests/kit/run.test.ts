import { setStoredMeetingNamespace } from '../../src/word/stored-meeting';
import { scenario, type WordScenario } from '../word/scenario';
import { SCENARIO_GROUPS } from '../word/scenarios/groups';
import { kitExpect } from './expect';
import { KIT_NAMESPACE } from './kit-namespace';
import { reportText, summary, type KitResult } from './results';
import { runAll, runOne, simulatedOnly } from './run';
import { simulatedStage } from './simulated-stage';

const jestExpect = expect;
const all = Object.entries(SCENARIO_GROUPS).flatMap(([operation, list]) =>
  list.map((s) => [`${operation} / ${s.name}`, operation, s] as const),
);

/** Runs with the kit's expect standing in for jest's, as in the pane. */
async function withKitExpect<T>(run: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as { expect: unknown };
  g.expect = kitExpect;
  try {
    return await run();
  } finally {
    g.expect = jestExpect;
  }
}

beforeAll(() => setStoredMeetingNamespace(KIT_NAMESPACE));
afterAll(() => setStoredMeetingNamespace());

describe('the kit runner over the simulated host', () => {
  test.each(all)(
    '%s: passes, or is not run with the reason, and counts what the host counted',
    async (_name, operation, s) => {
      const stage = simulatedStage();
      const result: KitResult = await withKitExpect(() => runOne(operation, s, stage));
      if (result.status === 'not run') {
        jestExpect(result.problems[0]).toMatch(/^(Not run in Word: |The kit cannot build this set-up: )/);
        if (simulatedOnly(s)) jestExpect(result.problems[0]).toMatch(/Not run in Word/);
        return;
      }
      jestExpect(result.problems).toEqual([]);
      jestExpect(result.status).toBe('passed');
      const host = stage.current()!;
      // A context that never synced still sends one request at the end of Word.run (the client instantiates
      // the document): the host counts it, the kit counts only the operation's own sync() calls.
      if (result.syncs === 0) jestExpect(host.syncs).toBeLessThanOrEqual(1);
      else jestExpect(result.syncs).toBe(host.syncs);
      jestExpect(result.callbacks).toBe(host.callbacks);
    },
  );

  test('most scenarios run (the rest need a failure on cue or a set-up Office.js cannot make)', async () => {
    const report = await withKitExpect(() =>
      runAll(SCENARIO_GROUPS, simulatedStage(), { platform: 'simulated', wordVersion: 'none' }),
    );
    const { passed, failed, notRun } = summary(report.results);
    jestExpect(failed).toBe(0);
    jestExpect(passed + notRun).toBe(all.length);
    jestExpect(passed).toBeGreaterThan(notRun);
  });

  test('a stored meeting goes under the kit namespace, never the product one', async () => {
    const s = SCENARIO_GROUPS.storedMeeting!.find((x) => /exactly one part/.test(x.name))!;
    const stage = simulatedStage();
    const result = await withKitExpect(() => runOne('storedMeeting', s, stage));
    jestExpect(result.status).toBe('passed');
    const xml = stage
      .current()!
      .parts.map((p) => p.xml)
      .join('');
    jestExpect(xml).toContain(KIT_NAMESPACE);
    jestExpect(xml).not.toContain('urn:minutebook:stored-meeting:1');
  });

  test('a scenario whose document differs fails, saying which paragraph and what came', async () => {
    const wrong: WordScenario = scenario({
      name: 'wrong on purpose',
      setUp: { body: ['One'] },
      operation: async () => undefined,
      expected: { body: [{ text: 'Two' }] },
      budget: { syncs: 0, callbacks: 0 },
    });
    const result = await withKitExpect(() => runOne('test', wrong, simulatedStage()));
    jestExpect(result.status).toBe('failed');
    jestExpect(result.problems.join('\n')).toMatch(
      /body paragraph 0: expected \{"text":"Two"\}, got \{"text":"One"/,
    );
  });

  test('a check that fails and a budget overrun are both reported', async () => {
    const over: WordScenario = scenario({
      name: 'over budget',
      setUp: { body: ['One'] },
      operation: async (context) => {
        context.document.body.load('text');
        await context.sync();
        await context.sync();
      },
      check: (o) => expect(o.view.body).toHaveLength(2),
      budget: { syncs: 1, callbacks: 0 },
    });
    const result = await withKitExpect(() => runOne('test', over, simulatedStage()));
    jestExpect(result.problems).toEqual([
      jestExpect.stringMatching(/^2 syncs, over the budget of 1$/),
      jestExpect.stringMatching(/^check: expect\(received\)\.toHaveLength\(2\)/),
    ]);
  });

  test('a document that is not blank is refused, with the reason, and nothing runs', async () => {
    const report = await runAll(SCENARIO_GROUPS, simulatedStage({ notBlank: 'this document is not blank' }), {
      platform: 'simulated',
      wordVersion: 'none',
    });
    jestExpect(report.refused).toBe('this document is not blank');
    jestExpect(report.results).toEqual([]);
    jestExpect(reportText(report)).toMatch(/Not run: this document is not blank/);
  });

  test('the copied text has one line per scenario with its counts and budget', async () => {
    const s = SCENARIO_GROUPS.insertActionLine![0]!;
    const result = await withKitExpect(() => runOne('insertActionLine', s, simulatedStage(), () => 0));
    const text = reportText({
      kit: 'minutebook-word-kit',
      platform: 'OfficeOnline',
      wordVersion: '16.0',
      date: '2026-12-03T10:00:00.000Z',
      refused: null,
      results: [result],
    });
    jestExpect(text.split('\n')).toEqual([
      'Minutebook Word kit: OfficeOnline, Word 16.0, 2026-12-03T10:00:00.000Z',
      '1 passed, 0 failed, 0 not run (of 1)',
      `PASS  insertActionLine / ${s.name}  syncs 2/2  callbacks 0/0  0 ms`,
    ]);
  });
});
