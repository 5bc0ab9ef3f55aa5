import {
  findInitialsClashes,
  suggestInitials,
  suggestUniqueInitials,
} from '../../../src/core/attendance/initials';
import type { Attendee } from '../../../src/core/model';

const person = (name: string, initials: string): Attendee => ({
  name,
  capacity: '',
  initials,
  status: 'present',
});

describe('suggestInitials', () => {
  it.each([
    ['Jackie Irvin', 'JI'],
    ['jackie irvin', 'JI'],
    ['Mary-Jane Smith', 'MJS'],
    ['  Thom   Dancox ', 'TD'],
    ['Pippa Mills (CC)', 'PM'],
    ['Élodie Ørsted', 'ÉØ'],
    ['Dr Jane Smith', 'JS'],
    ['PC Ada Lowe', 'AL'],
    ['Anna van der Berg', 'AB'],
    ['Mary\u2011Jane Kowalczyk', 'MJK'],
    ['County Cllr B Marsh', 'BM'],
    ['', ''],
    ['123 !!', ''],
  ])('"%s" gives "%s"', (name, expected) => {
    expect(suggestInitials(name)).toBe(expected);
  });
});

describe('suggestUniqueInitials', () => {
  it('keeps the plain suggestion when it is free', () => {
    expect(suggestUniqueInitials('Jackie Irvin', ['CP'])).toBe('JI');
  });
  it('adds letters of the surname when the initials are taken, ignoring case', () => {
    expect(suggestUniqueInitials('Jackie Irvin', ['ji'])).toBe('JIR');
    expect(suggestUniqueInitials('Jackie Irvin', ['JI', 'JIR'])).toBe('JIRV');
  });
  it('falls back to a number when the surname runs out', () => {
    expect(suggestUniqueInitials('Jo Ox', ['JO', 'JOX'])).toBe('JO2');
  });
});

describe('findInitialsClashes', () => {
  it('names the earlier attendee who already has the initials', () => {
    const clashes = findInitialsClashes([person('Jackie Irvin', 'JI'), person('John Ingram', 'ji')]);
    expect(clashes).toEqual([
      expect.objectContaining({
        index: 1,
        otherIndex: 0,
        message: "Initials 'ji' are already used by Jackie Irvin",
      }),
    ]);
  });
  it('finds nothing when initials differ or are empty', () => {
    expect(
      findInitialsClashes([person('A B', 'AB'), person('C D', 'CD'), person('E', ''), person('F', '')]),
    ).toEqual([]);
  });
});
