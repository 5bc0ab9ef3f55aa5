import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DocumentPort, ReadResult } from '../core/port';
import { TAG_PREFIX } from '../core/port';
import type { HostInfo } from '../host/types';
import { ErrorBoundary } from './components/ErrorBoundary';
import { StoredMeetingNotices } from './components/StoredMeetingNotices';
import { useMeetingStore } from './hooks/useMeetingStore';
import { LastCheckProvider } from './views/review/lastCheck';
import { VIEWS, VIEW_LABELS, VIEW_ORDER, isViewName } from './views/lazy';
import type { ViewName } from './views/types';

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    listStyleType: 'none',
    margin: 0,
    padding: `0 0 ${tokens.spacingVerticalS}`,
  },
  main: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
});

/** Which view opens first: the ribbon's request, else what the document holds (blocks → details, none → start). */
function useInitialView(
  port: DocumentPort,
  requested: string | null,
  readOnce: () => Promise<ReadResult>,
): { view: ViewName | null; error: string | null } {
  const [state, setState] = useState<{ view: ViewName | null; error: string | null }>(() => {
    const view = isViewName(requested) ? requested : null;
    // Fetch the likely first views while the document is being read.
    if (view) void VIEWS[view].preload();
    else [VIEWS.start, VIEWS.details].forEach((v) => void v.preload());
    return { view, error: null };
  });
  useEffect(() => {
    if (state.view !== null) return;
    let cancelled = false;
    readOnce().then(
      ({ paragraphs }) => {
        const hasBlocks = paragraphs.some((p) => p.contentControl?.tag.startsWith(TAG_PREFIX));
        if (!cancelled) setState({ view: hasBlocks ? 'details' : 'start', error: null });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({
            view: 'start',
            error: `The document could not be read: ${error instanceof Error ? error.message : String(error)}`,
          });
      },
    );
    return () => {
      cancelled = true;
    };
    // Read once when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);
  return state;
}

export interface AppProps {
  host: HostInfo;
  port: DocumentPort;
}

/** Lazy like the views: the block planning it needs stays out of the pane's first load. */
const OutOfDateNotice = lazy(() =>
  import('./views/insert/OutOfDateNotice').then((m) => ({ default: m.OutOfDateNotice })),
);

/** One read of the document when the pane opens, shared by whoever needs it first (view choice, restore). */
function useOpeningRead(port: DocumentPort): () => Promise<ReadResult> {
  const read = useRef<{ port: DocumentPort; result: Promise<ReadResult> } | null>(null);
  return useCallback(() => {
    if (read.current?.port !== port) read.current = { port, result: port.readParagraphs() };
    return read.current.result;
  }, [port]);
}

/** The pane: views behind a tab list (Office.js disables the history API, so no router), one meeting store. */
export function App({ host, port }: AppProps) {
  const styles = useStyles();
  const readOnce = useOpeningRead(port);
  const store = useMeetingStore(port, readOnce);
  const initial = useInitialView(port, host.requestedView, readOnce);
  const [chosen, setChosen] = useState<ViewName | null>(null);
  const view = chosen ?? initial.view;
  const navigate = useCallback((next: ViewName) => setChosen(next), []);

  if (!store.stored || !view) {
    return (
      <main className={styles.main}>
        <Spinner label="Opening the minutes…" />
      </main>
    );
  }
  const View = VIEWS[view];
  return (
    <div className={styles.shell}>
      <nav className={styles.bar} aria-label="Minutebook">
        <Caption1>Minutebook{host.inOffice ? '' : ' · preview'}</Caption1>
        {/* Plain buttons rather than Fluent's TabList: its focus helpers (hidden focusable elements) fail axe. */}
        <ul className={styles.tabs} aria-label="Minutebook views">
          {VIEW_ORDER.map((name) => (
            <li key={name}>
              <Button
                size="small"
                appearance={name === view ? 'primary' : 'subtle'}
                aria-current={name === view ? 'page' : undefined}
                onClick={() => navigate(name)}
              >
                {VIEW_LABELS[name]}
              </Button>
            </li>
          ))}
        </ul>
      </nav>
      {/* Above the view switch, so Review and Actions share one read of the document. */}
      <LastCheckProvider port={port}>
        <main className={styles.main}>
          {store.loadError || initial.error ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{store.loadError ?? initial.error}</MessageBarBody>
            </MessageBar>
          ) : null}
          <StoredMeetingNotices
            notices={store.notices}
            differences={store.differences}
            onDismiss={store.dismissNotices}
            conflict={store.conflict}
            onReloadTheirs={store.reloadTheirs}
            onKeepMine={store.keepMine}
          />
          {store.saveError ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                Your changes are kept in the pane but could not be saved in the document: {store.saveError}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={store.retrySave}>Try saving again</Button>
              </MessageBarActions>
            </MessageBar>
          ) : null}
          {view !== 'insert' && view !== 'start' ? (
            <Suspense fallback={null}>
              <OutOfDateNotice port={port} stored={store.stored} onOpenInsert={() => navigate('insert')} />
            </Suspense>
          ) : null}
          <ErrorBoundary key={view} area={`The ${VIEW_LABELS[view]} view`}>
            <Suspense fallback={<Spinner label="Loading…" />}>
              <View
                port={port}
                host={host}
                stored={store.stored}
                onStoredChange={store.update}
                navigate={navigate}
              />
            </Suspense>
          </ErrorBoundary>
        </main>
      </LastCheckProvider>
    </div>
  );
}
