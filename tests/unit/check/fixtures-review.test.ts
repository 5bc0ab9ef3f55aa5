import { checkMinutes } from '../../../src/core/check';
import type { Minutes } from '../../../src/core/model';
import { textToParagraphs } from '../../../src/core/read';
import { review } from '../../../src/core/review';
import { loadFixtures } from '../../support/accuracy';

const fixtures = loadFixtures();

describe('review() on the labelled minutes in other styles (tests/fixtures/minutes)', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: errors only where its labels expect them',
    (_name, fixture) => {
      const { problems } = review(textToParagraphs(fixture.text));
      const errors = problems.filter((p) => p.severity === 'error');
      const expected = fixture.labels.expectedErrors ?? [];
      expect(errors.filter((p) => !expected.includes(p.rule)).map((p) => `${p.rule}: ${p.message}`)).toEqual(
        [],
      );
      // An expected error that is no longer reported means the label is stale: remove it.
      for (const rule of expected) expect(errors.map((p) => p.rule)).toContain(rule);
    },
  );

  it('the check reads action markers as the reader did, whether it kept them or reads the text again', () => {
    for (const fixture of fixtures) {
      const paragraphs = textToParagraphs(fixture.text);
      const { minutes, problems } = review(paragraphs);
      // A copy of the minutes carries nothing the reader kept beside them: the rule reads the paragraphs.
      const copy = JSON.parse(JSON.stringify(minutes)) as Minutes;
      const markerFindings = (list: typeof problems) =>
        list.filter((p) => p.rule === 'action-marker-nonstandard').map((p) => p.message);
      expect([fixture.name, markerFindings(checkMinutes(copy, paragraphs))]).toEqual([
        fixture.name,
        markerFindings(problems),
      ]);
    }
  });

  it('some fixture uses a non-standard marker, so the comparison above compares findings', () => {
    const withFindings = fixtures.filter((f) =>
      review(textToParagraphs(f.text)).problems.some((p) => p.rule === 'action-marker-nonstandard'),
    );
    expect(withFindings.length).toBeGreaterThan(3);
  });
});
