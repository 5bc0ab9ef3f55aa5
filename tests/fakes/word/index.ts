/**
 * The Word fake shared by every adapter test. Read in this order: model.ts (the in-memory document), spec.ts
 * (set-up and views), context.ts (batches, syncs, failures), base.ts (proxies: load, sync, PropertyNotLoaded),
 * paragraphs.ts, controls.ts, tables.ts, document.ts (the API surface, Office.js names), office.ts (Office/Word
 * globals).
 */
export { FakeContext, FakeOfficeError, type SyncFailure, type FakeContextOptions } from './context';
export { FakeDocumentModel, type WriteRecord } from './model';
export {
  buildDocument,
  viewOf,
  type DocumentSpec,
  type DocumentView,
  type ParagraphSpec,
  type ParagraphView,
} from './spec';
export { installFakeOffice, type FakeHost, type FakeHostOptions } from './office';

import type { FakeContext } from './context';

/** The fake, typed as what the adapter code takes: the adapter is real Office.js code. */
export function asWordContext(context: FakeContext): Word.RequestContext {
  return context as unknown as Word.RequestContext;
}
