import { expectScenario, runScenario } from './run-scenario';
import { meantToSucceed } from './scenario';
import { SCENARIO_GROUPS } from './scenarios';

describe.each(Object.entries(SCENARIO_GROUPS))(
  '%s scenarios on Office.js over the simulated Word host',
  (_operation, scenarios) => {
    test.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
      const outcome = await runScenario(s);
      if (meantToSucceed(s)) expect(outcome.error).toBeUndefined();
      expectScenario(s, outcome);
    });
  },
);
