import type { Budgets } from './budgets';
import type { Figure } from './results';

/** A number as the table shows it: thousands separated, decimals only where they matter. */
export function formatValue(value: number, unit: string): string {
  if (Number.isNaN(value)) return 'n/a';
  const digits = unit === '×' ? 2 : unit === 'ms' && value < 100 ? 1 : unit === '%' ? 1 : 0;
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The benchmark table: figure, median/value, min–max over the runs, budget and verdict, note. */
export function formatTable(figures: readonly Figure[], budgets: Budgets): string {
  const rows = figures.map((f) => {
    const budget = budgets[f.id];
    const over = budget?.max !== undefined && !(f.value <= budget.max);
    const under = budget?.min !== undefined && !(f.value >= budget.min);
    const verdict = over ? 'OVER' : under ? 'UNDER' : 'ok';
    const bounds = budget
      ? [
          budget.min !== undefined ? `≥ ${formatValue(budget.min, budget.unit)}` : '',
          budget.max !== undefined ? `≤ ${formatValue(budget.max, budget.unit)}` : '',
        ]
          .filter(Boolean)
          .join(' ')
      : '';
    return [
      f.label,
      `${formatValue(f.value, f.unit)} ${f.unit}`,
      f.min !== undefined && f.max !== undefined
        ? `${formatValue(f.min, f.unit)}–${formatValue(f.max, f.unit)} (${f.runs} runs)`
        : '',
      budget ? `${bounds} ${verdict}` : '',
      f.note ?? '',
    ];
  });
  const head = ['Measure', 'Median / value', 'Min–max', 'Budget', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
