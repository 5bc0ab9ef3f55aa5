import { callOffice } from '../../src/word/common-api';
import { instrument } from './instrument';

type G = { OfficeExtension?: unknown; Office?: unknown };
const g = globalThis as unknown as G;

/** A stand-in for the client's request context class: its prototype's sync resolves at once. */
function fakeClient(frozen = false) {
  const prototype: Record<string, unknown> = { sync: async () => 'synced' };
  if (frozen) Object.defineProperty(prototype, 'sync', { writable: false, configurable: false });
  g.OfficeExtension = { ClientRequestContext: { prototype } };
  g.Office = { AsyncResultStatus: { Succeeded: 'succeeded' } };
  return prototype;
}

/** One Common-API call that succeeds at once, through callOffice as the add-in makes them. */
const answered = () =>
  callOffice<number>((cb) => cb({ status: 'succeeded', value: 1 } as unknown as Office.AsyncResult<number>));

afterEach(() => {
  delete g.OfficeExtension;
  delete g.Office;
});

describe('counting a scenario in Word', () => {
  test("counts the operation's syncs and callbacks, stops when told, and restore puts sync back", async () => {
    const prototype = fakeClient();
    const original = prototype.sync;
    const counts = instrument();
    const sync = prototype.sync as () => Promise<string>;
    await expect(sync.call({})).resolves.toBe('synced');
    await answered();
    counts.counting = false;
    await sync.call({});
    await answered();
    expect([counts.syncs, counts.callbacks, counts.syncsUncounted]).toEqual([1, 1, false]);
    counts.restore();
    expect(prototype.sync).toBe(original);
    await answered();
    expect(counts.callbacks).toBe(1);
  });

  test('an Office.js whose sync cannot be wrapped is said to be uncounted, not a crash', () => {
    fakeClient(true);
    const counts = instrument();
    expect(counts.syncsUncounted).toBe(true);
    counts.restore();
  });
});
