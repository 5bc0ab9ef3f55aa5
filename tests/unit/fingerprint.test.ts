import { fingerprintOf, sameFingerprint } from '../../src/core/fingerprint';

describe('the document fingerprint', () => {
  test('is the same for the same texts and names the paragraph count', () => {
    expect(fingerprintOf(['a', 'b'])).toEqual(fingerprintOf(['a', 'b']));
    expect(fingerprintOf(['a', 'b']).paragraphs).toBe(2);
    expect(fingerprintOf([]).hash).toMatch(/^[0-9a-f]{8}$/);
  });

  test.each([
    [
      ['ab', 'c'],
      ['a', 'bc'],
    ],
    [['Minutes'], ['Minutes', '']],
    [['Chair: HP'], ['Chair: HQ']],
    [
      ['a', 'b'],
      ['b', 'a'],
    ],
  ])('tells %p from %p', (a, b) => {
    expect(sameFingerprint(fingerprintOf(a), fingerprintOf(b))).toBe(false);
  });
});
