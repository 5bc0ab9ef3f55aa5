import type { Problem, Severity } from '../../../core/model';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Group headings say the severity in words, never by colour alone. */
export const SEVERITY_HEADING: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

export function countWords(counts: Record<Severity, number>): string {
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return [
    part(counts.error, 'error', 'errors'),
    part(counts.warning, 'warning', 'warnings'),
    part(counts.info, 'note', 'notes'),
  ].join(', ');
}

export function groupBySeverity(problems: readonly Problem[]): Record<Severity, Problem[]> {
  const groups: Record<Severity, Problem[]> = { error: [], warning: [], info: [] };
  for (const p of problems) groups[p.severity].push(p);
  return groups;
}
