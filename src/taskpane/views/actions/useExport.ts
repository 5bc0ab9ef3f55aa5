import { useCallback, useState } from 'react';
import type { StoredMeeting } from '../../../core/model';
import type { DocumentPort } from '../../../core/port';
import { DocumentOperationError } from '../../../core/port';
import type { LastCheck } from '../review/lastCheck';
import { reviewRead } from '../review/useReviewResult';
import {
  planActionExport,
  leftOutMessage,
  type ActionExportPlan,
  type ExportChoices,
  type KnownRefs,
} from './exportPlan';
import { deliver, type ExportKind } from './deliver';

/** The export's three visible states, plus the text a manual copy needs when the clipboard refused. */
export type ExportOutcome =
  | { state: 'idle' }
  | { state: 'working'; message: string }
  | { state: 'done'; message: string; manualCopyText?: string }
  | { state: 'failed'; message: string }
  /** The document changed since the last check although no change event came: nothing was exported. */
  | { state: 'changed'; message: string };

const WORKING: Record<ExportKind, string> = {
  csv: 'Preparing the CSV file…',
  xlsx: 'Loading the Excel writer and building the workbook…',
  json: 'Preparing the JSON file…',
  copy: 'Copying for Excel…',
  summary: 'Inserting the summary table into the document…',
  'summary-update': 'Updating the summary table in the document…',
  'decisions-csv': 'Preparing the decisions log…',
  'decisions-copy': 'Copying the decisions log for Excel…',
};

function failureText(error: unknown): string {
  if (error instanceof DocumentOperationError) {
    const code = error.code ? ` (Office error ${error.code})` : '';
    const changed = error.changed ? ` What changed: ${error.changed}` : '';
    return `${error.operation} failed: ${error.message}${code}.${changed} Try again; if it keeps failing, save the document and reopen the pane.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `The export failed: ${message}. Try again, or use another export.`;
}

interface UseExportArgs {
  port: DocumentPort;
  last: LastCheck;
  stored: StoredMeeting;
  onStoredChange(next: StoredMeeting): void;
  choices: ExportChoices;
  knownRefs: KnownRefs;
}

/**
 * Runs one export: reuses the last check when the document has not changed (one cheap fingerprint call to be
 * sure), otherwise reads it again; assigns refs; delivers; and always says what happened.
 */
export function useExport({ port, last, stored, onStoredChange, choices, knownRefs }: UseExportArgs) {
  const [outcome, setOutcome] = useState<ExportOutcome>({ state: 'idle' });

  const run = useCallback(
    async (kind: ExportKind) => {
      setOutcome({ state: 'working', message: WORKING[kind] });
      // Reusing the last check: first make sure the minutes are still what it read (no event is reliable).
      if (last.read && !last.stale && (await last.changedSinceCheck())) {
        setOutcome({
          state: 'changed',
          message:
            'The minutes changed since the last check, so nothing was exported yet. Check again, then export.',
        });
        return;
      }
      const read = await last.ensureFresh();
      if (!read) {
        setOutcome({
          state: 'failed',
          message:
            'The document could not be read, so nothing was exported. Try again; the Review view shows what went wrong.',
        });
        return;
      }
      const result = reviewRead(read, stored);
      if (result.empty) {
        setOutcome({ state: 'failed', message: 'Nothing to export: this document has no text yet.' });
        return;
      }
      let plan: ActionExportPlan;
      try {
        plan = planActionExport(result.minutes, stored, choices, knownRefs);
      } catch (error) {
        setOutcome({ state: 'failed', message: failureText(error) });
        return;
      }
      const refsMoved =
        plan.refs.nextYearNumber !== stored.refs.nextYearNumber || plan.refs.scheme !== stored.refs.scheme;
      if (refsMoved) onStoredChange({ ...stored, refs: plan.refs });
      try {
        const delivered = await deliver(kind, plan, choices, port, stored);
        // One change with the refs, so the second does not undo the first.
        if (delivered.storedPatch) onStoredChange({ ...stored, refs: plan.refs, ...delivered.storedPatch });
        if (delivered.documentChanged) void last.check();
        const leftOut = kind.startsWith('decisions') ? '' : leftOutMessage(plan.leftOut);
        const refs = plan.newRefs > 0 && !kind.startsWith('decisions') ? ` ${refsMessage(plan)}` : '';
        setOutcome({
          state: 'done',
          message: [delivered.message + refs, leftOut].filter(Boolean).join(' '),
          ...(delivered.manualCopyText !== undefined ? { manualCopyText: delivered.manualCopyText } : {}),
        });
      } catch (error) {
        setOutcome({ state: 'failed', message: failureText(error) });
      }
    },
    [port, last, stored, onStoredChange, choices, knownRefs],
  );

  /** After "the minutes changed": read again, and the export can go ahead with the new read. */
  const checkAgain = useCallback(() => {
    setOutcome({ state: 'idle' });
    void last.check();
  }, [last]);

  return { outcome, run, checkAgain };
}

function refsMessage(plan: ActionExportPlan): string {
  const n = plan.newRefs;
  return `${n} ${n === 1 ? 'action was' : 'actions were'} given a ref for the first time.`;
}
