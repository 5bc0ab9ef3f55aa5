import { expectScenario, runScenario } from './run-scenario';
import { SCENARIO_GROUPS } from './scenarios';

describe.each(Object.entries(SCENARIO_GROUPS))('%s scenarios on the Word fake', (_operation, scenarios) => {
  test.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const outcome = await runScenario(s);
    if (!s.failSync && !s.host?.failCallback) expect(outcome.error).toBeUndefined();
    expectScenario(s, outcome);
  });
});
