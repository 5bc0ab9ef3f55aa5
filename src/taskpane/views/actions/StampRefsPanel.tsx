import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useCheckViewStyles } from '../review/styles';
import type { ExportOutcome } from './useExport';

interface StampRefsPanelProps {
  /** Exported actions whose new ref is not in the document yet. */
  pending: number;
  outcome: ExportOutcome;
  onStamp(): void;
}

/** Puts the refs given at export into the document, so the next export matches the tracker's rows. */
export function StampRefsPanel({ pending, outcome, onStamp }: StampRefsPanelProps) {
  const layout = useCheckViewStyles();
  return (
    <section aria-labelledby="actions-stamp" className={layout.section}>
      <h2 id="actions-stamp" className={layout.subheading}>
        Refs in the document
      </h2>
      <Text>
        {pending > 0
          ? `${pending} exported ${pending === 1 ? 'action has a ref' : 'actions have refs'} only this pane knows. Stamp them into the document (the text does not change) so the next export matches your tracker's rows.`
          : 'Refs given at an export can be stamped into the document here, so later exports keep them.'}
      </Text>
      <div>
        <Button onClick={onStamp} disabled={pending === 0 || outcome.state === 'working'}>
          Stamp refs into the document
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome.state === 'working' ? <Spinner size="tiny" label={outcome.message} /> : null}
        {outcome.state === 'done' ? <Text>{outcome.message}</Text> : null}
      </div>
      {/* Only while failed, so the export's own alert region stays the one alert of the view otherwise. */}
      {outcome.state === 'failed' ? (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
    </section>
  );
}
