import type { WordScenario } from '../scenario';
import { checkDocumentScenarios } from './check-document';
import { fingerprintScenarios } from './fingerprint';
import { goToScenarios } from './go-to';
import { insertActionScenarios } from './insert-action';
import { insertActionUnderItemScenarios } from './insert-action-under-item';
import { insertBlockScenarios } from './insert-block';
import { questionScenarios } from './questions';
import { readScenarios } from './read-paragraphs';
import { stampRefsScenarios } from './stamp-refs';
import {
  restoreStoredMeetingScenarios,
  saveStoredMeetingScenarios,
  storedMeetingScenarios,
} from './stored-meeting';
import { updateBlockScenarios } from './update-block';
import { updateHeaderScenarios } from './update-header';
import { updateSummaryScenarios } from './update-summary';

/**
 * Every Word operation's scenarios, grouped by operation. Free of the simulated host, so the in-Word kit's
 * browser bundle can take the same list (tests/kit).
 */
export const SCENARIO_GROUPS: Record<string, WordScenario[]> = {
  insertActionLine: insertActionScenarios,
  insertActionUnderItem: insertActionUnderItemScenarios,
  insertBlock: insertBlockScenarios,
  readParagraphs: readScenarios,
  checkDocument: checkDocumentScenarios,
  goTo: goToScenarios,
  documentFingerprint: fingerprintScenarios,
  storedMeeting: storedMeetingScenarios,
  restoreStoredMeeting: restoreStoredMeetingScenarios,
  saveStoredMeeting: saveStoredMeetingScenarios,
  stampRefs: stampRefsScenarios,
  updateActionSummary: updateSummaryScenarios,
  updateBlock: updateBlockScenarios,
  updateHeader: updateHeaderScenarios,
  questionsForWord: questionScenarios,
};
