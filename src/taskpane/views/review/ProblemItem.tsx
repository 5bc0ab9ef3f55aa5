import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Problem } from '../../../core/model';
import type { DocumentPort } from '../../../core/port';
import { useCheckViewStyles, useReviewStyles } from './styles';

interface ProblemItemProps {
  problem: Problem;
  port: DocumentPort;
  onDismiss(problem: Problem): void;
  onSwitchRuleOff(rule: string): void;
}

const NOT_FOUND =
  'This place could not be found in the document: it may have been edited or deleted. Check again to refresh the results.';

/** One finding: go to it, dismiss it, or switch its rule off for this document. */
export function ProblemItem({ problem, port, onDismiss, onSwitchRuleOff }: ProblemItemProps) {
  const styles = useReviewStyles();
  const layout = useCheckViewStyles();
  const [goToFailure, setGoToFailure] = useState<string | null>(null);
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
      {location?.excerpt ? (
        <Text size={200} className={layout.quiet}>
          “{location.excerpt}”
        </Text>
      ) : null}
      <div className={layout.row}>
        <Text size={200} className={layout.quiet}>
          Rule: {problem.rule}
        </Text>
        <Button size="small" onClick={() => onDismiss(problem)} aria-label={`Dismiss: ${problem.message}`}>
          Dismiss
        </Button>
        <Button
          size="small"
          onClick={() => onSwitchRuleOff(problem.rule)}
          aria-label={`Switch rule ${problem.rule} off for this document`}
        >
          Switch rule off for this document
        </Button>
      </div>
      {goToFailure ? (
        <Text role="alert" size={200}>
          {goToFailure}
        </Text>
      ) : null}
    </li>
  );
}
