import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { WordScenario } from '../../word/scenario';
import { reportText, summary, type KitReport, type KitResult } from '../results';

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '8px' },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  result: { width: '72px' },
  cell: { paddingTop: '4px', paddingBottom: '4px' },
  counts: { fontSize: tokens.fontSizeBase200, fontVariantNumeric: 'tabular-nums' },
  detail: { fontSize: tokens.fontSizeBase200, whiteSpace: 'pre-wrap', color: tokens.colorNeutralForeground2 },
  problem: {
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    color: tokens.colorPaletteRedForeground1,
  },
});

export interface KitPaneProps {
  groups: Record<string, WordScenario[]>;
  /** Null outside Word: the list is shown, nothing can run. */
  run: ((onResult: (r: KitResult) => void) => Promise<KitReport>) | null;
  /** Says where the kit is (platform, Word version) or why it cannot run. */
  where: string;
  copy: (text: string) => Promise<void>;
  /** Called with the finished report (the results server of `npm run test:word`, when there is one). */
  onReport?: (report: KitReport) => Promise<string | null>;
  /** Start at once (as `npm run test:word` opens it). */
  autorun?: boolean;
}

const BADGE: Record<KitResult['status'], 'success' | 'danger' | 'subtle'> = {
  passed: 'success',
  failed: 'danger',
  'not run': 'subtle',
};

/** The kit's pane: every scenario, a Run button, a pass/fail table with the counts, Copy results. */
export function KitPane({ groups, run, where, copy, onReport, autorun }: KitPaneProps) {
  const styles = useStyles();
  const [results, setResults] = useState<Map<string, KitResult>>(new Map());
  const [report, setReport] = useState<KitReport | null>(null);
  const [status, setStatus] = useState('');
  const [running, setRunning] = useState(false);
  const key = (operation: string, name: string) => `${operation}\u0000${name}`;
  const rows = Object.entries(groups).flatMap(([operation, list]) => list.map((s) => ({ operation, s })));

  const start = async () => {
    if (!run) return;
    setRunning(true);
    setResults(new Map());
    setStatus('Running…');
    try {
      const done = await run((r) => setResults((m) => new Map(m).set(key(r.operation, r.name), r)));
      setReport(done);
      const counts = summary(done.results);
      const posted = onReport ? await onReport(done) : null;
      setStatus(
        done.refused
          ? `Not run: ${done.refused}`
          : `${counts.passed} passed, ${counts.failed} failed, ${counts.notRun} not run.${posted ? ` ${posted}` : ''}`,
      );
    } catch (e) {
      setStatus(`The kit stopped: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setRunning(false);
    }
  };

  useEffect(() => {
    if (autorun && run) void start();
    // Once, on opening: a later render must not start another run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        Minutebook test kit
      </Text>
      <Text>{where}</Text>
      <Text>
        {rows.length} Word scenarios. Run them in a new blank document: the kit writes into it and clears it
        after each scenario.
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!run || running} onClick={() => void start()}>
          Run all scenarios
        </Button>
        <Button
          disabled={!report}
          onClick={() => report && void copy(reportText(report)).then(() => setStatus('Results copied.'))}
        >
          Copy results
        </Button>
      </div>
      <Text role="status">{status}</Text>
      <Table aria-label="Scenarios" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.result}>Result</TableHeaderCell>
            <TableHeaderCell>Scenario: syncs, callbacks (used/budget), time</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ operation, s }) => {
            const r = results.get(key(operation, s.name));
            return (
              <TableRow key={key(operation, s.name)}>
                <TableCell className={styles.result}>
                  {r ? (
                    <Badge color={BADGE[r.status]}>{r.status}</Badge>
                  ) : (
                    <Badge color="subtle">waiting</Badge>
                  )}
                </TableCell>
                <TableCell className={styles.cell}>
                  <div>
                    <Text weight="semibold">{operation}</Text> {s.name}
                    {s.question ? <Badge appearance="outline">question</Badge> : null}
                  </div>
                  <div className={styles.counts}>
                    syncs {r && r.status !== 'not run' ? r.syncs : '–'}/{s.budget.syncs}, callbacks{' '}
                    {r && r.status !== 'not run' ? r.callbacks : '–'}/{s.budget.callbacks}
                    {r && r.status !== 'not run' ? `, ${Math.round(r.ms)} ms` : ''}
                  </div>
                  {s.question ? <div className={styles.detail}>{s.question}</div> : null}
                  {r?.problems.map((p) => (
                    <div key={p} className={r.status === 'failed' ? styles.problem : styles.detail}>
                      {p}
                    </div>
                  ))}
                  {r?.notes.map((n) => (
                    <div key={n} className={styles.detail}>
                      note: {n}
                    </div>
                  ))}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </main>
  );
}
