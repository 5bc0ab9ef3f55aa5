import { observeOfficeCallbacks } from '../../src/word/common-api';

/**
 * Counts what a scenario's operation costs where it really runs: every `context.sync()` call (wrapped on the
 * Office.js client's request context, which every Word.run context inherits) and every Common-API callback
 * (through src/word/common-api.ts's observer: Office.js defines `addAsync`, `getXmlAsync` and the rest as
 * read-only properties, so they cannot be wrapped). `restore()` undoes both.
 */
export interface Counts {
  syncs: number;
  callbacks: number;
  /**
   * Off once the operation has returned: Word.run calls `sync()` once more itself when its function is done
   * (a sync with nothing queued, which sends nothing), and that one is not the operation's.
   */
  counting: boolean;
  /** Set when this Office.js would not let `sync` be wrapped: syncs are then not counted (said in the results). */
  syncsUncounted: boolean;
  restore(): void;
}

type AnyFn = (...args: unknown[]) => unknown;

export function instrument(): Counts {
  const g = globalThis as unknown as {
    OfficeExtension?: { ClientRequestContext?: { prototype: Record<string, unknown> } };
  };
  const proto = g.OfficeExtension?.ClientRequestContext?.prototype;
  const original = proto?.sync as AnyFn | undefined;
  const counts: Counts = {
    syncs: 0,
    callbacks: 0,
    counting: true,
    syncsUncounted: true,
    restore: () => {
      observeOfficeCallbacks(null);
      if (proto && original && !counts.syncsUncounted) proto.sync = original;
    },
  };
  if (proto && typeof original === 'function') {
    try {
      proto.sync = function (this: unknown, ...args: unknown[]) {
        if (counts.counting) counts.syncs += 1;
        return original.apply(this, args);
      };
      counts.syncsUncounted = proto.sync === original;
    } catch {
      counts.syncsUncounted = true;
    }
  }
  observeOfficeCallbacks(() => {
    if (counts.counting) counts.callbacks += 1;
  });
  return counts;
}
