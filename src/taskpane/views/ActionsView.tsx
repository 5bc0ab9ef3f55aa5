import { useEffect, useMemo, useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { ViewProps } from './types';
import { ViewHeading } from '../components/ViewHeading';
import { EnsureLastCheck, useLastCheck } from './review/lastCheck';
import { useReviewResult } from './review/useReviewResult';
import { actionFacts } from './actions/actionFacts';
import { ActionTable } from './actions/ActionTable';
import { OwnerFilter, ALL_OWNERS } from './actions/OwnerFilter';
import { ExportPanel } from './actions/ExportPanel';
import { DecisionsPanel } from './actions/DecisionsPanel';
import { PanelTabs } from './actions/PanelTabs';
import { useExport } from './actions/useExport';
import { useStampRefs } from './actions/useStampRefs';
import { pendingStamps } from './actions/stampPlan';
import { StampRefsPanel } from './actions/StampRefsPanel';
import { TAGS } from '../../core/port';
import type { ExportChoices } from './actions/exportPlan';
import type { SortState } from './actions/sortActions';
import { useCheckViewStyles } from './review/styles';
import { canDownload } from '../delivery';

/** The action list and decisions, and every way to take them out of the minutes. */
export function ActionsView(props: ViewProps) {
  return (
    <EnsureLastCheck port={props.port}>
      <ActionsBody {...props} />
    </EnsureLastCheck>
  );
}

type TabName = 'actions' | 'decisions';

function ActionsBody({ port, host, stored, onStoredChange }: ViewProps) {
  const layout = useCheckViewStyles();
  const last = useLastCheck();
  const result = useReviewResult(last.read, stored);
  const [tab, setTab] = useState<TabName>('actions');
  const [owner, setOwner] = useState(ALL_OWNERS);
  const [sort, setSort] = useState<SortState | null>(null);
  const [choices, setChoices] = useState<ExportChoices>({
    includeSuggestions: false,
    includeConfidential: false,
  });
  const { outcome, run, checkAgain } = useExport({
    port,
    last,
    stored,
    onStoredChange,
    choices,
    knownRefs: last.knownRefs,
  });
  const stamp = useStampRefs(port, last, stored);
  const downloads = canDownload(host);

  // Nothing read yet: read once so the list is there (the Review view's check is reused when it ran first).
  useEffect(() => {
    if (last.status === 'idle') void last.ensureFresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const facts = useMemo(() => (result ? actionFacts(result.minutes, result.problems) : []), [result]);
  const marked = facts.filter((f) => f.action.marked);
  const suggested = facts.filter((f) => !f.action.marked);
  const owners = [...new Set(marked.map((f) => f.owner))].sort((a, b) => a.localeCompare(b));
  const shown = owner === ALL_OWNERS ? marked : marked.filter((f) => f.owner === owner);
  const confidentialCount = facts.filter((f) => f.confidential).length;
  // knownRefs fills during an export; the export's outcome re-renders the view, so this is read afresh.
  const unstamped = result ? pendingStamps(result.minutes, last.knownRefs).length : 0;
  const hasSummary = last.read?.paragraphs.some((p) => p.contentControl?.tag === TAGS.actions) ?? false;

  return (
    <section aria-labelledby="actions-heading" className={layout.view}>
      <ViewHeading
        id="actions-heading"
        intro="The actions and decisions in the minutes, and every way to take them to your tracker."
      >
        Actions and decisions
      </ViewHeading>
      <div role="status" aria-live="polite">
        {last.status === 'working' ? <Spinner size="tiny" label="Reading the document…" /> : null}
      </div>
      {last.stale && last.status !== 'working' ? (
        <div className={layout.row}>
          <Badge appearance="tint" color="warning">
            Results may be out of date
          </Badge>
          <Text>The document changed; exports read it again first.</Text>
          <Button size="small" onClick={() => void last.check()}>
            Refresh the list
          </Button>
        </div>
      ) : null}
      {last.status === 'failed' && last.failure ? (
        <MessageBar intent="error">
          <MessageBarBody>
            The document could not be read: {last.failure.message}
            {last.failure.code ? ` (Office error ${last.failure.code})` : ''}. Try again with Refresh; if it
            keeps failing, save the document and reopen the pane.{' '}
            <Button size="small" onClick={() => void last.check()}>
              Refresh
            </Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result?.empty ? (
        <MessageBar intent="info">
          <MessageBarBody>Nothing to export: this document has no text yet.</MessageBarBody>
        </MessageBar>
      ) : null}

      {result && !result.empty ? (
        <>
          <PanelTabs<TabName>
            label="Actions and decisions"
            tabs={[
              { value: 'actions', label: `Actions (${marked.length})` },
              { value: 'decisions', label: `Decisions (${result.minutes.decisions.length})` },
            ]}
            selected={tab}
            idOf={(value) => `actions-tab-${value}`}
            panelId="actions-panel"
            onSelect={setTab}
          />
          <div
            role="tabpanel"
            id="actions-panel"
            aria-labelledby={`actions-tab-${tab}`}
            className={layout.section}
          >
            {tab === 'actions' ? (
              <>
                {marked.length === 0 ? (
                  <Text>
                    No marked actions found. Actions are lines such as “ACTION: PCC to write to the Home
                    Office by 30 September”.
                  </Text>
                ) : (
                  <>
                    <OwnerFilter owners={owners} value={owner} onChange={setOwner} />
                    <ActionTable caption="Actions" actions={shown} sort={sort} onSortChange={setSort} />
                  </>
                )}
                <section aria-labelledby="actions-suggested" className={layout.section}>
                  <h2 id="actions-suggested" className={layout.subheading}>
                    Suggested actions ({suggested.length})
                  </h2>
                  {suggested.length === 0 ? (
                    <Text>None: no unmarked “X to …” or “X will …” sentences about attendees.</Text>
                  ) : (
                    <>
                      <Text>
                        Read from prose without an action marker (“X to …”, “X will …”). They are exported
                        only when you include them; mark them with “ACTION:” in the document to make them
                        actions.
                      </Text>
                      <ActionTable
                        caption="Suggested actions"
                        actions={suggested}
                        sort={sort}
                        onSortChange={setSort}
                      />
                    </>
                  )}
                </section>
                <ExportPanel
                  choices={choices}
                  onChoicesChange={setChoices}
                  suggestionCount={suggested.length}
                  confidentialCount={confidentialCount}
                  refs={stored.refs}
                  onRefsChange={(refs) => onStoredChange({ ...stored, refs })}
                  canDownload={downloads}
                  hasSummary={hasSummary}
                  outcome={outcome}
                  onExport={(kind) => void run(kind)}
                  onCheckAgain={checkAgain}
                />
                <StampRefsPanel
                  pending={unstamped}
                  outcome={stamp.outcome}
                  onStamp={() => void stamp.run()}
                />
              </>
            ) : (
              <DecisionsPanel
                minutes={result.minutes}
                canDownload={downloads}
                outcome={outcome}
                onExport={(kind) => void run(kind)}
                onCheckAgain={checkAgain}
              />
            )}
          </div>
        </>
      ) : null}
    </section>
  );
}
