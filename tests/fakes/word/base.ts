import type { FakeContext } from './context';
import { FakeOfficeError } from './errors';

/*
 * Proxies with the names Office.js uses. Each one resolves what it points at while a batch runs (objects keep
 * their identity once resolved; collections are re-read each time, as they are live), and shows a property only
 * after a successful sync of a load that named it.
 */

export type LoadSpec = string | string[] | { select?: string | string[]; top?: number; skip?: number };
export interface Page {
  top?: number;
  skip?: number;
}

function parseLoad(spec: LoadSpec | undefined): { props: string[]; page: Page } {
  if (spec === undefined) throw new Error('fake: a bare load() loads every property; name the ones you need');
  const list = (s: string | string[]) =>
    (Array.isArray(s) ? s : s.split(','))
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter((p) => p !== '' && p !== 'items');
  if (typeof spec === 'string' || Array.isArray(spec)) return { props: list(spec), page: {} };
  return { props: list(spec.select ?? '$none'), page: { top: spec.top, skip: spec.skip } };
}

export const notLoaded = (name: string) =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${name}' is not available. Load it and call sync() first.`,
  );

export abstract class FakeObject<T> {
  private resolved: { value: T | null } | null = null;
  private loadedValues: Record<string, unknown> | null = null;
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    private readonly locate: () => T | null,
    private readonly orNull = false,
    private readonly live = false,
  ) {}

  protected abstract readonly typeName: string;
  abstract snapshot(target: T, props: string[], page: Page): Record<string, unknown>;

  /** What this proxy points at, resolved while a batch runs. */
  target(): T | null {
    if (this.live) return this.locate();
    if (!this.resolved) this.resolved = { value: this.locate() };
    if (this.resolved.value === null && !this.orNull) {
      throw new FakeOfficeError(
        'ItemNotFound',
        `The requested ${this.typeName} does not exist.`,
        this.typeName,
      );
    }
    return this.resolved.value;
  }

  protected must(method: string): T {
    const t = this.target();
    if (t === null)
      throw new FakeOfficeError('InvalidArgument', `${method} called on a null object.`, method);
    return t;
  }

  /** Gives the proxy values directly (items of a loaded collection). */
  preset(target: T, values: Record<string, unknown>): this {
    this.resolved = { value: target };
    this.loadedValues = values;
    this.nullState = false;
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  protected read<V>(name: string): V {
    if (!this.loadedValues || !(name in this.loadedValues)) throw notLoaded(name);
    return this.loadedValues[name] as V;
  }

  protected queue(method: string, run: (target: T) => void): void {
    this.context.enqueue(`${this.typeName}.${method}`, () => run(this.must(`${this.typeName}.${method}`)));
  }

  load(spec?: LoadSpec): this {
    const { props, page } = parseLoad(spec);
    this.context.enqueue(`${this.typeName}.load`, () => {
      const target = this.target();
      const values = target === null ? {} : this.snapshot(target, props, page);
      this.context.deliverOnSuccess(() => {
        this.nullState = target === null;
        this.loadedValues = { ...(this.loadedValues ?? {}), ...values };
      });
    });
    return this;
  }

  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

/** The items of a loaded collection: proxies that already hold their values. */
export function loadedItems<T, P extends FakeObject<T>>(
  list: T[],
  make: (target: T) => P,
  props: string[],
): P[] {
  return list.map((target) => {
    const proxy = make(target);
    return proxy.preset(target, proxy.snapshot(target, props, {}));
  });
}

export function pick(
  source: Record<string, () => unknown>,
  props: string[],
  typeName: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of props) {
    if (p === '$none' || p === 'isNullObject') continue;
    const get = source[p];
    if (!get) throw new FakeOfficeError('InvalidArgument', `The fake ${typeName} has no property '${p}'.`);
    out[p] = get();
  }
  return out;
}

/** What a method such as getReviewedText returns: a value readable after a successful sync. */
export class ClientResult<V> {
  private held: { v: V } | null = null;
  set(v: V): void {
    this.held = { v };
  }
  get value(): V {
    if (!this.held) throw notLoaded('value');
    return this.held.v;
  }
}
