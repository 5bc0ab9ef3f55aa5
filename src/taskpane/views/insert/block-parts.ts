import { TAGS, type BlockUpdate, type HeaderUpdate } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { attendanceRows, itemsRows } from '../../../core/write/block-rows';
import { blockFingerprints } from '../../../core/write/block-update';
import { headerFingerprints, wantedHeaderLines } from '../../../core/write/header-update';

/** The table blocks the pane updates in place through the table APIs (the header has its own update). */
export type TablePart = 'attendance' | 'items';
/** Every block the pane inserts and updates. */
export type WrittenPart = TablePart | 'header';
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

/** What the add-in last wrote in the header: one [label, fingerprint] row per line, kept as the block's one "table". */
export function headerLastWritten(stored: StoredMeeting): string[][] | null {
  return stored.blocksWritten?.[TAGS.header]?.[0] ?? null;
}

/** Fingerprints of a header just inserted from the form, as `withWritten` keeps them. */
export function insertedHeaderCopy(stored: StoredMeeting): string[][][] {
  return [headerFingerprints(wantedHeaderLines(stored.meeting))];
}

/** The stored meeting with what the add-in now holds in a block, for the next update to compare against. */
export function withWritten(
  stored: StoredMeeting,
  written: Partial<Record<WrittenPart, string[][][]>>,
): StoredMeeting {
  const byTag = Object.fromEntries(
    Object.entries(written).map(([part, copy]) => [TAGS[part as WrittenPart], copy]),
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

/** "1 line changed, 1 added"; empty when the header already follows the form. */
export function headerChangeWords(update: HeaderUpdate): string {
  return [
    update.updatedLines > 0 ? `${count(update.updatedLines, 'line')} changed` : '',
    update.addedLines > 0 ? `${count(update.addedLines, 'line')} added` : '',
    update.removedLines > 0 ? `${count(update.removedLines, 'line')} removed` : '',
  ]
    .filter((p) => p !== '')
    .join(', ');
}

/**
 * The header is in the document and differs from the form: lines to write, conflicts, a line the form lost that
 * stays because someone wrote in it, or a value Word's search cannot find. Lines typed by the user are theirs.
 */
export function headerDiffers(update: HeaderUpdate | null): boolean {
  return (
    update !== null &&
    update.found &&
    (update.updatedLines + update.addedLines + update.removedLines > 0 ||
      update.conflicts.length > 0 ||
      update.kept.some((k) => k.written) ||
      update.unsearchable.length > 0)
  );
}
