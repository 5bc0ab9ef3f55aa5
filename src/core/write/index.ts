export { buildHeaderBlock, HEADER_TITLE } from './header-block';
export { buildAttendanceBlock, orderAttendees } from './attendance-block';
export { buildItemsBlock, PART_TWO_PREFIX } from './items-block';
export { actionSummaryRows, buildActionSummaryBlock } from './action-summary-block';
export { buildMinutesBlocks, type MinutesInput } from './minutes-blocks';
export { normaliseTypedText, escapeXml } from './xml-text';
export { flatPackage, bodyContentOf } from './package';
export { attendanceRows, itemsRows } from './block-rows';
export {
  blockFingerprints,
  planBlockUpdate,
  planIsEmpty,
  type BlockPlan,
  type CellConflict,
  type KeptRow,
  type ForcedCell,
} from './block-update';
