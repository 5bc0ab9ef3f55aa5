/**
 * What is left of the hand-written Word fake: the in-memory document (model.ts), how a test sets one up and
 * reads it back (spec.ts), and reading a block's OOXML with the project's own reader (ooxml.ts). The Word API
 * itself is no longer imitated here: tests run the real Office.js client over the simulated Word host
 * (tests/word-host), which answers its requests over this model.
 */
export { FakeDocumentModel, type WriteRecord } from './model';
export {
  buildDocument,
  viewOf,
  type DocumentSpec,
  type DocumentView,
  type ParagraphSpec,
  type ParagraphView,
} from './spec';
export {
  installWordHost as installFakeOffice,
  installWordHost,
  type InstalledHost as FakeHost,
  type InstallOptions as FakeHostOptions,
} from '../../word-host/office';
export type { SyncFailure } from '../../word-host/host';
