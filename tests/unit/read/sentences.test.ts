import fc from 'fast-check';
import { sentences, sentencesHolding } from '../../../src/core/read/sentences';
import { JOINING_WORD_ANYWHERE } from '../../../src/core/read/suggestions';
import { propertyRuns } from '../../support/property';

// What findSuggestion first asks of a sentence; sentencesHolding must never drop a sentence that has it.
const MAYBE_SUGGESTION = /\s(?:to|will|would)\s/;

// Text made of the pieces that matter here: joining words, sentence marks and spaces, in any order.
const prose = fc
  .array(
    fc.constantFrom('to', 'will', 'would', 'go', 'Tom', '.', ';', '!', '?', ' ', '  ', '\t', 'x.', 'to.'),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''));

describe('sentences', () => {
  it('cut after each mark that a space follows, the mark kept with its sentence', () => {
    expect(sentences('One. Two!  Three? Four; five')).toEqual(['One.', 'Two!', 'Three?', 'Four;', 'five']);
    expect(sentences('No break.Here. ')).toEqual(['No break.Here.', '']);
  });

  it('with a joining word: only those sentences, each once, in order', () => {
    const text = 'The Chair opened. JS to circulate the paper. Noted; TJ will report and then to send it.';
    expect(sentencesHolding(text, JOINING_WORD_ANYWHERE)).toEqual([
      'JS to circulate the paper.',
      'TJ will report and then to send it.',
    ]);
    expect(sentencesHolding('Nothing here. Or here.', JOINING_WORD_ANYWHERE)).toEqual([]);
  });

  it('with a joining word: every sentence a suggestion could come from, and no other text', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const all = sentences(text);
        const holding = sentencesHolding(text, JOINING_WORD_ANYWHERE);
        const needed = all.filter((s) => MAYBE_SUGGESTION.test(s.trim()));
        // In order, drawn from the same cuts…
        let at = 0;
        for (const s of holding) {
          while (at < all.length && all[at] !== s) at += 1;
          expect(at).toBeLessThan(all.length);
          at += 1;
        }
        // …and none of the needed ones left out.
        for (const s of needed) expect(holding).toContain(s);
      }),
      { numRuns: propertyRuns(500) },
    );
  });
});
