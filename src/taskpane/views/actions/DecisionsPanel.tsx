import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import type { Minutes } from '../../../core/model';
import type { ExportKind } from './deliver';
import type { ExportOutcome } from './useExport';
import { ExportStatus } from './ExportPanel';
import { useActionsStyles } from './styles';
import { useCheckViewStyles } from '../review/styles';

interface DecisionsPanelProps {
  minutes: Minutes;
  canDownload: boolean;
  outcome: ExportOutcome;
  onCheckAgain(): void;
  onExport(kind: ExportKind): void;
}

/** Decisions and resolutions, which boards are audited on, with their own log export. */
export function DecisionsPanel({
  minutes,
  canDownload,
  outcome,
  onExport,
  onCheckAgain,
}: DecisionsPanelProps) {
  const styles = useActionsStyles();
  const layout = useCheckViewStyles();
  const working = outcome.state === 'working';
  return (
    <section aria-labelledby="actions-decisions" className={layout.section}>
      <h2 id="actions-decisions" className={layout.subheading}>
        Decisions ({minutes.decisions.length})
      </h2>
      {minutes.decisions.length === 0 ? (
        <Text>
          No decisions found. Decisions are lines such as “RESOLVED …”, “DECISION: …” or “AGREED …”.
        </Text>
      ) : (
        <div className={styles.tableWrap}>
          <Table size="small" aria-label="Decisions">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Item</TableHeaderCell>
                <TableHeaderCell>Decision</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {minutes.decisions.map((d, n) => (
                <TableRow key={n}>
                  <TableCell>{d.item ?? '–'}</TableCell>
                  <TableCell>{d.text}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div className={layout.row}>
        {canDownload ? (
          <Button onClick={() => onExport('decisions-csv')} disabledFocusable={working}>
            Export decisions log
          </Button>
        ) : (
          <Button onClick={() => onExport('decisions-copy')} disabledFocusable={working}>
            Copy decisions log for Excel
          </Button>
        )}
      </div>
      {!canDownload ? (
        <Text className={styles.note}>
          Word for Mac cannot save files from this pane, so the log is copied instead.
        </Text>
      ) : null}
      <ExportStatus outcome={outcome} onCheckAgain={onCheckAgain} />
    </section>
  );
}
