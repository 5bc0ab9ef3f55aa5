import { useEffect } from 'react';
import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import type { Problem } from '../../core/model';
import type { ViewProps } from './types';
import { ViewHeading } from '../components/ViewHeading';
import { EnsureLastCheck, useLastCheck } from './review/lastCheck';
import { useReviewResult } from './review/useReviewResult';
import { dismissFinding, restoreFinding, setHouseStyle, setRuleEnabled } from './review/reviewOptions';
import { useReviewerName } from './review/reviewerName';
import { countBySeverity, presetHouseStyle } from '../../core/check';
import { countWords } from './review/severity';
import { ProblemGroups } from './review/ProblemGroups';
import { MeetingAsRead } from './review/MeetingAsRead';
import { ReadReasons } from './review/ReadReasons';
import { whyFinding } from '../../core/check/why';
import { ReviewSettings } from './review/ReviewSettings';
import { useCheckViewStyles } from './review/styles';

/** Check minutes: read the whole document, list what is missing or wrong, go to each place. */
export function ReviewView(props: ViewProps) {
  return (
    <EnsureLastCheck port={props.port}>
      <ReviewBody {...props} />
    </EnsureLastCheck>
  );
}

function ReviewBody({ port, host, stored, onStoredChange }: ViewProps) {
  const layout = useCheckViewStyles();
  const last = useLastCheck();
  const result = useReviewResult(last.read, stored);
  const [reviewerName, setReviewerName] = useReviewerName(stored.dismissed.at(-1)?.by ?? '');
  const { check, status } = last;

  // Opened from the ribbon's Check minutes: check at once rather than wait for a second click.
  useEffect(() => {
    if (host.requestedView === 'review' && status === 'idle') void check();
    // Only on opening; later checks are the reviewer's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Who dismisses: the host's user name where it gives one, else the name asked once and remembered.
  const knownName = (host.userName ?? '').trim() || reviewerName.trim();
  const onDismiss = (problem: Problem, reason = '', name?: string) => {
    if (name) setReviewerName(name);
    onStoredChange(dismissFinding(stored, problem, knownName || (name ?? ''), new Date(), reason));
  };
  const onSwitchRuleOff = (rule: string) => onStoredChange(setRuleEnabled(stored, rule, false));

  const working = status === 'working';
  const showResults = result !== null && !result.empty;

  return (
    <section aria-labelledby="review-heading" className={layout.view}>
      <ViewHeading
        id="review-heading"
        intro="Reads the whole document and lists what is missing or wrong: actions without an owner, missing header details, item numbering and more. Select a finding to go to it."
      >
        Check minutes
      </ViewHeading>
      <div className={layout.row}>
        <Button appearance="primary" onClick={() => void check()} disabled={working}>
          {last.read ? 'Check again' : 'Check minutes'}
        </Button>
        {last.stale && !working ? (
          <>
            <Badge appearance="tint" color="warning">
              Results may be out of date
            </Badge>
            <Button size="small" onClick={() => void check()}>
              Re-check now
            </Button>
          </>
        ) : null}
      </div>

      <div role="status" aria-live="polite">
        <StatusLine status={status} problems={result?.problems ?? null} empty={result?.empty ?? false} />
      </div>

      {status === 'failed' && last.failure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>The document could not be read.</MessageBarTitle>
            {last.failure.message}
            {last.failure.code ? ` (Office error ${last.failure.code})` : ''}. Try Check minutes again; if it
            keeps failing, save the document, close and reopen the pane.
            {last.read ? ' The results below are from the last check that worked.' : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {last.read?.trackedDeletionsMayCount && showResults ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            This version of Word cannot leave tracked deletions out: deleted text may still be counted. Accept
            or reject tracked changes first for exact results.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {result && result.unread.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Part of this document could not be read.</MessageBarTitle>
            The results below cover what was read before that. Details:{' '}
            {result.unread.map((u) => `${u.step}: ${u.message}`).join('; ')}.
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {result?.empty ? (
        <MessageBar intent="info">
          <MessageBarBody>Nothing to check: this document has no text yet.</MessageBarBody>
        </MessageBar>
      ) : null}

      {showResults && result.problems.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            No problems found: every check passed
            {result.dismissedCount > 0
              ? ` (${result.dismissedCount} dismissed finding${result.dismissedCount === 1 ? '' : 's'} not shown)`
              : ''}
            .
          </MessageBarBody>
        </MessageBar>
      ) : null}

      {showResults ? (
        <>
          <ProblemGroups
            problems={result.problems}
            port={port}
            onDismiss={onDismiss}
            askName={knownName === ''}
            whyOf={(problem) => whyFinding(problem, result.minutes, result.trace, result.explanation)}
          />
          <MeetingAsRead minutes={result.minutes} />
          <ReadReasons minutes={result.minutes} explanation={result.explanation} />
        </>
      ) : null}

      <ReviewSettings
        disabledRules={stored.disabledRules}
        dismissed={stored.dismissed}
        reviewerName={reviewerName}
        onReviewerNameChange={setReviewerName}
        onSwitchRuleOn={(rule) => onStoredChange(setRuleEnabled(stored, rule, true))}
        onSwitchRuleOff={onSwitchRuleOff}
        houseStyle={stored.houseStyle ?? null}
        presetStyle={stored.preset ? presetHouseStyle(stored.preset) : null}
        onHouseStyleChange={(style) => onStoredChange(setHouseStyle(stored, style))}
        onRestore={(finding) => onStoredChange(restoreFinding(stored, finding))}
      />
    </section>
  );
}

function StatusLine({
  status,
  problems,
  empty,
}: {
  status: string;
  problems: Problem[] | null;
  empty: boolean;
}) {
  if (status === 'working') return <Spinner size="tiny" label="Checking the document…" />;
  if (status === 'failed') return <Text>Check failed.</Text>;
  if (status !== 'done' || problems === null) return null;
  if (empty) return <Text>Checked: the document has no text yet.</Text>;
  const counts = countBySeverity(problems);
  return <Text>Checked: {problems.length === 0 ? 'no problems found.' : `${countWords(counts)}.`}</Text>;
}
