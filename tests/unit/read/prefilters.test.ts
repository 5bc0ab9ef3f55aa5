import { paragraph } from '../../../src/core/model/paragraph';
import { readMinutes } from '../../../src/core/read';
import { findDue } from '../../../src/core/read/due';
import { MAYBE_DUE } from '../../../src/core/read/due';
import { PIECE_PRE_FILTER } from '../../../src/core/read/extract';
import { readLabel } from '../../../src/core/read/header';
import { capitalForms, caseForms } from '../../../src/core/read/lexicon/build';
import { DUE_LABELS, END_OF_PERIODS, PERIOD_UNITS, SOON_WORDS } from '../../../src/core/read/lexicon/due';
import { HEADER_LABELS } from '../../../src/core/read/lexicon/header';
import { COLON_MARKERS, MARKER_WORDS } from '../../../src/core/read/lexicon/markers';
import { DONE_WORDS, IN_PROGRESS_WORDS } from '../../../src/core/read/lexicon/status';
import { SUGGESTION_JOINS } from '../../../src/core/read/lexicon/suggestions';
import { MAYBE_MARKER } from '../../../src/core/read/markers';
import { buildPreFilter } from '../../../src/core/read/prefilter';
import { FILTERED_LINE_RECOGNISERS, READ_PRE_FILTER } from '../../../src/core/read/read-filter';
import { ALL_RECOGNISERS, suggestion } from '../../../src/core/read/recognisers';
import { LINE_RECOGNISERS } from '../../../src/core/read/recognisers/structure';
import { statusOf } from '../../../src/core/read/status';
import { JOINING_WORD_ANYWHERE, OWNER_BEFORE_JOIN } from '../../../src/core/read/suggestions';

/** Whether the filter in front of a recogniser lets this text through to it. */
function passes(recogniser: (typeof ALL_RECOGNISERS)[number], text: string): boolean {
  if (recogniser === suggestion) {
    JOINING_WORD_ANYWHERE.lastIndex = 0;
    return JOINING_WORD_ANYWHERE.test(text);
  }
  const bit = PIECE_PRE_FILTER.bit(recogniser);
  return bit === 0 || (PIECE_PRE_FILTER.scan(text) & bit) !== 0;
}

describe('the pre-filters are built from the lexicon and drop nothing a recogniser reads', () => {
  const triggers = ALL_RECOGNISERS.flatMap((r) => r.triggers.map((t) => [r.id, t, r] as const));
  it.each(triggers)('%s: the pre-filter lets "%s" through', (_, trigger, recogniser) => {
    expect(passes(recogniser, `The board ${trigger} noted it.`)).toBe(true);
  });

  const positives = ALL_RECOGNISERS.flatMap((r) =>
    r.examples
      .filter((e) => e.gives !== null && typeof e.given === 'string')
      .map((e) => [r.id, e.given as string, r] as const),
  );
  it.each(positives)('%s: every example it reads passes its pre-filter: %s', (_, given, recogniser) => {
    expect(passes(recogniser, given)).toBe(true);
  });

  it('a paragraph without any trigger skips every filtered recogniser', () => {
    expect(PIECE_PRE_FILTER.scan('The committee noted the quarterly report with satisfaction.')).toBe(0);
  });

  it('the marker grammar’s own quick test accepts every marker word and colon marker', () => {
    for (const word of MARKER_WORDS)
      for (const form of caseForms(word)) expect(MAYBE_MARKER.test(form)).toBe(true);
    for (const { word } of COLON_MARKERS) expect(MAYBE_MARKER.test(`${word}:`)).toBe(true);
  });

  it('the due quick test accepts every due word, and the due is then read', () => {
    for (const word of [...DUE_LABELS, ...SOON_WORDS, ...PERIOD_UNITS, ...END_OF_PERIODS])
      expect(MAYBE_DUE.test(word)).toBe(true);
    for (const label of DUE_LABELS)
      expect(findDue(`${label}: 30 June 2025`, null, null)?.dueDate).toBe('2025-06-30');
  });

  it.each(HEADER_LABELS.flatMap(([field, labels]) => labels.map((label) => [label, field] as const)))(
    'the header label "%s" is read as %s',
    (label, field) => {
      expect(readLabel(`${caseForms(label)[1]}: Tuesday 4 October`, false)?.field).toBe(field);
    },
  );

  it('every status word is read as the status it names', () => {
    for (const word of DONE_WORDS) expect(statusOf(`Circulate the paper – ${word}`)).toBe('Done');
    for (const word of IN_PROGRESS_WORDS)
      expect(statusOf(`Circulate the paper – ${word}`)).toBe('In progress');
  });

  it('every suggestion join holds the joining word it is filed under', () => {
    for (const [word, joins] of Object.entries(SUGGESTION_JOINS))
      for (const join of joins) expect(join.split(' ')).toContain(word);
  });

  it('capital forms of decision labels reach the decision-label recogniser', () => {
    const label = ALL_RECOGNISERS.find((r) => r.id === 'decision-label')!;
    for (const form of capitalForms(['resolved', 'decision'])) expect(passes(label, `${form}:`)).toBe(true);
  });
});

describe("pass one's filtered line recognisers: the same pre-filter drops no line they read", () => {
  const lineBit = (r: { triggers: readonly string[] }) => READ_PRE_FILTER.bit(r);
  const passesLine = (r: { triggers: readonly string[] }, text: string) =>
    (READ_PRE_FILTER.scan(text) & lineBit(r)) !== 0;

  it('each filtered recogniser has triggers and a bit of its own; the others are never skipped', () => {
    const bits = FILTERED_LINE_RECOGNISERS.map(lineBit);
    expect(bits.every((bit) => bit !== 0)).toBe(true);
    expect(new Set(bits).size).toBe(bits.length);
    const filtered = new Set<unknown>(FILTERED_LINE_RECOGNISERS);
    for (const r of LINE_RECOGNISERS.filter((r) => !filtered.has(r))) expect(lineBit(r)).toBe(0);
  });

  const triggers = FILTERED_LINE_RECOGNISERS.flatMap((r) => r.triggers.map((t) => [r.id, t, r] as const));
  it.each(triggers)('%s: the pre-filter lets "%s" through', (_, trigger, recogniser) => {
    expect(passesLine(recogniser, `- ${caseForms(trigger)[1]}: Ann Lee`)).toBe(true);
  });

  const positives = FILTERED_LINE_RECOGNISERS.flatMap((r) =>
    (r.examples as readonly { given: unknown; gives: unknown }[])
      .filter((e) => e.gives !== null && typeof e.given === 'string')
      .map((e) => [r.id, e.given as string, r] as const),
  );
  it.each(positives)('%s: every example it reads passes the pre-filter: %s', (_, given, recogniser) => {
    expect(passesLine(recogniser, given)).toBe(true);
  });

  it('a line of prose without their words skips them all', () => {
    const text = 'The committee noted the quarterly report with satisfaction.';
    for (const r of FILTERED_LINE_RECOGNISERS) expect(passesLine(r, text)).toBe(false);
  });
});

describe('a marker added to the lexicon', () => {
  const line = 'PENDING: JS to circulate the paper.';
  const minutesText = [
    'Present: Jane Smith (JS) – Chair; Tom Jones (TJ) – Treasurer',
    '1. Business',
    line,
  ].join('\n');

  it('is not a marker until it is added', () => {
    const { findMarkedActions, readMinutes, textToParagraphs } = jest.requireActual('../../../src/core/read');
    expect(findMarkedActions(line)).toHaveLength(0);
    expect(
      readMinutes(textToParagraphs(minutesText)).actions.filter((a: { marked: boolean }) => a.marked),
    ).toEqual([]);
  });

  it('is found by readMinutes, not only by findMarkedActions: every pre-filter is built from the lexicon', () => {
    jest.isolateModules(() => {
      jest.doMock('../../../src/core/read/lexicon/markers', () => {
        const actual = jest.requireActual('../../../src/core/read/lexicon/markers');
        return { ...actual, COLON_MARKERS: [...actual.COLON_MARKERS, { word: 'PENDING', form: 'ai' }] };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const read = require('../../../src/core/read') as typeof import('../../../src/core/read');
      expect(read.findMarkedActions(line)).toHaveLength(1);
      const minutes = read.readMinutes(read.textToParagraphs(minutesText));
      expect(minutes.actions).toMatchObject([{ owner: 'JS', text: 'circulate the paper', marked: true }]);
    });
  });
});

describe('buildPreFilter: triggers that start with a mark are scanned for apart', () => {
  const aiColon = { triggers: ['ai:'] };
  const colon = { triggers: [':'] };
  const ownerInBrackets = { triggers: [') to '] };
  const agreed = { triggers: ['agreed'] };
  const filter = buildPreFilter([aiColon, colon, ownerInBrackets, agreed]);
  const bits = (...rs: { triggers: string[] }[]) => rs.reduce((all, r) => all | filter.bit(r), 0);

  it('finds a mark that a word trigger ending in it also holds ("AI:" holds ":")', () => {
    expect(filter.scan('AI: JS to book the hall')).toBe(bits(aiColon, colon));
  });

  it('finds word and mark triggers in one text, in any case and spacing', () => {
    expect(filter.scan('Members AGREED the plan (JS)  to  follow up')).toBe(bits(agreed, ownerInBrackets));
  });

  it('finds no mark trigger in text without its first character', () => {
    expect(filter.scan('Members agreed the plan and JS to follow up')).toBe(bits(agreed));
  });
});

describe('the suggestion’s quick test for an owner before its join', () => {
  // The agreed-that recogniser's "… that the Clerk should …" is read by findAgreedShould, which this test is not in front of.
  const found = suggestion.examples
    .filter((e) => e.gives !== null && typeof e.given === 'string')
    .map((e) => e.given as string);
  it.each(found)('lets a sentence the suggestion reads through: %s', (given) => {
    expect(OWNER_BEFORE_JOIN.test(given)).toBe(true);
  });

  // Extract applies it to a paragraph without decision words before cutting it: a sentence's owner and join are
  // in the paragraph too, wherever the sentence stands in it.
  const examples = suggestion.examples.filter((e) => e.gives !== null && typeof e.given === 'string');
  it.each(examples.map((e) => [e.given as string, e.gives] as const))(
    'a suggestion after a sentence without one, in one paragraph, is still read: %s',
    (given, gives) => {
      const minutes = readMinutes(
        [
          'Parish council minutes',
          'Present: Jane Smith (JS), Tom Jones (TJ)',
          '1. Village hall',
          `The board plans to meet in May. ${given}`,
        ].map((text, i) => paragraph(i, text)),
      );
      expect(minutes.actions.filter((a) => !a.marked).map((a) => a.owner)).toEqual([
        (gives as { owner: string }).owner,
      ]);
    },
  );

  it.each([
    ['a join after a lower-case word', 'The board plans to review the budget.', false],
    ['a team before the join', 'Ken and his team will tidy the garden.', true],
    ['"us" before the join', 'Priya asked us to tidy the code.', true],
  ])('%s', (_, sentence, passes) => {
    expect(OWNER_BEFORE_JOIN.test(sentence)).toBe(passes);
  });
});

describe('a sentence recogniser’s test of the whole paragraph (inParagraph)', () => {
  const tested = ALL_RECOGNISERS.filter((r) => r.inParagraph !== undefined);
  const positives = tested.flatMap((r) =>
    r.examples
      .filter((e) => e.gives !== null && typeof e.given === 'string')
      .map((e) => [r.id, e.given as string, r] as const),
  );
  it.each(positives)('%s: a paragraph it reads passes its paragraph test: %s', (_, given, recogniser) => {
    expect(recogniser.inParagraph!(given, false)).toBe(true);
    expect(recogniser.inParagraph!(`The board met on Monday. ${given}`, false)).toBe(true);
  });

  const bareTask = ALL_RECOGNISERS.find((r) => r.id === 'suggestion-bare-task')!;
  it.each([
    ['a task verb inside a sentence opens none', 'The board asked for a plan of the works.', false],
    ['after a bullet and a check box', 'The list: - [ ] Book the hall', true],
    ['after a one-word label', 'Benchmark: Compare the two methods', true],
    ['after a hedge', 'Maybe start on the report', true],
  ])('bare task: %s', (_, text, passes) => {
    expect(bareTask.inParagraph!(text, false)).toBe(passes);
  });

  it('bare task: a table cell is never one (its words belong to the columns)', () => {
    expect(bareTask.inParagraph!('Check the draft', true)).toBe(false);
  });
});
