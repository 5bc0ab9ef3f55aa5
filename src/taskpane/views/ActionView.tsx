import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Combobox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Select,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { flattenItems } from '../../core/model/item';
import { DocumentOperationError, TAGS, refFromActionControlTitle } from '../../core/port';
import { nextRef } from '../../core/export/refs';
import { formatActionLine } from '../../core/write/action-line';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import { formatDate, isoDateOrNull } from '../format/dates';
import type { ViewProps } from './types';

type Outcome =
  | { kind: 'done'; line: string; ref: string }
  | { kind: 'failed'; title: string; message: string; changed: string };

/** How an attendee is written as an owner: initials when they have them, as the minutes do. */
function ownerText(name: string, initials: string): string {
  return initials.trim() || name.trim();
}

/** Picking a second person after "JI and " makes a joint owner; otherwise a pick replaces the owner. */
function withPicked(current: string, picked: string): string {
  return /\s(and|&)\s*$/i.test(current) ? `${current.replace(/\s*$/, '')} ${picked}` : picked;
}

/** During the meeting: owner, task, optional due date → one ACTION paragraph after the cursor, with a ref. */
export function ActionView({ port, stored, onStoredChange, host, navigate }: ViewProps) {
  const styles = useViewStyles();
  const items = flattenItems(stored.items);
  const [owner, setOwner] = useState('');
  const [task, setTask] = useState('');
  const [due, setDue] = useState<string | null>(null);
  const [itemNumber, setItemNumber] = useState(items.at(-1)?.number ?? '');
  const [touched, setTouched] = useState({ owner: false, task: false });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Refs already in the document (read once) and handed out since: a ref is never given twice.
  const usedRefs = useRef<string[] | null>(null);

  useEffect(() => {
    let cancelled = false;
    port.readParagraphs().then(
      ({ paragraphs }) => {
        if (cancelled) return;
        usedRefs.current = paragraphs
          .filter((p) => p.contentControl?.tag === TAGS.action)
          .map((p) => refFromActionControlTitle(p.contentControl?.title ?? ''))
          .filter((r): r is string => r !== null);
      },
      () => {
        if (!cancelled) usedRefs.current = [];
      },
    );
    return () => {
      cancelled = true;
    };
  }, [port]);

  const yearScheme = stored.refs.scheme === 'year';
  const ownerMissing = owner.trim() === '' ? 'Say who will do it' : undefined;
  const taskMissing = task.trim() === '' ? 'Say what is to be done' : undefined;
  const itemMissing =
    !yearScheme && itemNumber === '' ? 'Add an agenda item first: refs are numbered per item' : undefined;

  const submit = async () => {
    setTouched({ owner: true, task: true });
    if (ownerMissing || taskMissing || itemMissing) return;
    const used = usedRefs.current ?? [];
    let ref: string;
    let nextStored = stored;
    if (yearScheme) {
      const year = Number((stored.meeting.date ?? new Date().toISOString()).slice(0, 4));
      const next = nextRef(used, null, { kind: 'year', year, startAt: stored.refs.nextYearNumber });
      ref = next.ref;
      nextStored = { ...stored, refs: { ...stored.refs, nextYearNumber: next.nextYearNumber ?? 1 } };
    } else {
      ref = nextRef(used, itemNumber, { kind: 'item' }).ref;
    }
    const line = formatActionLine({ owner: owner.trim(), task: task.trim(), dueDate: due });
    setBusy(true);
    setOutcome(null);
    try {
      await port.insertActionLine(line, ref);
      usedRefs.current = [...used, ref];
      if (nextStored !== stored) onStoredChange(nextStored);
      setOutcome({ kind: 'done', line, ref });
      setTask('');
      setDue(null);
      setOwner('');
      setTouched({ owner: false, task: false });
    } catch (error) {
      const e = error instanceof DocumentOperationError ? error : null;
      setOutcome({
        kind: 'failed',
        title: `${e?.operation ?? 'Add action'} failed`,
        message: error instanceof Error ? error.message : String(error),
        changed: e?.changed ?? '',
      });
    } finally {
      setBusy(false);
    }
  };

  const shownDue = formatDate(due, host.displayLanguage);
  return (
    <section className={styles.form} aria-labelledby="action-heading">
      <ViewHeading
        id="action-heading"
        intro="The action goes in as its own paragraph after the cursor's paragraph in Word."
      >
        Add an action
      </ViewHeading>
      <Field
        label="Owner"
        required
        hint="Pick someone, or type, e.g. “HP and GC” for a joint action"
        validationState={touched.owner && ownerMissing ? 'error' : 'none'}
        validationMessage={touched.owner ? ownerMissing : undefined}
      >
        <Combobox
          freeform
          value={owner}
          selectedOptions={[]}
          onChange={(event) => setOwner(event.target.value)}
          onOptionSelect={(_, data) =>
            data.optionValue && setOwner((current) => withPicked(current, data.optionValue ?? ''))
          }
          onBlur={() => setTouched((t) => ({ ...t, owner: true }))}
        >
          {stored.attendees
            .filter((a) => a.name.trim() !== '')
            .map((a, i) => (
              <Option
                key={`${i}-${a.name}`}
                value={ownerText(a.name, a.initials)}
                text={`${a.name.trim()}${a.initials ? ` (${a.initials})` : ''}`}
              >
                {`${a.name.trim()}${a.initials ? ` (${a.initials})` : ''}`}
              </Option>
            ))}
        </Combobox>
      </Field>
      <Field
        label="Task"
        required
        validationState={touched.task && taskMissing ? 'error' : 'none'}
        validationMessage={touched.task ? taskMissing : undefined}
      >
        <Textarea
          value={task}
          onChange={(_, d) => setTask(d.value)}
          onBlur={() => setTouched((t) => ({ ...t, task: true }))}
        />
      </Field>
      <Field label="Due date (optional)" hint={shownDue ? `Written as ${shownDue}` : undefined}>
        <Input type="date" value={due ?? ''} onChange={(_, d) => setDue(isoDateOrNull(d.value))} />
      </Field>
      {yearScheme ? null : (
        <Field
          label="Agenda item"
          validationState={itemMissing ? 'error' : 'none'}
          validationMessage={itemMissing}
          hint="The ref is numbered within this item, e.g. 2.1-A1"
        >
          <Select
            root={{ style: { minWidth: 0 } }}
            style={{ minWidth: 0 }}
            value={itemNumber}
            onChange={(_, d) => setItemNumber(d.value)}
          >
            {items.map((item) => (
              <option key={item.number} value={item.number}>
                {`${item.number} ${item.title}`.trim()}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {itemMissing ? (
        <div>
          <Button onClick={() => navigate('items')}>Go to agenda items</Button>
        </div>
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
          Insert action
        </Button>
      </div>
      <div aria-live="polite">
        {busy ? <Spinner size="small" label="Inserting the action…" /> : null}
        {outcome?.kind === 'done' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Action {outcome.ref} inserted</MessageBarTitle>
              {outcome.line}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{outcome.title}</MessageBarTitle>
              {outcome.message}{' '}
              {outcome.changed ? `What changed: ${outcome.changed}` : 'The document was left as it was.'}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
