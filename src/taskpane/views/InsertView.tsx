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
import {
  DocumentOperationError,
  type BlockUpdate,
  type DocumentPort,
  type OoxmlBlock,
} from '../../core/port';
import { renumberedRefs } from '../../core/items/renumbered-refs';
import { readMinutes } from '../../core/read';
import type { ForcedCell } from '../../core/write/block-update';
import { wantedHeaderLines } from '../../core/write/header-update';
import { excerptOf } from '../../core/locate';
import { flattenItems } from '../../core/model/item';
import type { StoredMeeting } from '../../core/model/stored';
import { buildAttendanceBlock, buildHeaderBlock, buildItemsBlock } from '../../core/write';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import { meetingIssues } from './useMeetingIssues';
import {
  changeWords,
  differs,
  headerChangeWords,
  headerDiffers,
  headerLastWritten,
  insertedCopy,
  insertedHeaderCopy,
  lastWrittenOf,
  TABLE_PARTS,
  wantedRows,
  withWritten,
  type TablePart,
  type WrittenPart,
} from './insert/block-parts';
import { ChangeSummary, conflictKey } from './insert/ChangeSummary';
import { forcedLines, HeaderChangeSummary } from './insert/HeaderChangeSummary';
import { takeDocumentVersion } from './insert/take-document';
import { DiffersBanner } from './insert/DiffersBanner';
import { useBlockStates, type BlockStates } from './insert/useBlockStates';
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
  /** What happened to the part: put in, brought up to date, or left (already there). */
  done: 'Inserted' | 'Updated' | 'Left as it is';
  contentControlId: number | null;
  /** "attendance (7 people)", "items (12)", "attendance (1 row added)". */
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

const isTable = (part: Part): part is TablePart => part !== 'header';

/** Is the part's block in the document already (as last looked at)? */
function foundIn(states: BlockStates, part: Part): boolean {
  return isTable(part) ? states.tables[part]?.found === true : states.header?.found === true;
}

/** "Inserted: header, attendance (2 people); updated: items (1 row added)". */
function doneHeading(done: readonly Inserted[]): string {
  const groups = (['Inserted', 'Updated', 'Left as it is'] as const).flatMap((verb) => {
    const list = done.filter((d) => d.done === verb);
    return list.length === 0 ? [] : [`${verb}: ${list.map((d) => d.words).join(', ')}`];
  });
  const text = groups.join('; ');
  return (
    text.charAt(0).toUpperCase() + text.slice(1).replace(/; (\w)/g, (_, c: string) => `; ${c.toLowerCase()}`)
  );
}

/**
 * Header, attendance and items into the document, one by one or all at once, with progress and results. A
 * block already in the document is updated in place (the button says Update and the pane shows what will
 * change); a second copy goes in only when asked for.
 */
export function InsertView({ port, stored, onStoredChange, navigate }: ViewProps) {
  const styles = useViewStyles();
  const [running, setRunning] = useState<{ part: Part; step: number; total: number; verb: string } | null>(
    null,
  );
  const [inserted, setInserted] = useState<Inserted[]>([]);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [blocked, setBlocked] = useState<{ part: Part; missing: string[] }[]>([]);
  const [notices, setNotices] = useState<string[]>([]);
  const [finished, setFinished] = useState(0);
  const [useForm, setUseForm] = useState<ReadonlySet<string>>(new Set());
  const [keepDocument, setKeepDocument] = useState<ReadonlySet<string>>(new Set());
  const { states, refresh } = useBlockStates(port, stored);
  const resultRef = useRef<HTMLDivElement>(null);
  // When a run ends, the focus goes to what it did (or what stopped it), never back to the page.
  useEffect(() => {
    if (finished > 0) resultRef.current?.focus();
  }, [finished]);

  const choose = (key: string, choice: 'form' | 'document') => {
    const without = (set: ReadonlySet<string>) => new Set([...set].filter((k) => k !== key));
    setUseForm((set) => (choice === 'form' ? new Set([...set, key]) : without(set)));
    setKeepDocument((set) => (choice === 'document' ? new Set([...set, key]) : without(set)));
  };

  const forcedFor = (part: TablePart, update: BlockUpdate | null): ForcedCell[] =>
    (update?.conflicts ?? [])
      .filter((c) => useForm.has(conflictKey(part, c)))
      .map(({ table, row, cell, document }) => ({ table, row, cell, document }));

  /** Refs that name an item whose number the update changed: reported, never rewritten. */
  const refsToCheck = async (renumbered: BlockUpdate['renumbered']): Promise<string[]> => {
    if (renumbered.length === 0) return [];
    const { paragraphs } = await port.readParagraphs();
    return renumberedRefs(readMinutes(paragraphs).actions, renumbered).map((r) => r.message);
  };

  /**
   * Runs the parts in order. `copy`: always insert (a second copy on purpose). Otherwise a part already in the
   * document is updated in place, and a missing part is inserted.
   */
  const run = async (parts: Part[], copy = false) => {
    const stops = parts
      .map((part) => ({ part, missing: PARTS[part].missing(stored) }))
      .filter((b) => b.missing.length > 0);
    setBlocked(stops);
    setFailure(null);
    setNotices([]);
    if (stops.length > 0) {
      setFinished((n) => n + 1);
      return;
    }
    const now = copy ? states : await refresh();
    const done: Inserted[] = [];
    const written: Partial<Record<WrittenPart, string[][][]>> = {};
    const notes: string[] = [];
    setInserted([]);
    for (const [i, part] of parts.entries()) {
      const found = !copy && foundIn(now, part);
      const verb = found ? 'Updating' : 'Inserting';
      setRunning({ part, step: i + 1, total: parts.length, verb });
      try {
        if (found && isTable(part)) {
          // One port call per block; each waits for the previous so blocks land in order after the cursor.
          const result = await port.updateBlock({
            kind: part,
            wanted: wantedRows(part, stored),
            lastWritten: lastWrittenOf(part, stored),
            force: forcedFor(part, now.tables[part]),
          });
          if (!result.found) {
            // The block went between the look and the update: put it in again.
            const again = await port.insertBlock(PARTS[part].build(stored));
            written[part] = insertedCopy(part, stored);
            done.push({
              part,
              done: 'Inserted',
              contentControlId: again.contentControlId,
              words: insertedWords(part, stored),
            });
            setInserted([...done]);
            continue;
          }
          written[part] = result.written;
          const words = changeWords(result);
          done.push({
            part,
            done: result.applied ? 'Updated' : 'Left as it is',
            contentControlId: result.contentControlId,
            words: `${PARTS[part].label.toLowerCase()} (${words || 'already up to date'})`,
          });
          if (result.conflicts.length > 0)
            notes.push(
              `${PARTS[part].label}: ${result.conflicts.length} ${result.conflicts.length === 1 ? 'cell' : 'cells'} you edited in the document ${result.conflicts.length === 1 ? 'was' : 'were'} left as ${result.conflicts.length === 1 ? 'it is' : 'they are'}.`,
            );
          notes.push(...(await refsToCheck(result.renumbered).catch(() => [])));
        } else if (found) {
          const result = await port.updateHeader({
            wanted: wantedHeaderLines(stored.meeting),
            lastWritten: headerLastWritten(stored),
            force: forcedLines(now.header, useForm),
          });
          if (!result.found) {
            // The header went between the look and the update: put it in again.
            const again = await port.insertBlock(PARTS.header.build(stored));
            written.header = insertedHeaderCopy(stored);
            done.push({ part, done: 'Inserted', contentControlId: again.contentControlId, words: 'header' });
            setInserted([...done]);
            continue;
          }
          written.header = [result.written];
          done.push({
            part,
            done: result.applied ? 'Updated' : 'Left as it is',
            contentControlId: result.contentControlId,
            words: `header (${headerChangeWords(result) || 'already up to date'})`,
          });
          const n = result.conflicts.length;
          if (n > 0)
            notes.push(
              `Header: ${n} ${n === 1 ? 'line' : 'lines'} you edited in the document ${n === 1 ? 'was' : 'were'} left as ${n === 1 ? 'it is' : 'they are'}.`,
            );
          for (const u of result.unsearchable)
            notes.push(`Header: the ${u.label.toLowerCase()} line was left as it is (${u.reason}).`);
        } else {
          const result = await port.insertBlock(PARTS[part].build(stored));
          if (isTable(part)) written[part] = insertedCopy(part, stored);
          else written.header = insertedHeaderCopy(stored);
          done.push({
            part,
            done: 'Inserted',
            contentControlId: result.contentControlId,
            words: insertedWords(part, stored),
          });
        }
        setInserted([...done]);
      } catch (error) {
        setFailure(failureOf(part, error));
        break;
      }
    }
    if (Object.keys(written).length > 0) onStoredChange(withWritten(stored, written));
    setUseForm(new Set());
    setKeepDocument(new Set());
    setNotices(notes);
    setRunning(null);
    setFinished((n) => n + 1);
  };

  const take = async () => {
    setFailure(null);
    setNotices([]);
    const found: Part[] = [
      ...(headerDiffers(states.header) ? (['header'] as const) : []),
      ...TABLE_PARTS.filter((part) => states.tables[part]?.found),
    ];
    try {
      onStoredChange(await takeDocumentVersion(port, stored, found));
      setInserted([]);
      setNotices([
        `The form now holds the document’s ${found.map((p) => PARTS[p].label.toLowerCase()).join(' and ')}.`,
      ]);
    } catch (error) {
      setFailure(failureOf(found[0] ?? 'attendance', error));
    }
    setFinished((n) => n + 1);
  };

  const busy = running !== null;
  const differingTables = TABLE_PARTS.filter((part) => differs(states.tables[part]));
  const differing: Part[] = [
    ...(headerDiffers(states.header) ? (['header'] as const) : []),
    ...differingTables,
  ];
  const existing = ORDER.filter((part) => foundIn(states, part));
  return (
    <section className={styles.form} aria-labelledby="insert-heading">
      <ViewHeading
        id="insert-heading"
        intro="Put the cursor in Word where the minutes should go. Each part goes in after the cursor's paragraph; nothing you have typed is replaced. A part already in the document is updated where it is."
      >
        Insert into the document
      </ViewHeading>
      {differing.length > 0 && !busy ? (
        <DiffersBanner
          what={differing
            .map((p) => PARTS[p].label.toLowerCase())
            .join(', ')
            .replace(/, ([^,]*)$/, ' and $1')}
          several={differing.length > 1}
          disabled={busy}
          onUpdate={() => void run(differing)}
          onTake={() => void take()}
        />
      ) : null}
      <div className={styles.row}>
        {ORDER.map((part) => (
          <Button key={part} disabled={busy} onClick={() => void run([part])}>
            {foundIn(states, part) ? 'Update' : 'Insert'} {PARTS[part].label.toLowerCase()}
          </Button>
        ))}
      </div>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void run(ORDER)}>
          Insert all
        </Button>
      </div>
      {states.header && headerDiffers(states.header) ? (
        <HeaderChangeSummary
          update={states.header}
          useForm={useForm}
          keepDocument={keepDocument}
          onChoose={choose}
        />
      ) : null}
      {TABLE_PARTS.map((part) => {
        const update = states.tables[part];
        return update && differs(update) ? (
          <ChangeSummary
            key={part}
            part={part}
            update={update}
            useForm={useForm}
            keepDocument={keepDocument}
            onChoose={choose}
          />
        ) : null;
      })}
      {existing.length > 0 ? (
        <div className={styles.row} role="group" aria-label="Insert another copy">
          {existing.map((part) => (
            <Button key={part} appearance="subtle" disabled={busy} onClick={() => void run([part], true)}>
              Insert another copy of the {PARTS[part].label.toLowerCase()}
            </Button>
          ))}
        </div>
      ) : null}
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
            label={`${running.verb} ${PARTS[running.part].label.toLowerCase()} (${running.step} of ${running.total})…`}
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
        {notices.length > 0 ? (
          <ul aria-label="Notes on the update" className={styles.list}>
            {notices.map((n) => (
              <li key={n}>
                <Body1>{n}</Body1>
              </li>
            ))}
          </ul>
        ) : null}
        {inserted.length > 0 ? (
          <div>
            <Subtitle2 as="h2">{doneHeading(inserted)}</Subtitle2>
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
