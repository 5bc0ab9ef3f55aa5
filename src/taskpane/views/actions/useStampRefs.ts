import { useCallback, useState } from 'react';
import type { StoredMeeting } from '../../../core/model';
import { DocumentOperationError, type DocumentPort } from '../../../core/port';
import type { LastCheck } from '../review/lastCheck';
import { reviewRead } from '../review/useReviewResult';
import { pendingStamps, stampMessage } from './stampPlan';
import type { ExportOutcome } from './useExport';

function failureText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof DocumentOperationError)) return `Stamping the refs failed: ${message}.`;
  const code = error.code ? ` (Office error ${error.code})` : '';
  const changed = error.changed ? ` What changed: ${error.changed}` : ' Nothing was stamped.';
  return `${message}${code}.${changed} Refresh the list, then stamp again.`;
}

/**
 * Stamps the refs exports gave this session into the document (against a fresh read, so locations are
 * current), then reads the document again so the list, and the next export, take the refs from the document.
 */
export function useStampRefs(port: DocumentPort, last: LastCheck, stored: StoredMeeting) {
  const [outcome, setOutcome] = useState<ExportOutcome>({ state: 'idle' });

  const run = useCallback(async () => {
    setOutcome({ state: 'working', message: 'Stamping refs into the document…' });
    const read = await last.ensureFresh();
    if (!read) {
      setOutcome({
        state: 'failed',
        message: 'The document could not be read, so nothing was stamped. Try again.',
      });
      return;
    }
    const stamps = pendingStamps(reviewRead(read, stored).minutes, last.knownRefs);
    if (stamps.length === 0) {
      setOutcome({ state: 'done', message: 'Every exported action already has its ref in the document.' });
      return;
    }
    try {
      const result = await port.stampRefs(stamps);
      await last.check();
      setOutcome({ state: 'done', message: stampMessage(result) });
    } catch (error) {
      void last.check();
      setOutcome({ state: 'failed', message: failureText(error) });
    }
  }, [port, last, stored]);

  return { outcome, run };
}
