import { useCallback, useEffect, useRef, useState } from 'react';
import { TAGS, type BlockUpdate, type DocumentPort } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { headerDifferences, type HeaderDifference } from '../../../core/write/header-compare';
import { lastWrittenOf, TABLE_PARTS, wantedRows, type TablePart } from './block-parts';

export interface BlockStates {
  /** Null until looked at (or when the look failed: the pane then offers Insert as before). */
  tables: Record<TablePart, BlockUpdate | null>;
  headerFound: boolean;
  /** Where the header in the document and the form disagree (it is not updated in place: the user edits it). */
  headerDifferences: HeaderDifference[];
}

const NONE: BlockStates = {
  tables: { attendance: null, items: null },
  headerFound: false,
  headerDifferences: [],
};

/**
 * Which of Minutebook's blocks the document has, and for the tables what an update would change (a dry run:
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
      const { paragraphs } = await port.readParagraphs();
      const header = paragraphs.filter((p) => p.part === 'body' && p.contentControl?.tag === TAGS.header);
      const headerFound = header.length > 0;
      const firstHeader = header.filter((p) => p.contentControl?.id === header[0]?.contentControl?.id);
      const differences = headerFound
        ? headerDifferences(
            now.meeting,
            firstHeader.map((p) => p.text).filter((text) => text.trim() !== ''),
          )
        : [];
      const tables = { ...NONE.tables };
      for (const part of TABLE_PARTS) {
        tables[part] = await port.updateBlock({
          kind: part,
          wanted: wantedRows(part, now),
          lastWritten: lastWrittenOf(part, now),
          dryRun: true,
        });
      }
      const next = { tables, headerFound, headerDifferences: differences };
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
