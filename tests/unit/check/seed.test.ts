import { textToParagraphs } from '../../../src/core/read/text';
import { review } from '../../../src/core/review';
import { readSeedText } from '../../support/seed';

/** The model document: what a reviewer handed these minutes must be told, and must not be told. */
describe('review of the model document', () => {
  const { minutes, problems } = review(textToParagraphs(readSeedText()));
  const of = (rule: string) => problems.filter((p) => p.rule === rule);

  it('finds the non-standard ACTION- marker, once, on the DCC action', () => {
    const found = of('action-marker-nonstandard');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/'ACTION-'.*'ACTION: DCC to …'/);
    const dccAction = minutes.actions.find((a) => a.marked && a.owner === 'DCC');
    expect(found[0]?.location).toEqual(dccAction?.location);
    expect(found[0]?.location?.excerpt).toMatch(/ACTION- DCC to review/);
  });

  it('finds JI used as a person but not defined, pointing at its first use', () => {
    const found = of('initials-undefined');
    expect(found.map((p) => /'([A-Z]+)'/.exec(p.message)?.[1])).toEqual(['JI']);
    expect(found[0]?.message).toMatch(/used as a person 3 times/); // JI asked, JI clarified, JI asked
    expect(found[0]?.message).toMatch(/Jackie Irvin.*'NN'/);
    expect(found[0]?.location?.excerpt).toMatch(/^JI asked if dip sampling/);
  });

  it('reports no acronym as undefined initials', () => {
    const reported = of('initials-undefined').map((p) => p.message);
    for (const acronym of [
      'VAWG',
      'NPCC',
      'CPD',
      'MIU',
      'HTA',
      'CSP',
      'AOB',
      'SV',
      'DA',
      'HO',
      'APCC',
      'IT',
      'VRR',
    ]) {
      expect(reported.join('\n')).not.toContain(`'${acronym}'`);
    }
  });

  it('finds item 2.7 out of order after item 3', () => {
    expect(of('item-numbering').map((p) => p.message)).toContainEqual(
      'Item 2.7 comes after item 3. Move it back under item 2, or renumber it.',
    );
  });

  it('finds no action without an owner and no missing header field', () => {
    expect(of('action-without-owner')).toEqual([]);
    expect(of('header-field-missing')).toEqual([]);
  });

  it('raises no other error or warning (no false alarms on a real document)', () => {
    const alarms = problems.filter((p) => p.severity !== 'info').map((p) => p.rule);
    expect(alarms.sort()).toEqual(['action-marker-nonstandard', 'initials-undefined', 'item-numbering']);
  });

  it('suggests the CC’s outstanding digital strategy action from the prose', () => {
    expect(
      of('unmarked-action')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/Pippa Mills.*digital strategy/);
  });
});
