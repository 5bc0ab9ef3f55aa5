import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetMessages, compareWithBudgets, type Budgets } from '../../bench/budgets';
import type { Figure } from '../../bench/results';

const budgets: Budgets = {
  'review.30000': { max: 100, unit: 'ms', reason: 'issue 3' },
  'cli.ratioToMammoth': { max: 0.5, unit: '×', reason: 'issue 7' },
  'bundle.initial': { max: 167208, unit: 'bytes', reason: 'issue 8' },
};

const figure = (id: string, value: number, unit: string): Figure => ({
  id,
  label: `label of ${id}`,
  value,
  unit,
});
/** The three budgeted figures at the given values, checked against the budgets above. */
const checkThree = (review: number, ratio: number, bundle: number) =>
  compareWithBudgets(
    {
      figures: [
        figure('review.30000', review, 'ms'),
        figure('cli.ratioToMammoth', ratio, '×'),
        figure('bundle.initial', bundle, 'bytes'),
      ],
    },
    budgets,
  );

describe('compareWithBudgets', () => {
  test('figures at or under their budgets pass, and figures with no budget are ignored', () => {
    const check = compareWithBudgets(
      {
        figures: [
          figure('review.30000', 99.9, 'ms'),
          figure('cli.ratioToMammoth', 0.5, '×'),
          figure('bundle.initial', 167208, 'bytes'),
          figure('export.xlsx', 5000, 'ms'),
        ],
      },
      budgets,
    );
    expect(check).toEqual({ exceeded: [], missing: [], unitMismatch: [], ok: true });
    expect(budgetMessages(check)).toEqual([]);
  });

  test('every exceeded budget is named with its figure, its ceiling and by how much it is over', () => {
    const check = checkThree(140, 0.75, 185888);
    expect(check.ok).toBe(false);
    expect(check.exceeded.map((e) => e.id)).toEqual(['review.30000', 'cli.ratioToMammoth', 'bundle.initial']);
    const messages = budgetMessages(check);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toBe(
      'review.30000 (label of review.30000): 140 ms, over the budget of 100 ms by 40 ms',
    );
    expect(messages[1]).toContain('0.75 ×, over the budget of 0.50 × by 0.25 ×');
    expect(messages[2]).toContain('by 18680 bytes');
  });

  test('one figure over among others within names only that one', () => {
    const check = checkThree(50, 0.51, 1);
    expect(check.exceeded.map((e) => e.id)).toEqual(['cli.ratioToMammoth']);
  });

  test('a budget with no figure, or a figure that is not a number, fails rather than passing unverified', () => {
    const check = compareWithBudgets(
      { figures: [figure('review.30000', Number.NaN, 'ms'), figure('bundle.initial', 10, 'bytes')] },
      budgets,
    );
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(['cli.ratioToMammoth']);
    expect(check.exceeded.map((e) => e.id)).toEqual(['review.30000']);
    expect(budgetMessages(check).join('\n')).toContain('cli.ratioToMammoth: no figure measured');
  });

  test('a figure in another unit than its budget is reported, not compared', () => {
    const check = compareWithBudgets(
      { figures: [figure('review.30000', 0.05, 's')] },
      {
        'review.30000': budgets['review.30000']!,
      },
    );
    expect(check.ok).toBe(false);
    expect(check.exceeded).toEqual([]);
    expect(check.unitMismatch).toEqual(['review.30000: figure in s, budget in ms']);
  });
});

describe('compareWithBudgets with floors (min)', () => {
  const floors: Budgets = {
    'corpus.allRecall': { min: 40, unit: '%', reason: 'floor at the reached figure' },
    'corpus.header': { min: 45, max: 100, unit: '%', reason: 'floor and a ceiling' },
    'corpus.falseFindings.item-numbering': { max: 41, unit: 'findings', reason: 'may not rise' },
  };

  test('figures at or above their floors pass', () => {
    const check = compareWithBudgets(
      {
        figures: [
          figure('corpus.allRecall', 40, '%'),
          figure('corpus.header', 52.5, '%'),
          figure('corpus.falseFindings.item-numbering', 41, 'findings'),
        ],
      },
      floors,
    );
    expect(check).toEqual({ exceeded: [], missing: [], unitMismatch: [], ok: true });
  });

  test('a figure under its floor fails, named with the floor and by how much it is under', () => {
    const check = compareWithBudgets(
      {
        figures: [
          figure('corpus.allRecall', 37.5, '%'),
          figure('corpus.header', 101, '%'),
          figure('corpus.falseFindings.item-numbering', 42, 'findings'),
        ],
      },
      floors,
    );
    expect(check.ok).toBe(false);
    expect(check.exceeded.map((e) => [e.id, e.min, e.max])).toEqual([
      ['corpus.allRecall', 40, undefined],
      ['corpus.header', undefined, 100],
      ['corpus.falseFindings.item-numbering', undefined, 41],
    ]);
    expect(budgetMessages(check)[0]).toBe(
      'corpus.allRecall (label of corpus.allRecall): 37.50 %, under the floor of 40 % by 2.50 %',
    );
  });

  test('a figure that is not a number fails a floor too, and a budget with no bound is a mistake', () => {
    const check = compareWithBudgets(
      { figures: [figure('corpus.allRecall', Number.NaN, '%'), figure('corpus.header', 50, '%')] },
      {
        'corpus.allRecall': floors['corpus.allRecall']!,
        'corpus.header': { unit: '%', reason: 'forgot the bound' },
      },
    );
    expect(check.exceeded.map((e) => e.id)).toEqual(['corpus.allRecall']);
    expect(check.unitMismatch).toEqual(['corpus.header: the budget gives neither max nor min']);
  });
});

describe('bench/budgets.json', () => {
  const file = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'bench', 'budgets.json'), 'utf8'),
  ) as Budgets;

  test('holds the budgets the issues set, each with a unit and a reason', () => {
    expect(file['review.30000']).toMatchObject({ max: 100, unit: 'ms' });
    expect(file['cli.ratioToMammoth']).toMatchObject({ max: 0.5, unit: '×' });
    expect(file['bundle.initial']).toMatchObject({ max: 167208, unit: 'bytes' });
    expect(file['roundTrips.insertBlock']).toMatchObject({ max: 2 });
    expect(file['roundTrips.insertAction']).toMatchObject({ max: 2 });
    expect(file['roundTrips.read']).toMatchObject({ max: 2 });
    expect(file['roundTrips.goToFirst']).toMatchObject({ max: 1 });
    expect(file['roundTrips.goTo']).toMatchObject({ max: 2 });
    expect(file['roundTrips.export']).toMatchObject({ max: 0 });
    for (const [id, budget] of Object.entries(file)) {
      expect({
        id,
        bound: typeof budget.max === 'number' || typeof budget.min === 'number',
        unit: budget.unit.length > 0,
        reason: budget.reason.length > 10,
      }).toEqual({ id, bound: true, unit: true, reason: true });
    }
  });
});
