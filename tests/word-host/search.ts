import { HostError } from './errors';

/**
 * Word's search text (wildcards off): at most 255 characters, `^` starts a special character, everything else
 * is literal. Too long or empty: SearchStringInvalidOrTooLong (Word.ErrorCodes; Body.search's documentation:
 * "The search string can be a maximum of 255 characters"). An unknown `^x` or a lone `^` is refused with the same
 * code (not documented: a question for the in-Word kit).
 */
const CARET_CODES: Record<string, string> = {
  '^': '\\^',
  t: '\\t',
  l: '\\v',
  s: '\\u00a0',
  '~': '\\u2011',
  '-': '\\u00ad',
  '+': '\\u2014',
  '=': '\\u2013',
  '?': '[\\s\\S]',
  '#': '[0-9]',
  $: '[A-Za-z]',
  w: '\\s+',
  p: '\\r', // a paragraph mark never occurs inside one paragraph's text
};

export const WORD_SEARCH_LIMIT = 255;

export function searchPattern(searchText: string, matchCase: boolean): RegExp {
  if (searchText.length === 0 || searchText.length > WORD_SEARCH_LIMIT) {
    throw new HostError(
      'SearchStringInvalidOrTooLong',
      'The search string is empty or longer than 255 characters.',
    );
  }
  let source = '';
  for (let i = 0; i < searchText.length; i++) {
    const ch = searchText[i]!;
    if (ch !== '^') {
      source += ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      continue;
    }
    const code = searchText[i + 1];
    const mapped = code === undefined ? undefined : CARET_CODES[code.toLowerCase()];
    if (mapped === undefined) {
      throw new HostError(
        'SearchStringInvalidOrTooLong',
        `'^${code ?? ''}' is not a Word special character.`,
      );
    }
    source += mapped;
    i += 1;
  }
  return new RegExp(source, matchCase ? 'gu' : 'giu');
}

export function findInParagraph(text: string, searchText: string, matchCase: boolean): string[] {
  return [...text.matchAll(searchPattern(searchText, matchCase))].map((m) => m[0]);
}
