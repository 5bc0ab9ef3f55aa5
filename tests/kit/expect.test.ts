import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KitAssertionError, kitExpect } from './expect';

type Expect = typeof expect;
const passes = (run: (e: Expect) => void, e: Expect): boolean => {
  try {
    run(e);
    return true;
  } catch {
    return false;
  }
};

/** Each case runs with jest's expect and with the kit's: both must pass or both fail. */
const cases: [string, (e: Expect) => void][] = [
  ['toBe same', (e) => e(3).toBe(3)],
  ['toBe other object', (e) => e({ a: 1 }).toBe({ a: 1 })],
  ['toEqual deep', (e) => e({ a: [1, { b: 2 }] }).toEqual({ a: [1, { b: 2 }] })],
  ['toEqual undefined property', (e) => e({ a: 1, b: undefined }).toEqual({ a: 1 })],
  ['toEqual differs', (e) => e({ a: [1, 2] }).toEqual({ a: [1, 3] })],
  ['toEqual array length', (e) => e([1]).toEqual([1, 2])],
  ['toEqual any Number', (e) => e({ id: 5 }).toEqual({ id: e.any(Number) })],
  ['toEqual any Number fails on string', (e) => e({ id: '5' }).toEqual({ id: e.any(Number) })],
  ['toMatchObject subset', (e) => e({ a: 1, b: { c: 2, d: 3 } }).toMatchObject({ b: { c: 2 } })],
  ['toMatchObject missing', (e) => e({ a: 1 }).toMatchObject({ b: 1 })],
  ['toMatchObject array exact length', (e) => e({ a: [1, 2] }).toMatchObject({ a: [1] })],
  ['toMatchObject null value', (e) => e({ a: null }).toMatchObject({ a: null })],
  ['toMatchObject on an error', (e) => e(new TypeError('x')).toMatchObject({ name: 'TypeError' })],
  [
    'toMatchObject stringMatching',
    (e) => e({ changed: 'Update again.' }).toMatchObject({ changed: e.stringMatching(/again/) }),
  ],
  ['toHaveLength', (e) => e([1, 2]).toHaveLength(2)],
  ['toHaveLength wrong', (e) => e('abc').toHaveLength(2)],
  ['toContain string', (e) => e('a &quot; b').toContain('&quot;')],
  ['not.toContain string', (e) => e('abc').not.toContain('b')],
  ['toContain array', (e) => e(['x', 'y']).toContain('y')],
  ['toMatch', (e) => e('block was inserted').toMatch(/inserted/)],
  ['toBeDefined', (e) => e(undefined).toBeDefined()],
  ['toBeUndefined', (e) => e(undefined).toBeUndefined()],
  ['toBeGreaterThan', (e) => e(1).toBeGreaterThan(1)],
  ['toBeLessThanOrEqual', (e) => e(2).toBeLessThanOrEqual(2)],
  ['toBeInstanceOf', (e) => e(new TypeError('x')).toBeInstanceOf(Error)],
  ['toBeInstanceOf wrong', (e) => e({ message: 'x' }).toBeInstanceOf(Error)],
  [
    'objectContaining in an array',
    (e) => e([{ part: 'header', text: 'A' }]).toEqual([e.objectContaining({ part: 'header' })]),
  ],
];

describe('the kit expect agrees with jest on the matchers the scenarios use', () => {
  test.each(cases)('%s', (_name, run) => {
    expect(passes(run, kitExpect as unknown as Expect)).toBe(passes(run, expect));
  });

  test('a failure is a KitAssertionError naming the matcher and what came', () => {
    expect(() => kitExpect({ a: 1 }).toEqual({ a: 2 })).toThrow(KitAssertionError);
    expect(() => kitExpect({ a: 1 }).toEqual({ a: 2 })).toThrow(/toEqual\(\{"a":2\}\)\nReceived: \{"a":1\}/);
  });

  test('every matcher a scenario file calls is in the kit expect', () => {
    const dir = join(__dirname, '..', 'word', 'scenarios');
    const used = new Set<string>();
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/\.(?:not\.)?(to[A-Z]\w*)\(/g)) used.add(m[1]!);
      for (const m of text.matchAll(/expect\.(\w+)\(/g)) used.add(m[1]!);
    }
    // Only jest's own matchers count (a scenario's `.toISOString(` is not one).
    const jestMatchers = { ...expect(0), ...expect } as unknown as Record<string, unknown>;
    for (const name of [...used]) if (!(name in jestMatchers)) used.delete(name);
    const sample = kitExpect(0) as unknown as Record<string, unknown>;
    const missing = [...used].filter(
      (name) => !(name in sample) && !(name in (kitExpect as unknown as Record<string, unknown>)),
    );
    expect(used.size).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });
});
