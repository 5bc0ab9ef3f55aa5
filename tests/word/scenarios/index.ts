import { runScenario } from '../run-scenario';
import type { WordScenario } from '../scenario';
import { fingerprintScenarios } from './fingerprint';
import { goToScenarios } from './go-to';
import { insertActionScenarios } from './insert-action';
import { insertBlockScenarios } from './insert-block';
import { readScenarios } from './read-paragraphs';
import { stampRefsScenarios } from './stamp-refs';
import {
  restoreStoredMeetingScenarios,
  saveStoredMeetingScenarios,
  storedMeetingScenarios,
} from './stored-meeting';
import { updateBlockScenarios } from './update-block';
import { updateSummaryScenarios } from './update-summary';

/** Every Word operation's scenarios, grouped by operation. */
export const SCENARIO_GROUPS: Record<string, WordScenario[]> = {
  insertActionLine: insertActionScenarios,
  insertBlock: insertBlockScenarios,
  readParagraphs: readScenarios,
  goTo: goToScenarios,
  documentFingerprint: fingerprintScenarios,
  storedMeeting: storedMeetingScenarios,
  restoreStoredMeeting: restoreStoredMeetingScenarios,
  saveStoredMeeting: saveStoredMeetingScenarios,
  stampRefs: stampRefsScenarios,
  updateActionSummary: updateSummaryScenarios,
  updateBlock: updateBlockScenarios,
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
