import fc from 'fast-check';
import { Minutes, paragraph, type SourceParagraph } from '../../../src/core/model';
import { readMinutes, readMinutesStrict, textToParagraphs } from '../../../src/core/read';
import { propertyRuns } from '../../support/property';

const arbitraryParagraph: fc.Arbitrary<SourceParagraph> = fc.record({
  index: fc.nat(100000),
  text: fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      'ACTION:',
      'ACTION: JS to',
      'Present:',
      '1.',
      '2.1 ',
      'RESOLVED',
      '(JS) to',
      'Date:',
      '\t',
      '| a |',
    ),
  ),
  style: fc.constantFrom('', 'Title', 'Heading1', 'Heading 2', 'Normal'),
  table: fc.option(fc.record({ table: fc.nat(5), row: fc.nat(20), cell: fc.nat(8) }), { nil: null }),
  contentControl: fc.option(
    fc.record({
      tag: fc.constantFrom(
        'minutebook:header',
        'minutebook:attendance',
        'minutebook:items',
        'minutebook:action',
        'minutebook:actions',
        'other',
      ),
      id: fc.integer(),
      title: fc.string(),
    }),
    { nil: null },
  ),
  part: fc.constantFrom('body', 'header', 'footer'),
});

describe('the reader never throws', () => {
  it('reads any text, as .txt or .md, into valid minutes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const minutes = readMinutesStrict(textToParagraphs(text));
        expect(Minutes.safeParse(minutes).success).toBe(true);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('reads any list of paragraph shapes into valid minutes', () => {
    fc.assert(
      fc.property(fc.array(arbitraryParagraph, { maxLength: 30 }), (paragraphs) => {
        const minutes = readMinutesStrict(paragraphs);
        expect(Minutes.safeParse(minutes).success).toBe(true);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('reads any sequence of minute-like lines without throwing', () => {
    const line = fc.oneof(
      fc.constantFrom(
        'ACTION: ACC Cooper to share VAWG problem profile.',
        'Action: Chief Executive',
        'Present: Jane Smith (JS), Tom Jones',
        '2.1\tHomicide\t',
        '\tName:\tCapacity:',
        'RESOLVED: that the report be noted.',
        'JS to circulate by end of Q3',
        'Date of next meeting:',
        '## Actions',
        '- Sam to chase legal',
      ),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        expect(() => readMinutesStrict(textToParagraphs(lines.join('\n')))).not.toThrow();
      }),
      { numRuns: propertyRuns() },
    );
  });
});

describe('bad input', () => {
  it('reads an empty document as empty minutes', () => {
    expect(readMinutes([])).toMatchObject({ attendees: [], items: [], actions: [], decisions: [] });
    expect(readMinutes(textToParagraphs(''))).toMatchObject({ attendees: [], items: [], actions: [] });
  });

  it('reads a document that is only tables', () => {
    const minutes = readMinutes(textToParagraphs('a\tb\tc\n\t\t\n1\t\t\n|x|y|\n|---|---|\n| | |'));
    expect(Minutes.safeParse(minutes).success).toBe(true);
  });

  it('reads a 100,000-character paragraph and still finds the action at its end', () => {
    const long = `${'The PCC asked about performance and the CC answered at length. '.repeat(1600)}ACTION: JS to reply.`;
    expect(long.length).toBeGreaterThan(100000);
    const minutes = readMinutes([
      paragraph(0, 'Present: Jane Smith (JS)'),
      paragraph(1, '1. Business'),
      paragraph(2, long),
    ]);
    expect(minutes.actions.map((a) => a.owner)).toEqual(['JS']);
  });

  it('reads control characters without being confused by them', () => {
    const minutes = readMinutes([
      paragraph(0, 'ACTION:\u0000 JS\u0007 to\u000b reply\u001f.'),
      paragraph(1, '\u0000\u0001\u0002'),
    ]);
    expect(minutes.actions[0]).toMatchObject({ owner: 'JS', text: 'reply' });
  });

  it('reads mixed scripts (right-to-left, CJK, emoji)', () => {
    const minutes = readMinutes(
      textToParagraphs(
        'محضر الاجتماع 会议纪要 📝\nPresent: Zhang Wei (ZW), أحمد علي\n1. 预算\nACTION: ZW to 翻译 the paper 🙂.',
      ),
    );
    expect(minutes.actions[0]).toMatchObject({ owner: 'ZW', text: '翻译 the paper 🙂' });
    expect(minutes.actions[0]!.owners.map((o) => o.name)).toEqual(['Zhang Wei']);
  });

  it('does not throw on things that are not paragraphs at all', () => {
    expect(() => readMinutes([null, 7, { text: 3 }] as unknown as SourceParagraph[])).not.toThrow();
    expect(() => readMinutes(undefined as unknown as SourceParagraph[])).not.toThrow();
  });

  // Shapes that make careless regular expressions backtrack for minutes; each must read like any other text.
  it.each([
    ['a long run then a full stop', `${'a'.repeat(50000)}.b`],
    ['a marker followed by many capitals', `ACTION: ${'A '.repeat(30000)}`],
    ['many opening brackets', `${'('.repeat(20000)}JS) to reply`],
    ['a long owner-like run', `for the ${'Jane '.repeat(20000)}to go`],
    ['a long attendance list', `Present: ${'Ann Lee, '.repeat(5000)}`],
    ['"Action" repeated', 'Action Action Action '.repeat(5000)],
    ['many dashes', ' - '.repeat(30000)],
    ['a long apologies sentence', `Apologies were received from ${'Ann Lee and '.repeat(3000)}`],
  ])('reads %s', (_name, text) => {
    const minutes = readMinutesStrict([paragraph(0, 'Present: Jane Smith (JS)'), paragraph(1, text)]);
    expect(Minutes.safeParse(minutes).success).toBe(true);
    expect(Minutes.safeParse(readMinutesStrict(textToParagraphs(text))).success).toBe(true);
  });
});
