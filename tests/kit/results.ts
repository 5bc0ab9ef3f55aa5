/** What one kit run found, per scenario; what the pane shows, copies as text and posts to `npm run test:word`. */
export type KitStatus = 'passed' | 'failed' | 'not run';

export interface KitResult {
  operation: string;
  name: string;
  status: KitStatus;
  /** Set for a scenario that asks real Word a question the simulated host answers without a source. */
  question?: string;
  syncs: number;
  callbacks: number;
  budget: { syncs: number; callbacks: number };
  /** The operation alone (set-up, read-back and clean-up left out). */
  ms: number;
  /** Why it failed, or why it was not run. */
  problems: string[];
  /** What the run could not observe or build exactly (a pass says nothing about these). */
  notes: string[];
}

export interface KitReport {
  kit: 'minutebook-word-kit';
  /** Office.context.platform and diagnostics as Word reports them, "unknown" when not in Word. */
  platform: string;
  wordVersion: string;
  date: string;
  /** Set when the kit would not run: the open document is not blank. */
  refused: string | null;
  results: KitResult[];
}

export function summary(results: KitResult[]): { passed: number; failed: number; notRun: number } {
  return {
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    notRun: results.filter((r) => r.status === 'not run').length,
  };
}

const MARK: Record<KitStatus, string> = { passed: 'PASS', failed: 'FAIL', 'not run': 'SKIP' };

/** The report as plain text, for "Copy results" and for docs/word-compat.md. */
export function reportText(report: KitReport): string {
  const { passed, failed, notRun } = summary(report.results);
  const lines = [
    `Minutebook Word kit: ${report.platform}, Word ${report.wordVersion}, ${report.date}`,
    report.refused
      ? `Not run: ${report.refused}`
      : `${passed} passed, ${failed} failed, ${notRun} not run (of ${report.results.length})`,
  ];
  for (const r of report.results) {
    lines.push(
      `${MARK[r.status]}  ${r.operation} / ${r.name}  syncs ${r.syncs}/${r.budget.syncs}  callbacks ${r.callbacks}/${r.budget.callbacks}  ${Math.round(r.ms)} ms${r.question ? '  [question]' : ''}`,
    );
    for (const p of r.problems) lines.push(`      ${p.replace(/\n/g, '\n      ')}`);
    for (const n of r.notes) lines.push(`      note: ${n}`);
  }
  return lines.join('\n');
}
