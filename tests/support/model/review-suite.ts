import { textToParagraphs } from '../../../src/core/read/text';
import { review } from '../../../src/core/review';
import type { ModelExpectations } from './expectations';

/** What a reviewer handed a model meeting must be told, and must not be told (see expectations.ts). */
export function describeModelReview(name: string, expected: ModelExpectations): void {
  const { minutes, problems } = review(textToParagraphs(expected.text));
  const of = (rule: string) => problems.filter((p) => p.rule === rule);

  describe(`review of ${name}`, () => {
    it('finds the non-standard marker, once, on the malformed action', () => {
      const found = of('action-marker-nonstandard');
      expect(found).toHaveLength(1);
      const { marker, owner, excerpt } = expected.malformed;
      expect(found[0]?.message).toContain(`'${marker}'`);
      expect(found[0]?.message).toContain(`'ACTION: ${owner} to …'`);
      const action = minutes.actions.find((a) => a.marked && a.owner === owner);
      expect(found[0]?.location).toEqual(action?.location);
      expect(found[0]?.location?.excerpt).toMatch(excerpt);
    });

    it('finds initials used as a person but not defined, pointing at their first use', () => {
      const found = of('initials-undefined');
      const { initials, times, definedAs, firstUse } = expected.undefinedInitials;
      expect(found.map((p) => /'([A-Z]+)'/.exec(p.message)?.[1])).toEqual([initials]);
      expect(found[0]?.message).toContain(`used as a person ${times} times`);
      expect(found[0]?.message).toMatch(definedAs);
      expect(found[0]?.location?.excerpt).toMatch(firstUse);
    });

    it('reports no acronym as undefined initials', () => {
      const reported = of('initials-undefined')
        .map((p) => p.message)
        .join('\n');
      for (const acronym of expected.acronyms) expect(reported).not.toContain(`'${acronym}'`);
    });

    it('finds the item out of order', () => {
      expect(of('item-numbering').map((p) => p.message)).toContainEqual(expected.outOfOrder);
    });

    it('finds no action without an owner and no missing header field', () => {
      expect(of('action-without-owner')).toEqual([]);
      expect(of('header-field-missing')).toEqual([]);
    });

    it('raises no other error or warning (no false alarms)', () => {
      const alarms = problems.filter((p) => p.severity !== 'info').map((p) => p.rule);
      expect(alarms.sort()).toEqual(['action-marker-nonstandard', 'initials-undefined', 'item-numbering']);
    });

    it('suggests the prose action', () => {
      expect(
        of('unmarked-action')
          .map((p) => p.message)
          .join('\n'),
      ).toMatch(expected.suggestion.message);
    });
  });
}
