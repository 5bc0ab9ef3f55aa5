import {
  createContext,
  createElement,
  Fragment,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { sameFingerprint } from '../../../core/fingerprint';
import type { DocumentPort, ReadResult } from '../../../core/port';
import { DocumentOperationError } from '../../../core/port';

/** Why the last read failed, in words for the person and with Office's code where there was one. */
export interface CheckFailure {
  message: string;
  code: string | null;
}

export interface LastCheckState {
  /** 'idle' before the first read; 'working' while reading; 'done' or 'failed' after. */
  status: 'idle' | 'working' | 'done' | 'failed';
  /** The last successful read; kept through a later failure so results stay visible. */
  read: ReadResult | null;
  /** ISO time of the last successful read. */
  readAt: string | null;
  /** True when the document changed after the last read began. */
  stale: boolean;
  failure: CheckFailure | null;
}

export interface LastCheck extends LastCheckState {
  /** Read the document again (one port call) and keep the result. Never throws: failures land in state. */
  check(): Promise<ReadResult | null>;
  /** The last read when it is still current (no document call), otherwise a new read. */
  ensureFresh(): Promise<ReadResult | null>;
  /**
   * Whether the document changed since the last read although no change event came (1 cheap document call:
   * the fingerprint). When it did, the last read is marked stale. False when there is nothing to compare.
   */
  changedSinceCheck(): Promise<boolean>;
  /**
   * Refs given to actions at an export this session (by action key), so the next export repeats them even
   * before they are stamped into the document. Mutable, shared by the views.
   */
  knownRefs: Map<string, string>;
}

const LastCheckContext = createContext<LastCheck | null>(null);

const INITIAL: LastCheckState = { status: 'idle', read: null, readAt: null, stale: false, failure: null };

function describeFailure(error: unknown): CheckFailure {
  if (error instanceof DocumentOperationError) return { message: error.message, code: error.code };
  const message = error instanceof Error && error.message ? error.message : String(error);
  return { message, code: null };
}

/**
 * Keeps the last read of the document for every view below it, so export reuses the last check (0 document
 * calls) and re-reads only when the document changed since. Listens for document changes even while the
 * Review view is closed.
 */
export function LastCheckProvider({ port, children }: { port: DocumentPort; children?: ReactNode }) {
  const [state, setState] = useState<LastCheckState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  // Counts document changes; a read that started before the latest change is stale when it ends.
  const changes = useRef(0);
  const pending = useRef<Promise<ReadResult | null> | null>(null);
  const knownRefs = useRef(new Map<string, string>()).current;

  useEffect(() => {
    // A new port is another document (the preview swapped in, say): nothing read from the old one applies.
    setState(INITIAL);
    knownRefs.clear();
    return port.onDocumentChanged(() => {
      changes.current += 1;
      setState((s) => (s.read && !s.stale ? { ...s, stale: true } : s));
    });
  }, [port, knownRefs]);

  const check = useCallback((): Promise<ReadResult | null> => {
    if (pending.current) return pending.current;
    const startedAt = changes.current;
    setState((s) => ({ ...s, status: 'working', failure: null }));
    const run = (async () => {
      try {
        const read = await port.readParagraphs();
        setState({
          status: 'done',
          read,
          readAt: new Date().toISOString(),
          stale: changes.current !== startedAt,
          failure: null,
        });
        return read;
      } catch (error) {
        setState((s) => ({ ...s, status: 'failed', failure: describeFailure(error) }));
        return null;
      } finally {
        pending.current = null;
      }
    })();
    pending.current = run;
    return run;
  }, [port]);

  const ensureFresh = useCallback((): Promise<ReadResult | null> => {
    const current = stateRef.current;
    if (current.read && !current.stale && !pending.current) return Promise.resolve(current.read);
    return check();
  }, [check]);

  const changedSinceCheck = useCallback(async (): Promise<boolean> => {
    const seen = stateRef.current.read?.fingerprint;
    if (!seen) return false;
    let now;
    try {
      now = await port.documentFingerprint();
    } catch {
      // Cannot tell: the export goes on with the last check, as it did before this check existed.
      return false;
    }
    if (sameFingerprint(seen, now)) return false;
    setState((s) => (s.read?.fingerprint === seen ? { ...s, stale: true } : s));
    return true;
  }, [port]);

  const value = useMemo<LastCheck>(
    () => ({ ...state, check, ensureFresh, changedSinceCheck, knownRefs }),
    [state, check, ensureFresh, changedSinceCheck, knownRefs],
  );
  return createElement(LastCheckContext.Provider, { value }, children);
}

/** The shared last check. Views call it inside `LastCheckProvider` (see `EnsureLastCheck`). */
export function useLastCheck(): LastCheck {
  const value = useContext(LastCheckContext);
  if (!value) throw new Error('useLastCheck needs a <LastCheckProvider port={port}> above it.');
  return value;
}

/**
 * Gives its children a last-check store when the App did not wrap one around the views, so a view still works
 * alone (it then cannot share its read with the other view).
 */
export function EnsureLastCheck({ port, children }: { port: DocumentPort; children?: ReactNode }) {
  const outer = useContext(LastCheckContext);
  if (outer) return createElement(Fragment, null, children);
  return createElement(LastCheckProvider, { port }, children);
}
