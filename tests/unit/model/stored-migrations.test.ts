import { STORED_MEETING_VERSION } from '../../../src/core/model/stored';
import {
  readStoredData,
  STORED_MIGRATIONS,
  storedSizeProblem,
} from '../../../src/core/model/stored-migrations';

const current = { schemaVersion: 1, meeting: { title: 'Board', date: '2022-08-25' } };

describe('reading a stored meeting of any schema version', () => {
  test('the current version is read as it is', () => {
    const read = readStoredData(current);
    expect(read).toMatchObject({ kind: 'read', migratedFrom: null, stored: { meeting: { title: 'Board' } } });
  });

  test('every version below the current one has a step up', () => {
    for (let v = 0; v < STORED_MEETING_VERSION; v++) expect(STORED_MIGRATIONS[v]).toBeInstanceOf(Function);
  });

  test.each([
    ['year', 'year'],
    ['item', 'item'],
    [undefined, 'item'],
  ])('a version 0 part (refScheme %s) is brought up to date', (refScheme, scheme) => {
    const read = readStoredData({ schemaVersion: 0, meeting: { title: 'Old' }, refScheme });
    expect(read).toMatchObject({
      kind: 'read',
      migratedFrom: 0,
      stored: { schemaVersion: 1, refs: { scheme, nextYearNumber: 1 }, disabledRules: [] },
    });
    expect(read.kind === 'read' && 'refScheme' in read.stored).toBe(false);
  });

  test('a newer version is refused, saying it is kept and what to do', () => {
    expect(readStoredData({ ...current, schemaVersion: STORED_MEETING_VERSION + 1 })).toEqual({
      kind: 'refused',
      version: STORED_MEETING_VERSION + 1,
      message: expect.stringMatching(/newer Minutebook.*kept in the document unchanged.*update Minutebook/),
    });
  });

  test('an older version with no path up is refused', () => {
    expect(readStoredData({ schemaVersion: -3 })).toMatchObject({
      kind: 'refused',
      message: expect.stringMatching(/schema -3.*cannot bring up to date.*kept/),
    });
  });

  test.each([null, 'text', [], {}, { schemaVersion: '1' }, { schemaVersion: 1.5 }])(
    'data without a usable version is ignored, not thrown on: %p',
    (data) => {
      expect(readStoredData(data)).toMatchObject({
        kind: 'invalid',
        message: expect.stringMatching(/ignored/),
      });
    },
  );

  test('data that fails validation names the field and is ignored', () => {
    expect(readStoredData({ schemaVersion: 1, meeting: { title: 7 } })).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/\(meeting\.title: .*\), so they were ignored/),
    });
  });

  test('a migrated part that fails validation is ignored too', () => {
    expect(readStoredData({ schemaVersion: 0, meeting: 'nope' })).toMatchObject({ kind: 'invalid' });
  });
});

describe('the 64 KB limit', () => {
  test('counts UTF-8 bytes, not characters', () => {
    expect(storedSizeProblem('a'.repeat(64 * 1024))).toBeNull();
    expect(storedSizeProblem('é'.repeat(32 * 1024 + 1))).toMatch(/65 KB; the limit is 64 KB.*Shorten/);
  });
});
