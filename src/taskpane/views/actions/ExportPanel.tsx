import { useEffect, useState } from 'react';
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Switch,
  Text,
} from '@fluentui/react-components';
import type { StoredMeeting } from '../../../core/model';
import type { ExportChoices } from './exportPlan';
import type { ExportKind } from './deliver';
import type { ExportOutcome } from './useExport';
import { ManualCopy } from './ManualCopy';
import { useActionsStyles } from './styles';
import { useCheckViewStyles } from '../review/styles';

interface ExportPanelProps {
  choices: ExportChoices;
  onChoicesChange(choices: ExportChoices): void;
  suggestionCount: number;
  confidentialCount: number;
  refs: StoredMeeting['refs'];
  onRefsChange(refs: StoredMeeting['refs']): void;
  canDownload: boolean;
  /** The last read found a summary table (`minutebook:actions`): offer to update it instead of a second one. */
  hasSummary: boolean;
  outcome: ExportOutcome;
  onExport(kind: ExportKind): void;
  /** Read the document again (after the minutes changed since the last check). */
  onCheckAgain(): void;
}

/** Export choices, the ways out, and what the last export did. */
export function ExportPanel(props: ExportPanelProps) {
  const layout = useCheckViewStyles();
  const { choices, refs, outcome } = props;
  const working = outcome.state === 'working';
  return (
    <section aria-labelledby="actions-export" className={layout.section}>
      <h2 id="actions-export" className={layout.subheading}>
        Export
      </h2>
      <Switch
        label={`Include suggested actions in exports (${props.suggestionCount})`}
        checked={choices.includeSuggestions}
        onChange={(_, data) => props.onChoicesChange({ ...choices, includeSuggestions: data.checked })}
      />
      <Switch
        label={`Include Part II (confidential) actions (${props.confidentialCount})`}
        checked={choices.includeConfidential}
        onChange={(_, data) => props.onChoicesChange({ ...choices, includeConfidential: data.checked })}
      />
      <Field label="Refs for actions that have none (given at their first export, then kept)">
        <RadioGroup
          value={refs.scheme}
          onChange={(_, data) =>
            props.onRefsChange({ ...refs, scheme: data.value === 'year' ? 'year' : 'item' })
          }
        >
          <Radio value="item" label="Per item (2.1-A1)" />
          <Radio value="year" label="Per year (17/2022)" />
        </RadioGroup>
      </Field>
      {refs.scheme === 'year' ? (
        <NextNumberField
          value={refs.nextYearNumber}
          onChange={(n) => props.onRefsChange({ ...refs, nextYearNumber: n })}
        />
      ) : null}

      {!props.canDownload ? (
        <MessageBar intent="info">
          <MessageBarBody>
            Word for Mac cannot save files from this pane, so there are no downloads here. Use Copy for Excel,
            or insert the summary table into the document.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={layout.row}>
        {props.canDownload ? (
          <>
            <Button onClick={() => props.onExport('csv')} disabledFocusable={working}>
              Download CSV
            </Button>
            <Button onClick={() => props.onExport('xlsx')} disabledFocusable={working}>
              Download Excel
            </Button>
          </>
        ) : null}
        <Button appearance="primary" onClick={() => props.onExport('copy')} disabledFocusable={working}>
          Copy for Excel
        </Button>
        {props.canDownload ? (
          <Button onClick={() => props.onExport('json')} disabledFocusable={working}>
            Download JSON
          </Button>
        ) : null}
        <Button
          onClick={() => props.onExport(props.hasSummary ? 'summary-update' : 'summary')}
          disabledFocusable={working}
        >
          {props.hasSummary
            ? 'Update summary table in the document'
            : 'Insert summary table into the document'}
        </Button>
      </div>
      <ExportStatus outcome={outcome} onCheckAgain={props.onCheckAgain} />
    </section>
  );
}

/** The tracker's next number. The draft may be blank or wrong while typed; only a whole number ≥ 1 is kept. */
function NextNumberField({ value, onChange }: { value: number; onChange(n: number): void }) {
  const styles = useActionsStyles();
  const [draft, setDraft] = useState(String(value));
  useEffect(() => {
    setDraft((current) => (Number(current) === value ? current : String(value)));
  }, [value]);
  const n = Number(draft);
  const valid = draft.trim() !== '' && Number.isSafeInteger(n) && n >= 1;
  return (
    <Field
      label="Next number in your tracker"
      hint={valid ? 'Continue the sequence your tracker already uses.' : undefined}
      validationMessage={
        valid ? undefined : `Give a whole number of 1 or more; exports use ${value} until then.`
      }
    >
      <Input
        type="number"
        min={1}
        className={styles.refNumber}
        value={draft}
        onChange={(_, data) => {
          setDraft(data.value);
          const next = Number(data.value);
          if (data.value.trim() !== '' && Number.isSafeInteger(next) && next >= 1) onChange(next);
        }}
      />
    </Field>
  );
}

/** Always says what the last export did: working, done (and what was left out) or failed (and what to do). */
export function ExportStatus({ outcome, onCheckAgain }: { outcome: ExportOutcome; onCheckAgain(): void }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {outcome.state === 'working' ? <Spinner size="tiny" label={outcome.message} /> : null}
        {outcome.state === 'done' ? <Text>{outcome.message}</Text> : null}
      </div>
      <div role="alert">
        {outcome.state === 'failed' ? (
          <MessageBar intent="error">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome.state === 'changed' ? (
          <MessageBar intent="warning">
            <MessageBarBody>{outcome.message}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={onCheckAgain}>Check again</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </div>
      {outcome.state === 'done' && outcome.manualCopyText !== undefined ? (
        <ManualCopy text={outcome.manualCopyText} />
      ) : null}
    </>
  );
}
