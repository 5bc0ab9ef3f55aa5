import { useEffect, useRef, useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Field,
} from '@fluentui/react-components';
import { findInitialsClashes } from '../../core/attendance/initials';
import { DocumentOperationError, type DocumentPort, type OoxmlBlock } from '../../core/port';
import { excerptOf } from '../../core/locate';
import { flattenItems } from '../../core/model/item';
import type { StoredMeeting } from '../../core/model/stored';
import { buildAttendanceBlock, buildHeaderBlock, buildItemsBlock } from '../../core/write';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import { meetingIssues } from './useMeetingIssues';
import type { ViewName, ViewProps } from './types';

type Part = 'header' | 'attendance' | 'items';

interface PartInfo {
  label: string;
  /** Where to fix what blocks it. */
  fixIn: ViewName;
  missing(stored: StoredMeeting): string[];
  build(stored: StoredMeeting): OoxmlBlock;
}

export const PARTS: Record<Part, PartInfo> = {
  header: {
    label: 'Header',
    fixIn: 'details',
    missing: (s) => Object.values(meetingIssues(s.meeting)),
    build: (s) => buildHeaderBlock(s.meeting),
  },
  attendance: {
    label: 'Attendance',
    fixIn: 'attendance',
    missing: (s) => [
      ...(s.attendees.length === 0 ? ['Add at least one attendee'] : []),
      ...(s.attendees.some((a) => a.name.trim() === '') ? ['Give every attendee a name'] : []),
      ...findInitialsClashes(s.attendees).map((c) => c.message),
    ],
    build: (s) => buildAttendanceBlock(s.attendees),
  },
  items: {
    label: 'Agenda items',
    fixIn: 'items',
    missing: (s) => (s.items.length === 0 ? ['Add at least one agenda item'] : []),
    build: (s) => buildItemsBlock(s.items, { nextMeeting: s.meeting.nextMeeting }),
  },
};

const ORDER: Part[] = ['header', 'attendance', 'items'];

interface Inserted {
  part: Part;
  contentControlId: number | null;
  /** "attendance (7 people)", "items (12)". */
  words: string;
}

/** What a part put in, in the words of the list: "header", "attendance (7 people)", "items (12)". */
export function insertedWords(part: Part, stored: StoredMeeting): string {
  if (part === 'header') return 'header';
  if (part === 'attendance') {
    const n = stored.attendees.length;
    return `attendance (${n} ${n === 1 ? 'person' : 'people'})`;
  }
  return `items (${flattenItems(stored.items).length})`;
}

/** Selects the start of an inserted block in the document, found by its control. */
async function goToBlock(port: DocumentPort, contentControlId: number): Promise<void> {
  const { paragraphs } = await port.readParagraphs();
  const first = paragraphs.find((p) => p.part === 'body' && p.contentControl?.id === contentControlId);
  await port.goTo({
    paragraph: first?.index ?? 0,
    contentControlId,
    excerpt: first ? excerptOf(first.text) : '',
    occurrence: 0,
    part: 'body',
  });
}

interface Failure {
  title: string;
  message: string;
  changed: string;
}

function failureOf(part: Part, error: unknown): Failure {
  if (error instanceof DocumentOperationError) {
    return {
      title: `${error.operation} failed (${PARTS[part].label.toLowerCase()})`,
      message: error.code ? `${error.message} (${error.code})` : error.message,
      changed: error.changed,
    };
  }
  return {
    title: `Inserting the ${PARTS[part].label.toLowerCase()} failed`,
    message: error instanceof Error ? error.message : String(error),
    changed: '',
  };
}

/** Header, attendance and items into the document, one by one or all at once, with progress and results. */
export function InsertView({ port, stored, navigate }: ViewProps) {
  const styles = useViewStyles();
  const [running, setRunning] = useState<{ part: Part; step: number; total: number } | null>(null);
  const [inserted, setInserted] = useState<Inserted[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [blocked, setBlocked] = useState<{ part: Part; missing: string[] }[]>([]);
  const [finished, setFinished] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  // When a run ends, the focus goes to what it did (or what stopped it), never back to the page.
  useEffect(() => {
    if (finished > 0) resultRef.current?.focus();
  }, [finished]);

  const insert = async (parts: Part[]) => {
    const stops = parts
      .map((part) => ({ part, missing: PARTS[part].missing(stored) }))
      .filter((b) => b.missing.length > 0);
    setBlocked(stops);
    setFailure(null);
    if (stops.length > 0) {
      setFinished((n) => n + 1);
      return;
    }
    const done: Inserted[] = [];
    setInserted([]);
    for (const [i, part] of parts.entries()) {
      setRunning({ part, step: i + 1, total: parts.length });
      try {
        // One port call per block; each waits for the previous so blocks land in order after the cursor.
        const result = await port.insertBlock(PARTS[part].build(stored));
        done.push({ part, contentControlId: result.contentControlId, words: insertedWords(part, stored) });
        setInserted([...done]);
      } catch (error) {
        setFailure(failureOf(part, error));
        break;
      }
    }
    setRunning(null);
    setFinished((n) => n + 1);
  };

  const busy = running !== null;
  return (
    <section className={styles.form} aria-labelledby="insert-heading">
      <ViewHeading
        id="insert-heading"
        intro="Put the cursor in Word where the minutes should go. Each part goes in after the cursor's paragraph; nothing you have typed is replaced."
      >
        Insert into the document
      </ViewHeading>
      <div className={styles.row}>
        {ORDER.map((part) => (
          <Button key={part} disabled={busy} onClick={() => void insert([part])}>
            Insert {PARTS[part].label.toLowerCase()}
          </Button>
        ))}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void insert(ORDER)}>
          Insert all
        </Button>
      </div>
      <div
        aria-live="polite"
        className={styles.form}
        ref={resultRef}
        tabIndex={-1}
        role="region"
        aria-label="Result"
      >
        {running ? (
          <Field
            label={`Inserting ${PARTS[running.part].label.toLowerCase()} (${running.step} of ${running.total})…`}
            validationState="none"
          >
            <ProgressBar value={running.step - 1} max={running.total} />
          </Field>
        ) : null}
        {blocked.map((b) => (
          <MessageBar key={b.part} intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>
                Nothing was inserted: the {PARTS[b.part].label.toLowerCase()} is not ready.
              </MessageBarTitle>
              {b.missing.join('. ')}.{' '}
              <Button appearance="transparent" size="small" onClick={() => navigate(PARTS[b.part].fixIn)}>
                Fix it
              </Button>
            </MessageBarBody>
          </MessageBar>
        ))}
        {failure ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{failure.title}</MessageBarTitle>
              {failure.message}{' '}
              {failure.changed
                ? `What changed: ${failure.changed}`
                : `The document was left as it was${inserted.length > 0 ? ' apart from the parts listed below' : ''}.`}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {inserted.length > 0 ? (
          <div>
            <Subtitle2 as="h2">Inserted: {inserted.map((i) => i.words).join(', ')}</Subtitle2>
            <ul aria-label="Inserted parts" className={styles.list}>
              {inserted.map((i) => (
                <li key={i.part} className={styles.row}>
                  <Body1>{i.words.charAt(0).toUpperCase() + i.words.slice(1)}</Body1>
                  {i.contentControlId !== null ? (
                    <Button
                      size="small"
                      aria-label={`Go to ${i.words}`}
                      onClick={() => void goToBlock(port, i.contentControlId!).catch(() => undefined)}
                    >
                      Go to
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
