import type { StoredMeeting } from '../../../core/model';
import { type DocumentPort, type SummaryUpdate } from '../../../core/port';
import { summaryFingerprints } from '../../../core/write/summary-update';
import { cellsOf, headerOf } from '../../../core/export/columns';
import { actionTable, decisionRows, decisionTable, exportedActions } from '../../../core/export/rows';
import { exportFileName } from '../../../core/export/filename';
import { toActionsJson } from '../../../core/export/json';
import { toClipboardPayload } from '../../../core/export/clipboard';
import { toCsvBytes } from '../../../core/export/csv';
// xlsx.ts loads exceljs itself only when a workbook is made, so importing it here keeps the first load light.
import { toXlsx } from '../../../core/export/xlsx';
import { buildActionSummaryBlock } from '../../../core/write';
import { copyForExcel, copyOutcomeMessage, downloadBytes, MIME } from '../../delivery';
import type { ActionExportPlan, ExportChoices } from './exportPlan';
import { actionSummaryRows as summaryRows } from '../../../core/write';

export type ExportKind =
  'csv' | 'xlsx' | 'json' | 'copy' | 'summary' | 'summary-update' | 'decisions-csv' | 'decisions-copy';

export interface Delivered {
  message: string;
  /** Set when the clipboard refused: the pane shows this text pre-selected for Ctrl+C. */
  manualCopyText?: string;
  /** What to keep with the meeting afterwards (what the summary table now holds). */
  storedPatch?: Partial<StoredMeeting>;
  /** True when the document itself changed, so the pane reads it again. */
  documentChanged?: boolean;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function xlsxBytes(plan: ActionExportPlan, choices: ExportChoices): Promise<Uint8Array> {
  const decisions = decisionRows(plan.minutes, { includeConfidential: choices.includeConfidential });
  return toXlsx({ meeting: plan.minutes.meeting, actions: plan.rows, decisions: decisions.rows });
}

/** Hands one export to the person: a file, the clipboard or the document. */
export async function deliver(
  kind: ExportKind,
  plan: ActionExportPlan,
  choices: ExportChoices,
  port: DocumentPort,
  stored: StoredMeeting,
): Promise<Delivered> {
  const { meeting } = plan.minutes;
  const fileName = (ext: 'csv' | 'xlsx' | 'json', what: 'actions' | 'decisions' = 'actions') =>
    exportFileName(meeting, ext, what);
  const table = actionTable(plan.rows);
  const actions = count(plan.rows.length, 'action', 'actions');

  switch (kind) {
    case 'csv': {
      const name = fileName('csv');
      downloadBytes(toCsvBytes(headerOf(table), cellsOf(table)), name, MIME.csv);
      return { message: `Downloaded “${name}” with ${actions}.` };
    }
    case 'xlsx': {
      const name = fileName('xlsx');
      downloadBytes(await xlsxBytes(plan, choices), name, MIME.xlsx);
      return { message: `Downloaded “${name}” with ${actions} (decisions on the second sheet).` };
    }
    case 'json': {
      const name = fileName('json');
      const { json } = toActionsJson(plan.minutes, choices);
      downloadBytes(new TextEncoder().encode(json), name, MIME.json);
      return { message: `Downloaded “${name}” with ${actions}.` };
    }
    case 'copy': {
      const payload = toClipboardPayload(headerOf(table), cellsOf(table));
      const path = await copyForExcel(payload);
      const message = copyOutcomeMessage(path, plan.rows.length);
      return path === 'manual' ? { message, manualCopyText: payload.text } : { message };
    }
    case 'summary': {
      const included = exportedActions(plan.minutes, choices).actions;
      await port.insertBlock(buildActionSummaryBlock(included));
      return {
        message: `Inserted the summary of actions arising (${count(included.length, 'action', 'actions')}) after the paragraph where the cursor is.`,
        storedPatch: { summaryWritten: summaryFingerprints(summaryRows(included)) },
        documentChanged: true,
      };
    }
    case 'summary-update': {
      const included = exportedActions(plan.minutes, choices).actions;
      const update = await port.updateActionSummary(summaryRows(included), stored.summaryWritten ?? null);
      if (!update.found) {
        return {
          message:
            'There is no summary table in the document any more, so nothing was updated. Use “Insert summary table into the document” to add one.',
          documentChanged: true,
        };
      }
      return {
        message: summaryUpdateMessage(update),
        storedPatch: { summaryWritten: update.written },
        documentChanged: true,
      };
    }
    case 'decisions-csv':
    case 'decisions-copy': {
      const { rows, leftOut } = decisionRows(plan.minutes, {
        includeConfidential: choices.includeConfidential,
      });
      const log = decisionTable(rows);
      const decisions = count(rows.length, 'decision', 'decisions');
      const hidden = leftOut.confidential
        ? ` ${count(leftOut.confidential, 'Part II (confidential) decision was', 'Part II (confidential) decisions were')} left out.`
        : '';
      if (kind === 'decisions-csv') {
        const name = fileName('csv', 'decisions');
        downloadBytes(toCsvBytes(headerOf(log), cellsOf(log)), name, MIME.csv);
        return { message: `Downloaded “${name}” with ${decisions}.${hidden}` };
      }
      const payload = toClipboardPayload(headerOf(log), cellsOf(log));
      const path = await copyForExcel(payload);
      const message = `${copyOutcomeMessage(path, rows.length)}${hidden}`;
      return path === 'manual' ? { message, manualCopyText: payload.text } : { message };
    }
  }
}

/** What an update of the summary table did, and which of the user's edits it kept. */
export function summaryUpdateMessage(update: SummaryUpdate): string {
  const changes = [
    update.updatedCells > 0 ? `${count(update.updatedCells, 'cell', 'cells')} rewritten` : '',
    update.addedRows > 0 ? `${count(update.addedRows, 'row', 'rows')} added for new actions` : '',
    update.removedRows > 0
      ? `${count(update.removedRows, 'row', 'rows')} removed for actions no longer exported`
      : '',
  ].filter(Boolean);
  const done =
    changes.length > 0
      ? `Updated the summary table: ${changes.join(', ')}.`
      : 'The summary table was already up to date.';
  if (update.kept.length === 0) return done;
  const kept = update.kept.map((k) => `${k.ref} ${k.column} (“${k.text}”)`).join('; ');
  return `${done} Kept ${count(update.kept.length, 'cell', 'cells')} edited in the document since: ${kept}.`;
}
