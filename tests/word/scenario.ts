import type { DocumentSpec, DocumentView, ParagraphView } from '../fakes/word';
import type { InstalledHost, InstallOptions } from '../word-host/office';
import type { RequestRecord, SyncFailure } from '../word-host/host';

/**
 * A Word operation, specified: the document before, the operation, the document after, and its round-trip
 * budget. The scenarios run on the real Office.js client over the simulated Word host (tests/word-host) in CI,
 * and are meant for the in-Word kit.
 */
export interface WordScenario<R = unknown> {
  name: string;
  setUp: DocumentSpec;
  host?: Pick<
    InstallOptions,
    'wordApi14' | 'failCallback' | 'reserialise' | 'findDialogOpen' | 'resultsOnError'
  >;
  failSync?: SyncFailure;
  /** A Common-API operation runs outside Word.run, as the port calls it (a Word.run costs a request of its own). */
  outsideWordRun?: boolean;
  /** The operation is meant to fail (a host condition such as the Find dialog being open). */
  expectsError?: boolean;
  operation: (context: Word.RequestContext, host: InstalledHost) => Promise<R>;
  /** The whole body/header/footer afterwards, paragraph by paragraph (each a partial match). */
  expected?: {
    body?: Partial<ParagraphView>[];
    header?: Partial<ParagraphView>[];
    footer?: Partial<ParagraphView>[];
    firstPageHeader?: Partial<ParagraphView>[];
    evenPagesHeader?: Partial<ParagraphView>[];
  };
  /** Further assertions (jest `expect`) on what happened. */
  check?: (outcome: ScenarioOutcome<R>) => void;
  /** At most this many syncs and Common-API callbacks. */
  budget: { syncs: number; callbacks: number };
}

export interface ScenarioOutcome<R> {
  result: R | undefined;
  error: unknown;
  view: DocumentView;
  host: InstalledHost;
  syncs: number;
  callbacks: number;
  /** Every request the client sent (syncs, then Word.run's reference clean-up), with its bytes. */
  requests: RequestRecord[];
  /** Paragraphs that existed before the operation. */
  originalUids: ReadonlySet<number>;
}

/** Scenarios whose operation is meant to succeed (no failure injected or expected). */
export function meantToSucceed(s: WordScenario): boolean {
  return !s.failSync && !s.host?.failCallback && !s.expectsError;
}

/** Lets a scenario file keep its result types while the list holds them all. */
export function scenario<R>(s: WordScenario<R>): WordScenario<unknown> {
  return s as WordScenario<unknown>;
}
