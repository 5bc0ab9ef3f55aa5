import { FakeOfficeError } from './errors';
import type { FakeDocumentModel } from './model';
import { FakeDocument } from './document';

export { FakeOfficeError };

/** Which sync fails, and at which queued command (by name; default: the batch's last command). */
export interface SyncFailure {
  sync: number;
  command?: string;
  code?: string;
}

export interface FakeContextOptions {
  failSync?: SyncFailure;
  /** Whether WordApi 1.4 methods (getReviewedText) exist. */
  wordApi14?: boolean;
}

interface Command {
  name: string;
  run: () => void;
}

/**
 * A stand-in for Word.RequestContext: commands queue up and run only on `sync()`; values read by a `load`
 * reach the proxies only when the whole batch succeeds. A failing sync keeps what ran before the failing
 * command (batches are not transactions), like Word.
 */
export class FakeContext {
  readonly document: FakeDocument;
  syncCount = 0;
  /** Per sync: how many paragraphs a collection load handed out (the read's chunk size shows here). */
  readonly paragraphsLoadedPerSync: number[] = [];
  private paragraphsLoaded = 0;
  private queue: Command[] = [];
  private pendingValues: (() => void)[] = [];
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly model: FakeDocumentModel,
    readonly options: FakeContextOptions = {},
  ) {
    this.document = new FakeDocument(this);
  }

  enqueue(name: string, run: () => void): void {
    this.queue.push({ name, run });
  }

  /** Called by a load command while the batch runs: the values reach the proxy once the batch succeeds. */
  deliverOnSuccess(apply: () => void): void {
    this.pendingValues.push(apply);
  }

  countParagraphsLoaded(n: number): void {
    this.paragraphsLoaded += n;
  }

  get hasPendingCommands(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    const batch = this.queue;
    this.queue = [];
    this.pendingValues = [];
    this.paragraphsLoaded = 0;
    const failure = this.options.failSync?.sync === this.syncCount ? this.options.failSync : undefined;
    let failAt = -1;
    if (failure) {
      failAt = failure.command ? batch.findIndex((c) => c.name === failure.command) : batch.length - 1;
      if (failAt < 0) {
        const names = batch.map((c) => c.name).join(', ');
        throw new Error(
          `fake: sync ${this.syncCount} has no command ${failure.command ?? ''} to fail (it has: ${names})`,
        );
      }
    }
    await Promise.resolve();
    for (let i = 0; i < batch.length; i++) {
      const command = batch[i]!;
      if (i === failAt) {
        this.pendingValues = [];
        throw new FakeOfficeError(
          failure?.code ?? 'GeneralException',
          'The fake was told to fail this sync.',
          command.name,
        );
      }
      try {
        command.run();
      } catch (error) {
        this.pendingValues = [];
        throw error;
      }
    }
    if (failAt >= batch.length) {
      throw new FakeOfficeError(
        failure?.code ?? 'GeneralException',
        'The fake was told to fail this sync.',
        '',
      );
    }
    for (const apply of this.pendingValues) apply();
    this.pendingValues = [];
    this.paragraphsLoadedPerSync.push(this.paragraphsLoaded);
  }
}
