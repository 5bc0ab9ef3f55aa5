import type { FakeDocumentModel } from '../fakes/word/model';
import { officeJsClient, setRequestExecutor } from './client';
import { WordHost, type RequestRecord, type WordHostOptions } from './host';

/**
 * Installs the simulated Word host for one test: the real Office.js Word client (`Word`, `OfficeExtension`)
 * talking to a WordHost over `model`, and the `Office` global of the Common API. The Common API is simulated
 * here rather than run through Office.js's own (its calls go through the host frame's messaging, which this
 * host does not speak): custom XML parts (every callback one round trip), requirement sets, the
 * selection-changed event and the ribbon's `actions.associate`.
 */
export interface XmlPart {
  id: string;
  xml: string;
}

type Callback<T> = (result: {
  status: 'succeeded' | 'failed';
  value: T;
  error?: { code: number; message: string };
}) => void;

export interface InstalledHost {
  model: FakeDocumentModel;
  host: WordHost;
  parts: XmlPart[];
  /** Round trips through the Common API's callbacks. */
  callbacks: number;
  /** `context.sync()` requests across every Word.run so far. */
  readonly syncs: number;
  runs: number;
  readonly requests: RequestRecord[];
  associated: Map<string, (event: unknown) => unknown>;
  selectionHandlers: (() => void)[];
  /**
   * A set-up control's id (ControlSpec.id) against the id the document gave it. Unset here: the simulated host
   * keeps the ids a scenario gives; real Word picks its own, and the in-Word kit fills this in.
   */
  controlIds?: ReadonlyMap<number, number>;
  fireSelectionChanged(): void;
  uninstall(): void;
}

export interface InstallOptions extends WordHostOptions {
  /** Fail the n-th Common-API callback (1-based). */
  failCallback?: number;
  platform?: string;
  /**
   * Word keeps a custom XML part as XML, not as the string it was given: reading it back gives Word's own
   * serialisation. How Word writes it (declaration, attribute order, which characters it escapes) is not
   * documented; `reserialise` stands in for any such rewriting (a question for the in-Word kit).
   */
  reserialise?: (xml: string) => string;
}

export function installWordHost(model: FakeDocumentModel, options: InstallOptions = {}): InstalledHost {
  const client = officeJsClient();
  const g = globalThis as Record<string, unknown>;
  const saved = { Office: g.Office };
  const host = new WordHost(model, options);
  setRequestExecutor(host);
  const realRun = client.Word.run.bind(client.Word) as (...args: unknown[]) => Promise<unknown>;
  let partIds = 0;
  const installed: InstalledHost = {
    model,
    host,
    parts: [],
    callbacks: 0,
    get syncs() {
      return host.syncs;
    },
    runs: 0,
    get requests() {
      return host.requests;
    },
    associated: new Map(),
    selectionHandlers: [],
    fireSelectionChanged: () => installed.selectionHandlers.forEach((h) => h()),
    uninstall: () => {
      g.Office = saved.Office;
      (client.Word as unknown as { run: unknown }).run = realRun;
      setRequestExecutor(null);
    },
  };
  (client.Word as unknown as { run: unknown }).run = (...args: unknown[]) => {
    installed.runs += 1;
    return realRun(...args);
  };

  const answer = <T>(callback: Callback<T> | undefined, value: T, apply: () => void = () => undefined) => {
    installed.callbacks += 1;
    const failed = installed.callbacks === options.failCallback;
    if (!failed) apply();
    const result = failed
      ? {
          status: 'failed' as const,
          value,
          error: { code: 5001, message: 'The simulated host was told to fail this call.' },
        }
      : { status: 'succeeded' as const, value };
    void Promise.resolve().then(() => callback?.(result));
  };
  const stored = (xml: string) => (options.reserialise ? options.reserialise(xml) : xml);
  const partApi = (part: XmlPart) => ({
    id: part.id,
    getXmlAsync: (cb: Callback<string>) => answer(cb, part.xml),
    deleteAsync: (cb: Callback<undefined>) =>
      answer(cb, undefined, () => (installed.parts = installed.parts.filter((p) => p !== part))),
  });

  g.Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    HostType: { Word: 'Word' },
    onReady: async () => ({ host: 'Word', platform: options.platform ?? 'OfficeOnline' }),
    actions: { associate: (id: string, fn: (event: unknown) => unknown) => installed.associated.set(id, fn) },
    context: {
      platform: options.platform ?? 'OfficeOnline',
      displayLanguage: 'en-GB',
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === 'WordApi' && (version === undefined || Number(version) <= (options.wordApi14 ? 1.4 : 1.3)),
      },
      document: {
        // Custom XML parts. Documented: `CustomXmlPart.id` is the part's GUID, `getByNamespaceAsync` lists the
        // parts of a namespace. Not documented, modelled here and questions for the in-Word kit: every added
        // part gets a new id that stays the same for the whole session (the stored meeting's "someone else
        // saved" check rests on it), a part another person adds while co-authoring shows up in the listing
        // with its own id, and the listing comes in the order the parts were added (used only as a tie-break).
        customXmlParts: {
          addAsync: (xml: string, cb: Callback<unknown>) => {
            const part = { id: `{part-${++partIds}}`, xml: stored(xml) };
            answer(cb, partApi(part), () => installed.parts.push(part));
          },
          getByNamespaceAsync: (ns: string, cb: Callback<unknown[]>) =>
            answer(cb, installed.parts.filter((p) => namespaceOf(p.xml) === ns).map(partApi)),
        },
        addHandlerAsync: (_type: string, handler: () => void, cb?: Callback<undefined>) =>
          answer(cb, undefined, () => installed.selectionHandlers.push(handler)),
        removeHandlerAsync: (_type: string, opts: { handler?: () => void }, cb?: Callback<undefined>) =>
          answer(cb, undefined, () => {
            installed.selectionHandlers = installed.selectionHandlers.filter((h) => h !== opts.handler);
          }),
      },
    },
  };
  return installed;
}

/** The namespace of a part's root element (a default namespace, in either quote). */
function namespaceOf(xml: string): string | null {
  return /<[A-Za-z_][\w.-]*\s[^>]*?xmlns\s*=\s*(["'])(.*?)\1/.exec(xml)?.[2] ?? null;
}
