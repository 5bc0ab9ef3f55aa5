import { runScenario } from '../run-scenario';
import type { WordScenario } from '../scenario';
import { goToScenarios } from './go-to';
import { insertActionScenarios } from './insert-action';
import { insertActionUnderItemScenarios } from './insert-action-under-item';
import { insertBlockScenarios } from './insert-block';
import { readScenarios } from './read-paragraphs';
import { stampRefsScenarios } from './stamp-refs';
import { storedMeetingScenarios } from './stored-meeting';
import { updateSummaryScenarios } from './update-summary';

/** Every Word operation's scenarios, grouped by operation. */
export const SCENARIO_GROUPS: Record<string, WordScenario[]> = {
  insertActionLine: insertActionScenarios,
  insertActionUnderItem: insertActionUnderItemScenarios,
  insertBlock: insertBlockScenarios,
  readParagraphs: readScenarios,
  goTo: goToScenarios,
  storedMeeting: storedMeetingScenarios,
  stampRefs: stampRefsScenarios,
  updateActionSummary: updateSummaryScenarios,
};

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
