import fc from 'fast-check';
import { propertyRuns } from '../support/property';
import { escapeForWordSearch, WORD_SEARCH_LIMIT } from '../../src/word/search-text';
import { findInParagraph } from '../word-host/search';

describe('escapeForWordSearch', () => {
  test.each([
    ['a caret is doubled', 'Cost ^ 2', 'Cost ^^ 2'],
    ['a tab becomes ^t', 'No.\tItem', 'No.^tItem'],
    ['a manual line break becomes ^l', 'Line one\vline two', 'Line one^lline two'],
    ['a non-breaking space becomes ^s', '10\u00a0am', '10^sam'],
    ['a non-breaking hyphen becomes ^~', 'co\u2011operate', 'co^~operate'],
    ['an optional hyphen becomes ^-', 'co\u00adoperate', 'co^-operate'],
    ['text stops at a paragraph mark', 'first\rsecond', 'first'],
    ['wildcard characters stay literal (wildcards are off)', 'What? *All* [x]', 'What? *All* [x]'],
    ['a lone surrogate is left out', 'a\ud800b', 'ab'],
  ])('%s', (_what, text, expected) => {
    expect(escapeForWordSearch(text)).toBe(expected);
  });

  test('long text is cut to 255 characters', () => {
    expect(escapeForWordSearch('a'.repeat(300))).toHaveLength(WORD_SEARCH_LIMIT);
  });

  test('the cut never splits an escape', () => {
    const out = escapeForWordSearch('a'.repeat(254) + '^bc');
    expect(out).toBe('a'.repeat(254));
  });

  test('the cut never splits a surrogate pair', () => {
    const out = escapeForWordSearch('a'.repeat(254) + '😀');
    expect(out).toBe('a'.repeat(254));
  });

  test.each([
    ['Cost ^ 2\tagreed (see ^p)'],
    ['10\u00a0am: co\u2011operate with AOB?'],
    ['ACTION – DCC to review *all* items'],
  ])('what it makes finds the original text with Word search rules: %s', (text) => {
    expect(findInParagraph(`Before. ${text} After.`, escapeForWordSearch(text), true)).toEqual([text]);
  });
});

describe('escapeForWordSearch for any text', () => {
  const typed = fc.string({
    unit: fc.constantFrom('a', 'B', ' ', '^', '\t', '\v', '\u00a0', '\u2011', '\u00ad', '?', '*', '😀', 'é'),
    maxLength: 300,
  });

  test('is never longer than 255 characters and never refused by Word search rules', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const query = escapeForWordSearch(text);
        expect(query.length).toBeLessThanOrEqual(WORD_SEARCH_LIMIT);
        if (query !== '') expect(() => findInParagraph(text, query, true)).not.toThrow();
      }),
      { numRuns: propertyRuns() },
    );
  });

  test('finds the start of the text it was made from', () => {
    fc.assert(
      fc.property(typed, (text) => {
        const query = escapeForWordSearch(text);
        if (query === '') return;
        const hits = findInParagraph(text, query, true);
        expect(text.startsWith(hits[0] ?? '\u0000')).toBe(true);
      }),
      { numRuns: propertyRuns() },
    );
  });
});
