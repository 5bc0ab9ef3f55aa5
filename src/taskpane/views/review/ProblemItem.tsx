import { useState } from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Problem } from '../../../core/model';
import type { DocumentPort } from '../../../core/port';
import { useCheckViewStyles, useReviewStyles } from './styles';
import { WhyToggle } from './WhyToggle';

interface ProblemItemProps {
  problem: Problem;
  port: DocumentPort;
  /** `reason` as the reviewer gave it (may be empty); `name` when the pane had to ask who is dismissing. */
  onDismiss(problem: Problem, reason?: string, name?: string): void;
  /** Kept for callers; switching a rule off lives in Check settings, not on each finding. */
  onSwitchRuleOff?(rule: string): void;
  /** True when nobody's name is known yet: dismissing asks for it once. */
  askName?: boolean;
  /** The reader's reason for what the finding points at, where it has one. */
  why?: string | null;
}

const NOT_FOUND =
  'This place could not be found in the document: it may have been edited or deleted. Check again to refresh the results.';

/** One finding: go to it, or dismiss it with an optional reason. The rule id comes last, as a detail. */
export function ProblemItem({ problem, port, onDismiss, why, askName = false }: ProblemItemProps) {
  const styles = useReviewStyles();
  const layout = useCheckViewStyles();
  const [goToFailure, setGoToFailure] = useState<string | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const location = problem.location;

  const goTo = async () => {
    if (!location) return;
    setGoToFailure(null);
    try {
      await port.goTo(location);
    } catch (error) {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      setGoToFailure(`${NOT_FOUND}${detail}`);
    }
  };

  return (
    <li className={styles.problem}>
      {location ? (
        <Button
          appearance="subtle"
          className={styles.problemLink}
          onClick={goTo}
          title="Go to this place in the document"
        >
          {problem.message}
        </Button>
      ) : (
        <Text>
          {problem.message} <Text className={layout.quiet}>(about the whole document)</Text>
        </Text>
      )}
      {problem.quote || location?.excerpt ? (
        <Text size={200} className={layout.quiet}>
          “{problem.quote ?? location?.excerpt}”
        </Text>
      ) : null}
      <div className={layout.row}>
        {why ? <WhyToggle reason={why} about="this finding" /> : null}
        {dismissing ? null : (
          <Button size="small" onClick={() => setDismissing(true)} aria-label={`Dismiss: ${problem.message}`}>
            Dismiss
          </Button>
        )}
        <Text size={200} className={layout.quiet}>
          Rule: {problem.rule}
        </Text>
      </div>
      {dismissing ? (
        <div className={layout.row} role="group" aria-label="Dismiss this finding">
          {askName ? (
            <Field label="Your name (asked once, recorded with what you dismiss)" required>
              <Input value={name} onChange={(_, data) => setName(data.value)} />
            </Field>
          ) : null}
          <Field label="Reason (optional)">
            <Input value={reason} onChange={(_, data) => setReason(data.value)} />
          </Field>
          <Button
            size="small"
            appearance="primary"
            disabled={askName && name.trim() === ''}
            onClick={() => {
              onDismiss(problem, reason.trim(), askName ? name.trim() : undefined);
              setDismissing(false);
            }}
          >
            Dismiss finding
          </Button>
          <Button size="small" onClick={() => setDismissing(false)}>
            Cancel
          </Button>
        </div>
      ) : null}
      {goToFailure ? (
        <Text role="alert" size={200}>
          {goToFailure}
        </Text>
      ) : null}
    </li>
  );
}
