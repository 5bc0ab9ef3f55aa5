import fc from 'fast-check';
import { assignRefs } from '../../../src/core/export';
import { nextRef } from '../../../src/core/export/refs';
import type { Action } from '../../../src/core/model';
import { propertyRuns } from '../../support/property';
import { action } from './fixtures';

const refsOf = (actions: readonly Action[]) => actions.map((a) => a.ref);

describe('refs per item', () => {
  test('new actions are numbered A1, A2 under their item, and A1 before any item', () => {
    const result = assignRefs(
      [
        action({ item: '2.1', text: 'a' }),
        action({ item: '2.1', text: 'b' }),
        action({ item: '3', text: 'c' }),
        action({ text: 'd' }),
      ],
      { kind: 'item' },
    );
    expect(refsOf(result.actions)).toEqual(['2.1-A1', '2.1-A2', '3-A1', 'A1']);
    expect(result.assigned).toEqual([
      { index: 0, ref: '2.1-A1' },
      { index: 1, ref: '2.1-A2' },
      { index: 2, ref: '3-A1' },
      { index: 3, ref: 'A1' },
    ]);
    expect(result.nextYearNumber).toBeNull();
  });

  test('existing refs stay and new ones continue after the highest under the same item', () => {
    const result = assignRefs(
      [
        action({ item: '2.1', text: 'new first' }),
        action({ item: '2.1', text: 'kept', ref: '2.1-A3' }),
        action({ item: '2.1', text: 'new second' }),
        action({ item: '294/19', text: 'other numbering', ref: '294/19-A1' }),
        action({ item: '294/19', text: 'new' }),
      ],
      { kind: 'item' },
    );
    expect(refsOf(result.actions)).toEqual(['2.1-A4', '2.1-A3', '2.1-A5', '294/19-A1', '294/19-A2']);
    expect(result.assigned.map((a) => a.index)).toEqual([0, 2, 4]);
  });

  test('a blank ref counts as none', () => {
    const result = assignRefs([action({ item: '1', text: 'a', ref: '  ' })], { kind: 'item' });
    expect(refsOf(result.actions)).toEqual(['1-A1']);
  });

  test('actions the caller leaves out (e.g. suggestions not exported) get no ref', () => {
    const actions = [action({ item: '1', text: 'a' }), action({ item: '1', text: 'b', marked: false })];
    const result = assignRefs(actions, { kind: 'item' }, (a) => a.marked);
    expect(refsOf(result.actions)).toEqual(['1-A1', null]);
  });

  test('the input is not changed', () => {
    const actions = [action({ item: '1', text: 'a' })];
    assignRefs(actions, { kind: 'item' });
    expect(actions[0]?.ref).toBeNull();
  });
});

describe('refs per year', () => {
  test('numbers continue from the number the user gives', () => {
    const result = assignRefs([action({ text: 'a' }), action({ item: '2', text: 'b' })], {
      kind: 'year',
      year: 2022,
      startAt: 17,
    });
    expect(refsOf(result.actions)).toEqual(['17/2022', '18/2022']);
    expect(result.nextYearNumber).toBe(19);
  });

  test('a number already used that year is never given again; other years do not count', () => {
    const result = assignRefs(
      [
        action({ text: 'kept', ref: '18/2022' }),
        action({ text: 'other year', ref: '17/2021' }),
        action({ text: 'a' }),
        action({ text: 'b' }),
      ],
      { kind: 'year', year: 2022, startAt: 17 },
    );
    expect(refsOf(result.actions)).toEqual(['18/2022', '17/2021', '17/2022', '19/2022']);
    expect(result.nextYearNumber).toBe(20);
  });

  test('a start number that is not a whole number of 1 or more is refused with a message', () => {
    expect(() => assignRefs([], { kind: 'year', year: 2022, startAt: 0 })).toThrow(
      /whole number of 1 or more/,
    );
    expect(() => assignRefs([], { kind: 'year', year: 22, startAt: 1 })).toThrow(/four-digit year/);
  });
});

describe('refs are assigned once and never move (property)', () => {
  const arbAction = fc.record({
    item: fc.option(fc.constantFrom('1', '2', '2.1', '10'), { nil: null }),
    ref: fc.option(fc.constantFrom('1-A1', '2-A2', '2.1-A7', 'A3', '5/2022', '17/2022', 'X'), { nil: null }),
  });
  const arbScheme = fc.oneof(
    fc.constant({ kind: 'item' as const }),
    fc.record({
      kind: fc.constant('year' as const),
      year: fc.constant(2022),
      startAt: fc.integer({ min: 1, max: 20 }),
    }),
  );

  test('existing refs are kept, new refs are unique, and assigning again changes nothing', () => {
    fc.assert(
      fc.property(fc.array(arbAction, { maxLength: 25 }), arbScheme, (specs, scheme) => {
        const actions = specs.map((s, i) => action({ item: s.item, ref: s.ref, text: `a${i}` }));
        const first = assignRefs(actions, scheme);
        actions.forEach((a, i) => {
          if (a.ref !== null) expect(first.actions[i]?.ref).toBe(a.ref);
        });
        expect(first.actions.every((a) => a.ref !== null)).toBe(true);
        const newRefs = first.assigned.map((a) => a.ref);
        const existing = new Set(actions.map((a) => a.ref));
        expect(new Set(newRefs).size).toBe(newRefs.length);
        expect(newRefs.some((ref) => existing.has(ref))).toBe(false);
        const again = assignRefs(first.actions, scheme);
        expect(again.assigned).toEqual([]);
        expect(refsOf(again.actions)).toEqual(refsOf(first.actions));
      }),
      { numRuns: propertyRuns() },
    );
  });
});

describe('the ref for one new action (Add action)', () => {
  it('numbers per item after the highest ref already in the document', () => {
    expect(nextRef([], '2.1', { kind: 'item' }).ref).toBe('2.1-A1');
    expect(nextRef(['2.1-A1', '2.1-A3', '2.11-A9', '3-A5'], '2.1', { kind: 'item' }).ref).toBe('2.1-A4');
  });
  it('hands out year refs from the stored counter and moves it on', () => {
    expect(nextRef([], null, { kind: 'year', year: 2022, startAt: 17 })).toEqual({
      ref: '17/2022',
      nextYearNumber: 18,
    });
  });
  it('never repeats a year ref the document already uses', () => {
    expect(nextRef(['17/2022', '18/2022'], null, { kind: 'year', year: 2022, startAt: 17 })).toEqual({
      ref: '19/2022',
      nextYearNumber: 20,
    });
  });
});
