import { flattenItems, type Action, type CheckReport, type Problem } from '../core/model';
import { groupByKind, groupTitle } from '../core/check/group';
import { explain } from '../core/read';
import type { Paint } from './colour';

const EXCERPT = 60;

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > EXCERPT ? `${oneLine.slice(0, EXCERPT - 1)}…` : oneLine;
}

function severityLabel(problem: Problem, p: Paint): string {
  const label = problem.severity.padEnd(7);
  if (problem.severity === 'error') return p.red(label);
  if (problem.severity === 'warning') return p.yellow(label);
  return p.blue(label);
}

function where(problem: Problem): string {
  if (!problem.location) return 'document';
  const part = problem.location.part === 'body' ? '' : `${problem.location.part} `;
  return `${part}¶${problem.location.paragraph + 1}`;
}

function quoted(problem: Problem): string {
  return problem.location?.excerpt ? `  "${excerpt(problem.location.excerpt)}"` : '';
}

function owners(action: Action): string {
  if (action.owner === null) return '(no owner)';
  const resolved = action.owners.map((o) => o.name).join(', ');
  return resolved ? `${action.owner} → ${resolved}` : `${action.owner} (not in attendance)`;
}

/** One file's findings for a person: problems with paragraph and excerpt, then actions and decisions. */
export function formatReport(report: CheckReport, p: Paint): string {
  const lines: string[] = [p.bold(report.file)];
  const title = report.meeting.title || '(no title)';
  lines.push(`  ${title}${report.meeting.date ? `, ${report.meeting.date}` : ''}`);
  lines.push(
    `  ${report.attendees.length} attendees, ${flattenItems(report.items).length} items, ${report.actions.filter((a) => a.marked).length} actions`,
  );
  if (report.problems.length === 0) lines.push('  No problems found.');
  // Findings of one kind are listed once with their places, as the pane shows them.
  for (const kind of groupByKind(report.problems)) {
    const first = kind[0]!;
    if (kind.length === 1) {
      lines.push(
        `  ${severityLabel(first, p)} ${first.rule.padEnd(27)} ${where(first).padEnd(7)} ${first.message}${quoted(first)}`,
      );
      continue;
    }
    lines.push(`  ${severityLabel(first, p)} ${first.rule.padEnd(27)} ${groupTitle(kind)}`);
    for (const problem of kind)
      lines.push(`            ${where(problem).padEnd(7)} ${problem.message}${quoted(problem)}`);
  }
  const marked = report.actions.filter((a) => a.marked);
  const suggested = report.actions.filter((a) => !a.marked);
  lines.push('', `  Actions (${marked.length})`);
  for (const a of marked)
    lines.push(
      `    ${(a.item ?? '-').padEnd(6)} ${owners(a)}: ${excerpt(a.text)}${a.due ? ` (due ${a.due})` : ''}`,
    );
  if (suggested.length > 0) {
    lines.push(`  Suggested actions, not marked (${suggested.length})`);
    for (const a of suggested)
      lines.push(`    ${(a.item ?? '-').padEnd(6)} ${owners(a)}: ${excerpt(a.text)}`);
  }
  lines.push(`  Decisions (${report.decisions.length})`);
  for (const d of report.decisions) lines.push(`    ${(d.item ?? '-').padEnd(6)} ${excerpt(d.text)}`);
  return lines.join('\n') + '\n';
}

/** `--explain`: why each action and attendee was read so, one line each, from the report's trace. */
export function formatExplanation(report: CheckReport): string {
  if (!report.trace) return '';
  const why = explain(report.trace, report);
  const lines = ['', `  Why actions were read so (${why.actions.length})`];
  report.actions.forEach((a, i) =>
    lines.push(`    ${(a.item ?? '-').padEnd(6)} ${excerpt(a.text)}`, `           ${why.actions[i]}`),
  );
  lines.push(`  Why attendees were read so (${why.attendees.length})`);
  for (const line of why.attendees) lines.push(`    ${line}`);
  return lines.join('\n') + '\n';
}

/** The table shown after several files. */
export function formatSummary(reports: readonly CheckReport[], unreadable: number, p: Paint): string {
  const rows = reports.map((r) => {
    const count = (s: Problem['severity']) => r.problems.filter((x) => x.severity === s).length;
    return [
      r.file,
      String(count('error')),
      String(count('warning')),
      String(count('info')),
      String(r.actions.filter((a) => a.marked).length),
    ];
  });
  const header = ['File', 'Errors', 'Warnings', 'Info', 'Actions'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [p.bold(line(header)), ...rows.map(line)];
  out.push(`${reports.length} file(s) checked${unreadable ? `, ${unreadable} unreadable` : ''}.`);
  return out.join('\n') + '\n';
}
