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
  /**
   * A behaviour the simulated host models without a documented source, asked as a question: the in-Word kit
   * runs the scenario in real Word and lists its answer (docs/word-kit.md).
   */
  question?: string;
  /**
   * Why the operation needs the simulated host itself (it plants another person's part, or counts the host's
   * paragraphs, mid-operation): the in-Word kit lists the scenario as not run, with this reason.
   */
  hostOnly?: string;
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

/** The id a set-up control (ControlSpec.id) has in the document the scenario runs on. */
export function controlId(host: Pick<InstalledHost, 'controlIds'>, specId: number): number {
  return host.controlIds?.get(specId) ?? specId;
}

/** Every write touched only paragraphs the operation made (nothing of the user's was rewritten). */
export function writesOutsideNewParagraphs<R>(outcome: ScenarioOutcome<R>): number[] {
  return outcome.host.model.writes
    .flatMap((w) => w.paragraphUids)
    .filter((uid) => outcome.originalUids.has(uid));
}
