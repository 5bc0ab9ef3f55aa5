import { readFileSync } from 'node:fs';

/**
 * The real Office.js Word client (`@microsoft/office-js`, dist/word-web-16.00.js: the file Microsoft's CDN serves
 * to Word on the web), loaded into this test file's realm as a browser would load it, with its request executor
 * pointed at a simulated host instead of Word.
 *
 * How the client is wired (read from the client's own source): `Word.run` builds `new Word.RequestContext()`;
 * every `context.sync()` turns the queued commands into one request message (object paths and actions) and
 * hands it to `context._requestExecutor.executeAsync(customData, flags, message)`, which answers with a response
 * message. A context made with a URL uses `HttpRequestExecutor` (a POST to `<url>/ProcessQuery`); any object with
 * `executeAsync` can stand in for it. A sync with nothing queued sends nothing.
 */

/** The request message the client sends for one sync. */
export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; Location: string; ActionIndex: number; HttpStatusCode: number };
}

export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: ResponseBody;
}

export interface RequestExecutor {
  executeAsync(
    customData: unknown,
    requestFlags: number,
    message: { Url: string; Headers: Record<string, string> | null; Body: RequestBody },
  ): Promise<ResponseMessage>;
}

interface Loaded {
  Word: typeof Word;
  OfficeExtension: typeof OfficeExtension;
}

let loaded: Loaded | null = null;
let executor: RequestExecutor | null = null;

/** The client, loaded once per test file (each jest test file has its own realm). */
export function officeJsClient(): Loaded {
  if (loaded) return loaded;
  const g = globalThis as Record<string, unknown>;
  // The client is a browser script: its globals hang off `window`, and it reads `navigator.userAgent`.
  g.window ??= g;
  g.navigator ??= { userAgent: 'Minutebook simulated Word host' };
  const file = require.resolve('@microsoft/office-js/dist/word-web-16.00.js');
  // Indirect eval runs the script at global scope, as a <script> tag would.
  (0, eval)(readFileSync(file, 'utf8'));
  const word = g.Word as typeof Word;
  const extension = g.OfficeExtension as typeof OfficeExtension;
  const Base = word.RequestContext as unknown as new (url?: unknown) => Word.RequestContext;
  class HostedRequestContext extends Base {
    constructor(url?: unknown) {
      super(url);
      if (!executor) throw new Error('No simulated Word host is installed (installWordHost).');
      (this as unknown as { _requestExecutor: RequestExecutor })._requestExecutor = executor;
    }
  }
  (word as unknown as { RequestContext: unknown }).RequestContext = HostedRequestContext;
  // At the end of Word.run the client releases the references it kept with one more request. In Word it is
  // sent without waiting; here Word.run waits for it so each test sees every request (counted apart from syncs).
  (extension as unknown as { Utility: { _synchronousCleanup: boolean } }).Utility._synchronousCleanup = true;
  loaded = { Word: word, OfficeExtension: extension };
  return loaded;
}

export function setRequestExecutor(next: RequestExecutor | null): void {
  executor = next;
}
