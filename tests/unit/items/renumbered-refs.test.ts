import { renumberedRefs } from '../../../src/core/items/renumbered-refs';
import type { Action } from '../../../src/core/model/action';

const at = {
  paragraph: 4,
  contentControlId: null,
  excerpt: 'ACTION: BQ',
  occurrence: 0,
  part: 'body' as const,
};
const action = (ref: string | null, text = 'circulate the figures'): Action => ({
  ref,
  item: '3',
  text,
  owner: 'BQ',
  owners: [],
  due: null,
  dueDate: null,
  status: 'Open',
  marked: true,
  location: at,
});

describe('renumberedRefs', () => {
  it('reports a per-item ref naming a renumbered item, and leaves the ref as it is', () => {
    const found = renumberedRefs([action('3-A1'), action('4-A2', 'book the room')], [{ from: '3', to: '4' }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ref: '3-A1', from: '3', to: '4', location: at });
    expect(found[0]!.message).toMatch(/item 3 is now numbered 4.*left as it is/);
  });

  it('says nothing of year refs, refless actions or numbers that did not change', () => {
    expect(
      renumberedRefs(
        [action('17/2022'), action(null), action('2.1-A1')],
        [
          { from: '3', to: '4' },
          { from: '2.1', to: '2.1' },
        ],
      ),
    ).toEqual([]);
  });
});
