import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentPort } from '../../core/port';
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
  /** Why the last save failed; cleared by the next successful save. */
  saveError: string | null;
  retrySave(): void;
}

const SAVE_DELAY_MS = 800;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The pane's one copy of the meeting form: read from the document once, saved back (debounced, so typing
 * is not a round trip per key) whenever it changes, and saved at once when the pane closes.
 */
export function useMeetingStore(port: DocumentPort): MeetingStore {
  const [stored, setStored] = useState<StoredMeeting | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<StoredMeeting | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    let cancelled = false;
    port
      .loadStoredMeeting()
      .then((loaded) => {
        if (!cancelled) setStored(loaded ?? newStoredMeeting());
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setLoadError(
          `The saved meeting details could not be read, so the form starts empty: ${messageOf(error)}`,
        );
        setStored(newStoredMeeting());
      });
    return () => {
      cancelled = true;
      mounted.current = false;
    };
  }, [port]);

  const save = useCallback(() => {
    timer.current = null;
    const toSave = latest.current;
    if (!toSave) return;
    port.saveStoredMeeting(toSave).then(
      () => mounted.current && setSaveError(null),
      (error: unknown) => mounted.current && setSaveError(messageOf(error)),
    );
  }, [port]);

  const update = useCallback(
    (next: StoredMeeting) => {
      latest.current = next;
      setStored(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
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

  return { stored, update, loadError, saveError, retrySave: save };
}
