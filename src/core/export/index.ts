/** Export of the action list and decisions log: rows, refs, CSV, TSV + HTML for the clipboard, JSON, XLSX. */
export { cellsOf, headerOf, type CellKind, type ExportColumn, type ExportTable } from './columns';
export {
  ACTION_COLUMNS,
  DECISION_COLUMNS,
  EXPORT_COLUMNS,
  actionRows,
  actionTable,
  decisionRows,
  decisionTable,
  exportedActions,
  exportedDecisions,
  type ActionRow,
  type DecisionRow,
  type ExportOptions,
  type LeftOut,
} from './rows';
export { assignRefs, type RefAssignment, type RefScheme } from './refs';
export { guardCell, unguardCell } from './guard';
export { parseActionsCsv, toCsv, toCsvBytes } from './csv';
export { parseTsv, toTsv } from './tsv';
export { toHtmlTable } from './html';
export { toClipboardPayload } from './clipboard';
export { ACTIONS_EXPORT_VERSION, ActionsExport, ExportedAction, ExportedDecision } from './schema';
export { parseActionsJson, toActionsJson, type ParsedActionsJson } from './json';
export { readXlsxRows, toXlsx, type XlsxCell, type XlsxInput } from './xlsx';
export { exportFileName, safeFileNamePart } from './filename';
