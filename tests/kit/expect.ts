/**
 * A small stand-in for jest's `expect`, for the in-Word kit: the Word scenarios' `check` functions call the
 * global `expect`, and jest's own does not run in a task pane. Only the matchers the scenarios use are here
 * (a kit test lists them from the scenario files); each failure throws a KitAssertionError saying what was
 * expected and what came.
 */

export class KitAssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KitAssertionError';
  }
}

interface Asymmetric {
  asymmetricMatch(value: unknown): boolean;
  toString(): string;
}

const isAsymmetric = (v: unknown): v is Asymmetric =>
  typeof v === 'object' && v !== null && typeof (v as Asymmetric).asymmetricMatch === 'function';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RegExp);

/** Like jest's `toEqual`: deep, properties that are undefined count as missing. */
export function equals(a: unknown, b: unknown): boolean {
  if (isAsymmetric(b)) return b.asymmetricMatch(a);
  if (isAsymmetric(a)) return a.asymmetricMatch(b);
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => equals(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equals(a[k], b[k]));
  }
  return false;
}

/** Like jest's `toMatchObject`: every property of `expected` is in `actual` and matches, recursively. */
export function matchesObject(actual: unknown, expected: unknown): boolean {
  if (isAsymmetric(expected)) return expected.asymmetricMatch(actual);
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => matchesObject(actual[i], e))
    );
  }
  if (isPlainObject(expected)) {
    if (typeof actual !== 'object' || actual === null) return false;
    const obj = actual as Record<string, unknown>;
    return Object.keys(expected).every((k) => k in obj && matchesObject(obj[k], expected[k]));
  }
  return equals(actual, expected);
}

/** Shown in a failure: JSON, with asymmetric matchers and errors named. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  try {
    return JSON.stringify(v, (_k, x: unknown) => {
      if (isAsymmetric(x)) return x.toString();
      if (x instanceof Error) return { ...x, name: x.name, message: x.message };
      if (x instanceof RegExp) return x.toString();
      return x;
    });
  } catch {
    return String(v);
  }
}

type Matchers = {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: unknown): void;
  toHaveLength(n: number): void;
  toContain(item: unknown): void;
  toMatch(pattern: RegExp | string): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  toBeNull(): void;
  toBeGreaterThan(n: number): void;
  toBeLessThanOrEqual(n: number): void;
  toBeInstanceOf(type: abstract new (...args: never[]) => unknown): void;
};

function matchers(actual: unknown, negated: boolean): Matchers {
  const NONE = Symbol('no argument');
  const assert = (pass: boolean, name: string, expected: unknown = NONE) => {
    if (pass !== negated) return;
    const shown = expected === NONE ? '' : show(expected);
    throw new KitAssertionError(
      `expect(received)${negated ? '.not' : ''}.${name}(${shown})\nReceived: ${show(actual)}`,
    );
  };
  const length = (v: unknown) => (v as { length?: unknown } | null)?.length;
  return {
    toBe: (e) => assert(Object.is(actual, e), 'toBe', e),
    toEqual: (e) => assert(equals(actual, e), 'toEqual', e),
    toMatchObject: (e) => assert(matchesObject(actual, e), 'toMatchObject', e),
    toHaveLength: (n) => assert(length(actual) === n, 'toHaveLength', n),
    toContain: (item) =>
      assert(
        typeof actual === 'string'
          ? actual.includes(String(item))
          : Array.isArray(actual) && actual.some((x) => Object.is(x, item)),
        'toContain',
        item,
      ),
    toMatch: (p) =>
      assert(
        typeof actual === 'string' && (typeof p === 'string' ? actual.includes(p) : p.test(actual)),
        'toMatch',
        p,
      ),
    toBeDefined: () => assert(actual !== undefined, 'toBeDefined'),
    toBeUndefined: () => assert(actual === undefined, 'toBeUndefined'),
    toBeNull: () => assert(actual === null, 'toBeNull'),
    toBeGreaterThan: (n) => assert(typeof actual === 'number' && actual > n, 'toBeGreaterThan', n),
    toBeLessThanOrEqual: (n) => assert(typeof actual === 'number' && actual <= n, 'toBeLessThanOrEqual', n),
    toBeInstanceOf: (type) => assert(actual instanceof type, 'toBeInstanceOf', type.name),
  };
}

export interface KitExpect {
  (actual: unknown): Matchers & { not: Matchers };
  any(type: unknown): Asymmetric;
  stringMatching(pattern: RegExp | string): Asymmetric;
  objectContaining(expected: Record<string, unknown>): Asymmetric;
}

const asymmetric = (name: string, match: (v: unknown) => boolean): Asymmetric => ({
  asymmetricMatch: match,
  toString: () => name,
});

const TYPE_CHECKS = new Map<unknown, (v: unknown) => boolean>([
  [Number, (v) => typeof v === 'number' || v instanceof Number],
  [String, (v) => typeof v === 'string' || v instanceof String],
  [Boolean, (v) => typeof v === 'boolean' || v instanceof Boolean],
  [Function, (v) => typeof v === 'function'],
  [Object, (v) => typeof v === 'object' && v !== null],
]);

export const kitExpect: KitExpect = Object.assign(
  (actual: unknown) => ({ ...matchers(actual, false), not: matchers(actual, true) }),
  {
    any: (type: unknown) =>
      asymmetric(
        `Any<${(type as { name?: string }).name ?? '?'}>`,
        TYPE_CHECKS.get(type) ?? ((v) => v instanceof (type as new () => unknown)),
      ),
    stringMatching: (p: RegExp | string) =>
      asymmetric(`StringMatching ${String(p)}`, (v) => typeof v === 'string' && new RegExp(p).test(v)),
    objectContaining: (e: Record<string, unknown>) =>
      asymmetric(`ObjectContaining ${show(e)}`, (v) => matchesObject(v, e)),
  },
);

/** Puts the shim where the scenarios' checks look for `expect`, unless jest's is already there. */
export function installKitExpect(): void {
  const g = globalThis as { expect?: unknown };
  g.expect ??= kitExpect;
}
