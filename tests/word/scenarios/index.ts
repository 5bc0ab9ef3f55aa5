import { runScenario } from '../run-scenario';
import { SCENARIO_GROUPS } from './groups';

export { SCENARIO_GROUPS } from './groups';

export interface MeasuredScenario {
  operation: string;
  name: string;
  syncs: number;
  callbacks: number;
  budget: { syncs: number; callbacks: number };
}

/** Runs every scenario on the fake and reports its round trips (for `npm run bench`: "round trips per Word operation"). */
export async function measureRoundTrips(): Promise<MeasuredScenario[]> {
  const out: MeasuredScenario[] = [];
  for (const [operation, scenarios] of Object.entries(SCENARIO_GROUPS)) {
    for (const s of scenarios) {
      const outcome = await runScenario(s);
      out.push({
        operation,
        name: s.name,
        syncs: outcome.syncs,
        callbacks: outcome.callbacks,
        budget: s.budget,
      });
    }
  }
  return out;
}
