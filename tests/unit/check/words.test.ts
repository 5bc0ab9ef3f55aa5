import { listWords, numberWord, quote, timesWord } from '../../../src/core/check/words';

describe('message wording', () => {
  it('lists names as a sentence does', () => {
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B'])).toBe('A and B');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
  it('writes small counts in words and larger ones in digits', () => {
    expect([numberWord(2), numberWord(10), numberWord(11)]).toEqual(['two', 'ten', '11']);
    expect([timesWord(1), timesWord(2), timesWord(3)]).toEqual(['once', 'twice', '3 times']);
  });
  it('quotes long text cut at a word, with an ellipsis, and short text whole', () => {
    expect(quote('share the  VAWG\tprofile')).toBe('share the VAWG profile');
    const cut = quote('raise with HO/APCC in how we understand the benefit of the grant they receive');
    expect(cut).toBe('raise with HO/APCC in how we understand the benefit of the…');
  });
});
