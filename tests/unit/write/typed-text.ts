import fc from 'fast-check';

/** Characters that may sit inside a name or title: markup characters, emoji, RTL text, stray controls. */
export const AWKWARD_IN_NAMES = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '😀',
  '👩🏽‍⚖️',
  'שלום',
  'مرحبا',
  '\u0001',
  '\u001F',
  '\uFFFF',
  '\uD800',
];

/** Pieces of text people type (or paste) that are hard on XML, line breaks and tabs included. */
const AWKWARD = [
  ...AWKWARD_IN_NAMES,
  ...[
    '&amp;',
    ']]>',
    '\u200F',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '\v',
    '\u2028',
    '\u2029',
    '\u0000',
    '\f',
    '\uFFFE',
    '\uDC00',
    '\u0085',
    ' ',
    '  ',
  ],
];

/** Any text a person can type, biased towards the awkward cases. */
export const typedText = (maxLength = 12): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...AWKWARD),
        fc.string({ unit: 'binary', maxLength: 4 }),
        fc.string({ maxLength: 6 }),
      ),
      {
        maxLength,
      },
    )
    .map((pieces) => pieces.join(''));
