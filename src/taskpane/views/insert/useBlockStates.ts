import { useCallback, useEffect, useRef, useState } from 'react';
import type { BlockUpdate, DocumentPort, HeaderUpdate } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { wantedHeaderLines } from '../../../core/write/header-update';
import { headerLastWritten, lastWrittenOf, TABLE_PARTS, wantedRows, type TablePart } from './block-parts';

export interface BlockStates {
  /** Null until looked at (or when the look failed: the pane then offers Insert as before). */
  tables: Record<TablePart, BlockUpdate | null>;
  /** What an update of the header would do (a dry run); null until looked at. */
  header: HeaderUpdate | null;
}

const NONE: BlockStates = {
  tables: { attendance: null, items: null },
  header: null,
};

/**
 * Which of Minutebook's blocks the document has, and what an update of each would change (a dry run:
 * one read each, nothing written). Looked at again when the form or the document changes; with `delayMs`, only
 * once the changes pause for that long (typing in the form or in Word does not cost a read per key).
 */
export function useBlockStates(port: DocumentPort, stored: StoredMeeting, delayMs = 0) {
  const [states, setStates] = useState<BlockStates>(NONE);
  const latest = useRef(stored);
  latest.current = stored;
  const generation = useRef(0);

  const refresh = useCallback(async (): Promise<BlockStates> => {
    const mine = ++generation.current;
    const now = latest.current;
    try {
      // Three independent reads: asked together, so on the web their round trips overlap instead of queuing.
      const [header, ...found] = await Promise.all([
        port.updateHeader({
          wanted: wantedHeaderLines(now.meeting),
          lastWritten: headerLastWritten(now),
          dryRun: true,
        }),
        ...TABLE_PARTS.map((part) =>
          port.updateBlock({
            kind: part,
            wanted: wantedRows(part, now),
            lastWritten: lastWrittenOf(part, now),
            dryRun: true,
          }),
        ),
      ]);
      const tables = { ...NONE.tables };
      TABLE_PARTS.forEach((part, i) => (tables[part] = found[i]!));
      const next = { tables, header };
      if (mine === generation.current) setStates(next);
      return next;
    } catch {
      if (mine === generation.current) setStates(NONE);
      return NONE;
    }
  }, [port]);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const soon = useCallback(() => {
    if (delayMs <= 0) return void refresh();
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void refresh();
    }, delayMs);
  }, [refresh, delayMs]);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      generation.current += 1; // a look still under way when the pane goes is not shown
    },
    [],
  );

  const { attendees, items, meeting, blocksWritten } = stored;
  useEffect(() => {
    soon();
  }, [soon, attendees, items, meeting, blocksWritten]);
  useEffect(() => port.onDocumentChanged(soon), [port, soon]);

  return { states, refresh };
}
