import type { BenchResults, Figure } from './results';

/**
 * A bound for one figure (in `unit`): a ceiling (`value` may not exceed `max`), a floor (`value` may not fall
 * below `min`: accuracy figures), or both. A budget with neither is a mistake in budgets.json and fails.
 */
export interface Budget {
  max?: number;
  min?: number;
  unit: string;
  reason: string;
}

export type Budgets = Record<string, Budget>;

/** A figure outside its budget: over `max`, or (when `min` is set here) under `min`. */
export interface Exceeded {
  id: string;
  label: string;
  value: number;
  max?: number;
  min?: number;
  unit: string;
}

export interface BudgetCheck {
  exceeded: Exceeded[];
  /** Budgets with no figure in the results: unverified, so they fail the check too. */
  missing: string[];
  /** Budgets whose figure is in another unit, or with no bound: a mistake in budgets.json or in a measure. */
  unitMismatch: string[];
  ok: boolean;
}

/** Compares figures with budgets; pure, so the check can be tested without running the benchmarks. */
export function compareWithBudgets(results: Pick<BenchResults, 'figures'>, budgets: Budgets): BudgetCheck {
  const byId = new Map<string, Figure>(results.figures.map((f) => [f.id, f]));
  const exceeded: Exceeded[] = [];
  const missing: string[] = [];
  const unitMismatch: string[] = [];
  for (const [id, budget] of Object.entries(budgets)) {
    const figure = byId.get(id);
    if (!figure) missing.push(id);
    else if (figure.unit !== budget.unit)
      unitMismatch.push(`${id}: figure in ${figure.unit}, budget in ${budget.unit}`);
    else if (budget.max === undefined && budget.min === undefined)
      unitMismatch.push(`${id}: the budget gives neither max nor min`);
    else if (budget.max !== undefined && !(figure.value <= budget.max)) {
      exceeded.push({ id, label: figure.label, value: figure.value, max: budget.max, unit: budget.unit });
    } else if (budget.min !== undefined && !(figure.value >= budget.min)) {
      exceeded.push({ id, label: figure.label, value: figure.value, min: budget.min, unit: budget.unit });
    }
  }
  return {
    exceeded,
    missing,
    unitMismatch,
    ok: exceeded.length + missing.length + unitMismatch.length === 0,
  };
}

const round = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** One line per failure, saying what to look at. */
export function budgetMessages(check: BudgetCheck): string[] {
  return [
    ...check.exceeded.map((e) =>
      e.max !== undefined
        ? `${e.id} (${e.label}): ${round(e.value)} ${e.unit}, over the budget of ${round(e.max)} ${e.unit} by ${round(e.value - e.max)} ${e.unit}`
        : `${e.id} (${e.label}): ${round(e.value)} ${e.unit}, under the floor of ${round(e.min ?? 0)} ${e.unit} by ${round((e.min ?? 0) - e.value)} ${e.unit}`,
    ),
    ...check.missing.map(
      (id) => `${id}: no figure measured for this budget (did its measure fail or get renamed?)`,
    ),
    ...check.unitMismatch,
  ];
}
