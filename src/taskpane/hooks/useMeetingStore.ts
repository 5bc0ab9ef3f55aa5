import { useCallback, useEffect, useRef, useState } from 'react';
import { STORED_MEETING_CHANGED, type DocumentPort, type ReadResult } from '../../core/port';
import type { Meeting } from '../../core/model/meeting';
import type { StoredMeeting } from '../../core/model/stored';

/** The empty form, written out (not parsed) so the pane's first bundle needs no schema library. */
function blankMeeting(): Meeting {
  return {
    title: '',
    meetingType: '',
    date: null,
    startTime: null,
    endTime: null,
    chair: '',
    minuteTaker: '',
    venue: '',
    protectiveMarking: null,
    status: 'draft',
    nextMeeting: null,
    nextMeetingDate: null,
  };
}

export function newStoredMeeting(): StoredMeeting {
  return {
    schemaVersion: 1,
    meeting: blankMeeting(),
    attendees: [],
    items: [],
    dismissed: [],
    disabledRules: [],
    refs: { scheme: 'item', nextYearNumber: 1 },
    nextMeeting: { date: null, time: null, venue: '' },
  };
}

export interface MeetingStore {
  /** Null until the stored copy has been read from the document. */
  stored: StoredMeeting | null;
  update(next: StoredMeeting): void;
  /** Why the stored copy could not be read (the pane then starts empty). */
  loadError: string | null;
  /** What the person should know about the copy restored (migrated, refused, ignored), in sentences. */
  notices: string[];
  /** Where the document's text and the restored copy disagreed (the text was used), in sentences. */
  differences: string[];
  dismissNotices(): void;
  /** Why the last save failed; cleared by the next successful save. */
  saveError: string | null;
  retrySave(): void;
  /** The last save was refused: another person saved the meeting since this pane read it. */
  conflict: boolean;
  /** Take the other person's saved meeting into the form (what was typed here since is dropped). */
  reloadTheirs(): void;
  /** Save this pane's meeting over theirs. */
  keepMine(): void;
}

const SAVE_DELAY_MS = 800;

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error
    ? (error as { code: unknown }).code
    : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The pane's one copy of the meeting form: read from the document once, saved back (debounced, so typing
 * is not a round trip per key) whenever it changes, and saved at once when the pane closes.
 */
export function useMeetingStore(
  port: DocumentPort,
  /** The pane's opening read of the document, when it shares one; by default the store reads for itself. */
  readDocument?: () => Promise<ReadResult>,
): MeetingStore {
  // The latest reader, without making the restore effect run again when the caller passes a new function.
  const readRef = useRef(readDocument);
  readRef.current = readDocument;
  const [stored, setStored] = useState<StoredMeeting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [differences, setDifferences] = useState<string[]>([]);
  const [conflict, setConflictState] = useState(false);
  // While a conflict is open, typing does not save (each try would be refused again).
  const inConflict = useRef(false);
  const setConflict = useCallback((value: boolean) => {
    inConflict.current = value;
    setConflictState(value);
  }, []);
  const latest = useRef<StoredMeeting | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    let cancelled = false;
    port
      .loadStoredMeeting()
      .then((loaded) => {
        if (cancelled) return;
        setStored(loaded.stored ?? newStoredMeeting());
        setNotices(loaded.notices);
        if (loaded.stored) void reconcileOnOpen(loaded.stored);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoadError(
          `The saved meeting details could not be read, so the form starts empty: ${messageOf(error)}`,
        );
        setStored(newStoredMeeting());
      });
    /**
     * The document text wins over the restored copy: read it through the reader (loaded on demand, out of the
     * first bundle) and take what it says. Not saved at once (a co-author's pane would see a save it did not
     * make); the next save carries it. Nothing happens when the person has already changed the form.
     */
    async function reconcileOnOpen(restored: StoredMeeting) {
      try {
        const [read, { reconcileWithParagraphs }] = await Promise.all([
          readRef.current ? readRef.current() : port.readParagraphs(),
          import('../../core/stored/reconcile-document'),
        ]);
        if (cancelled || latest.current !== null) return;
        const reconciled = reconcileWithParagraphs(restored, read.paragraphs);
        if (reconciled.differences.length === 0) return;
        latest.current = reconciled.stored;
        setStored(reconciled.stored);
        setDifferences(reconciled.differences);
      } catch {
        // The views read the document too and say when it cannot be read; the restored copy stands.
      }
    }
    return () => {
      cancelled = true;
      mounted.current = false;
    };
  }, [port]);

  const saveWith = useCallback(
    (overwrite: boolean) => {
      timer.current = null;
      const toSave = latest.current;
      if (!toSave) return;
      port.saveStoredMeeting(toSave, { overwrite }).then(
        () => {
          if (!mounted.current) return;
          setSaveError(null);
          setConflict(false);
        },
        (error: unknown) => {
          if (!mounted.current) return;
          if (codeOf(error) === STORED_MEETING_CHANGED) setConflict(true);
          else setSaveError(messageOf(error));
        },
      );
    },
    [port, setConflict],
  );
  const save = useCallback(() => saveWith(false), [saveWith]);
  const keepMine = useCallback(() => saveWith(true), [saveWith]);

  const reloadTheirs = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    port.loadStoredMeeting().then(
      (loaded) => {
        if (!mounted.current) return;
        latest.current = null;
        setStored(loaded.stored ?? newStoredMeeting());
        setNotices(loaded.notices);
        setConflict(false);
        setSaveError(null);
      },
      (error: unknown) => mounted.current && setSaveError(messageOf(error)),
    );
  }, [port, setConflict]);

  const update = useCallback(
    (next: StoredMeeting) => {
      latest.current = next;
      setStored(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = inConflict.current ? null : setTimeout(save, SAVE_DELAY_MS);
    },
    [save],
  );

  // Keep what was typed when the pane closes between two saves.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        save();
      }
    },
    [save],
  );

  const dismissNotices = useCallback(() => {
    setNotices([]);
    setDifferences([]);
  }, []);

  return {
    stored,
    update,
    loadError,
    notices,
    differences,
    dismissNotices,
    saveError,
    retrySave: save,
    conflict,
    reloadTheirs,
    keepMine,
  };
}
