import type {
  DocumentSpec,
  DocumentView,
  FakeHost,
  FakeHostOptions,
  ParagraphView,
  SyncFailure,
} from '../fakes/word';

/**
 * A Word operation, specified: the document before, the operation, the document after, and its round-trip
 * budget. The same scenarios run on the fake in CI (tests/word/*.test.ts) and are meant for the in-Word kit.
 */
export interface WordScenario<R = unknown> {
  name: string;
  setUp: DocumentSpec;
  host?: Pick<FakeHostOptions, 'wordApi14' | 'failCallback'>;
  failSync?: SyncFailure;
  operation: (context: Word.RequestContext, host: FakeHost) => Promise<R>;
  /** The whole body/header/footer afterwards, paragraph by paragraph (each a partial match). */
  expected?: {
    body?: Partial<ParagraphView>[];
    header?: Partial<ParagraphView>[];
    footer?: Partial<ParagraphView>[];
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
  host: FakeHost;
  syncs: number;
  callbacks: number;
  /** Paragraphs that existed before the operation. */
  originalUids: ReadonlySet<number>;
}

/** Lets a scenario file keep its result types while the list holds them all. */
export function scenario<R>(s: WordScenario<R>): WordScenario<unknown> {
  return s as WordScenario<unknown>;
}
