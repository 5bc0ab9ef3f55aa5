import { TAGS, type BlockUpdate } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { attendanceRows, itemsRows } from '../../../core/write/block-rows';
import { blockFingerprints } from '../../../core/write/block-update';

/** The blocks the pane can update in place (tables); the header is inserted once and edited in Word. */
export type TablePart = 'attendance' | 'items';
export const TABLE_PARTS: readonly TablePart[] = ['attendance', 'items'];

/** The rows the pane would write now, per table of the block. */
export function wantedRows(part: TablePart, stored: StoredMeeting): string[][][] {
  return part === 'attendance'
    ? [attendanceRows(stored.attendees)]
    : itemsRows(stored.items, stored.meeting.nextMeeting);
}

export function lastWrittenOf(part: TablePart, stored: StoredMeeting): string[][][] | null {
  return stored.blocksWritten?.[TAGS[part]] ?? null;
}

/** The stored meeting with what the add-in now holds in a block, for the next update to compare against. */
export function withWritten(
  stored: StoredMeeting,
  written: Partial<Record<TablePart, string[][][]>>,
): StoredMeeting {
  const byTag = Object.fromEntries(
    Object.entries(written).map(([part, copy]) => [TAGS[part as TablePart], copy]),
  );
  return { ...stored, blocksWritten: { ...(stored.blocksWritten ?? {}), ...byTag } };
}

/** Fingerprints of a block just inserted from the form. */
export function insertedCopy(part: TablePart, stored: StoredMeeting): string[][][] {
  return blockFingerprints(wantedRows(part, stored));
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "1 row added, 1 removed, 2 cells changed"; empty when the block already follows the form. */
export function changeWords(update: BlockUpdate): string {
  const parts = [
    update.addedRows > 0 ? `${count(update.addedRows, 'row')} added` : '',
    update.removedRows > 0 ? `${count(update.removedRows, 'row')} removed` : '',
    update.updatedCells > 0 ? `${count(update.updatedCells, 'cell')} changed` : '',
  ].filter((p) => p !== '');
  return parts.join(', ');
}

/**
 * The block is in the document and differs from the form: changes to make, conflicts to choose, a row the form
 * no longer has that stays because someone wrote in it, or a Part II table missing. Rows someone typed into
 * the table themselves are theirs, not a difference.
 */
export function differs(update: BlockUpdate | null): boolean {
  return (
    update !== null &&
    update.found &&
    (update.updatedCells + update.addedRows + update.removedRows > 0 ||
      update.conflicts.length > 0 ||
      update.keptRows.some((k) => k.written) ||
      update.missingTables > 0)
  );
}
