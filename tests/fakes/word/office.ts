import { FakeContext, type FakeContextOptions } from './context';
import { FakeOfficeError } from './errors';
import type { FakeDocumentModel } from './model';

/**
 * The `Office` and `Word` globals the add-in touches, over one fake document: `Word.run`, the callback-based
 * custom XML parts (every callback counted as one round trip), requirement sets, the selection-changed event
 * and ribbon `actions.associate`.
 */
export interface FakeXmlPart {
  id: string;
  xml: string;
}

type Callback<T> = (result: {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; message: string };
}) => void;

export interface FakeHost {
  model: FakeDocumentModel;
  parts: FakeXmlPart[];
  /** Round trips through the Common API's callbacks. */
  callbacks: number;
  /** Syncs across every Word.run so far. */
  syncs: number;
  runs: number;
  contexts: FakeContext[];
  associated: Map<string, (event: unknown) => unknown>;
  selectionHandlers: (() => void)[];
  /** Fire the selection-changed event as Word would when the user moves the cursor. */
  fireSelectionChanged(): void;
  uninstall(): void;
}

export interface FakeHostOptions extends FakeContextOptions {
  /** Fail the n-th Common-API callback (1-based). */
  failCallback?: number;
  platform?: string;
}

export function installFakeOffice(model: FakeDocumentModel, options: FakeHostOptions = {}): FakeHost {
  const g = globalThis as Record<string, unknown>;
  const saved = { Office: g.Office, Word: g.Word };
  let partIds = 0;
  const host: FakeHost = {
    model,
    parts: [],
    callbacks: 0,
    get syncs() {
      return host.contexts.reduce((n, c) => n + c.syncCount, 0);
    },
    runs: 0,
    contexts: [],
    associated: new Map(),
    selectionHandlers: [],
    fireSelectionChanged: () => host.selectionHandlers.forEach((h) => h()),
    uninstall: () => {
      g.Office = saved.Office;
      g.Word = saved.Word;
    },
  };

  const answer = <T>(callback: Callback<T> | undefined, value: T) => {
    host.callbacks += 1;
    const failed = host.callbacks === options.failCallback;
    const result = failed
      ? {
          status: 'failed' as const,
          value,
          error: { code: 5001, message: 'The fake was told to fail this call.' },
        }
      : { status: 'succeeded' as const, value };
    setTimeout(() => callback?.(result), 0);
    return !failed;
  };

  const partApi = (part: FakeXmlPart) => ({
    id: part.id,
    getXmlAsync: (cb: Callback<string>) => answer(cb, part.xml),
    deleteAsync: (cb: Callback<undefined>) => {
      host.callbacks += 1;
      const failed = host.callbacks === options.failCallback;
      if (!failed) host.parts = host.parts.filter((p) => p !== part);
      setTimeout(
        () =>
          cb?.(
            failed
              ? { status: 'failed', value: undefined, error: { code: 5001, message: 'fail' } }
              : { status: 'succeeded', value: undefined },
          ),
        0,
      );
    },
  });

  g.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    HostType: { Word: 'Word' },
    onReady: async () => ({ host: 'Word', platform: options.platform ?? 'OfficeOnline' }),
    actions: { associate: (id: string, fn: (event: unknown) => unknown) => host.associated.set(id, fn) },
    context: {
      platform: options.platform ?? 'OfficeOnline',
      displayLanguage: 'en-GB',
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'WordApi' && (version === undefined || Number(version) <= (options.wordApi14 ? 1.4 : 1.3)),
      },
      document: {
        customXmlParts: {
          addAsync: (xml: string, cb: Callback<unknown>) => {
            const part = { id: `{part-${++partIds}}`, xml };
            if (answer(cb, partApi(part))) host.parts.push(part);
          },
          getByNamespaceAsync: (ns: string, cb: Callback<unknown[]>) =>
            answer(cb, host.parts.filter((p) => p.xml.includes(`xmlns="${ns}"`)).map(partApi)),
        },
        addHandlerAsync: (_type: string, handler: () => void, cb?: Callback<undefined>) => {
          host.selectionHandlers.push(handler);
          answer(cb, undefined);
        },
        removeHandlerAsync: (_type: string, opts: { handler?: () => void }, cb?: Callback<undefined>) => {
          host.selectionHandlers = host.selectionHandlers.filter((h) => h !== opts.handler);
          answer(cb, undefined);
        },
      },
    },
  };

  g.Word = {
    run: async <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => {
      host.runs += 1;
      const context = new FakeContext(model, options);
      host.contexts.push(context);
      const result = await batch(context);
      if (context.hasPendingCommands)
        throw new FakeOfficeError('GeneralException', 'fake: commands were queued but never synced');
      return result;
    },
  };
  return host;
}
