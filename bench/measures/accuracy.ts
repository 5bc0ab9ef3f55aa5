import { join } from 'node:path';
import { scoreAllFixtures } from '../../tests/support/accuracy';
import type { Figure } from '../results';

const percent = (ratio: number) => Math.round(ratio * 1000) / 10;

/** The reader's precision and recall on the labelled fixtures (tests/fixtures/minutes): for the README. */
export function measureAccuracy(root: string): Figure[] {
  const { totals } = scoreAllFixtures(join(root, 'tests', 'fixtures', 'minutes'));
  const note = `${totals.fixtures} labelled fixtures`;
  return [
    {
      id: 'accuracy.marked.precision',
      label: 'Marked actions: precision',
      value: percent(totals.marked.precision),
      unit: '%',
      note,
    },
    {
      id: 'accuracy.marked.recall',
      label: 'Marked actions: recall',
      value: percent(totals.marked.recall),
      unit: '%',
      note,
    },
    {
      id: 'accuracy.suggestions.precision',
      label: 'Suggestions: precision',
      value: percent(totals.suggestions.precision),
      unit: '%',
      note,
    },
    {
      id: 'accuracy.suggestions.recall',
      label: 'Suggestions: recall',
      value: percent(totals.suggestions.recall),
      unit: '%',
      note,
    },
    {
      id: 'accuracy.owners',
      label: 'Matched actions whose owners resolve right',
      value: percent(totals.ownersResolved),
      unit: '%',
      note,
    },
    {
      id: 'accuracy.decisions',
      label: 'Decisions found / labelled',
      value: totals.decisions.found,
      unit: 'decisions',
      note: `${totals.decisions.found} found of ${totals.decisions.labelled} labelled`,
    },
  ];
}
