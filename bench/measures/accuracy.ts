import { join } from 'node:path';
import { scoreAllFixtures } from '../../tests/support/accuracy';
import type { Figure } from '../results';

const percent = (ratio: number) => Math.round(ratio * 1000) / 10;

/** The reader's precision and recall on the labelled fixtures (tests/fixtures/minutes): for the README. */
export function measureAccuracy(root: string): Figure[] {
  // The folder is passed in: compiled into bench/out, the module's own idea of it points inside bench/out.
  const { totals: sum } = scoreAllFixtures(join(root, 'tests', 'fixtures', 'minutes'));
  if (sum.fixtures === 0) throw new Error('No labelled fixtures in tests/fixtures/minutes.');
  const note = `${sum.fixtures} labelled fixtures`;
  const share = (id: string, label: string, ratio: number): Figure => ({
    id,
    label,
    value: percent(ratio),
    unit: '%',
    note,
  });
  return [
    share('accuracy.marked.precision', 'Marked actions: precision', sum.marked.precision),
    share('accuracy.marked.recall', 'Marked actions: recall', sum.marked.recall),
    share('accuracy.suggestions.precision', 'Suggestions: precision', sum.suggestions.precision),
    share('accuracy.suggestions.recall', 'Suggestions: recall', sum.suggestions.recall),
    share('accuracy.owners', 'Matched actions whose owners resolve right', sum.ownersResolved),
    {
      id: 'accuracy.decisions',
      label: 'Decisions found / labelled',
      value: sum.decisions.found,
      unit: 'decisions',
      note: `${sum.decisions.found} found of ${sum.decisions.labelled} labelled`,
    },
  ];
}
