import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
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
} from '@fluentui/react-components';
import { flattenItems } from '../../core/model/item';
import type { Attendee } from '../../core/model/attendee';
import { DocumentOperationError, TAGS, refFromActionControlTitle, type ActionTarget } from '../../core/port';
import { nextRef } from '../../core/export/refs';
import { actionPlaces, itemAtParagraph, targetForItem, type ItemPlace } from '../../core/items/action-place';
import { formatActionLine } from '../../core/write/action-line';
import { longDate } from '../../core/read/dates';
import { DateField } from '../components/DateField';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import type { ViewProps } from './types';

type Outcome =
  | { kind: 'done'; line: string; ref: string; where: string }
  | { kind: 'failed'; title: string; message: string; changed: string };

/** The picker's value for "where the cursor is". */
export const AT_CURSOR = '@cursor';

/** How an attendee is written as an owner: initials when they have them, as the minutes do. */
function ownerText(a: Attendee): string {
  return a.initials.trim() || a.name.trim() || a.capacity.trim();
}

/** "Chief Constable (CC)" → "Chief Constable": the role without the initials it repeats. */
function roleOf(a: Attendee): string {
  return a.capacity.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** What the owner list shows for a person: "Carl Dunn (CC), Chief Constable". */
export function ownerOptionText(a: Attendee): string {
  const who = a.name.trim() || roleOf(a);
  const initials = a.initials.trim() ? ` (${a.initials.trim()})` : '';
  const role = a.name.trim() && roleOf(a) ? `, ${roleOf(a)}` : '';
  return `${who}${initials}${role}`;
}

/** The part of the owner box still being typed: after "HP and " the next person. */
function lastOwnerPart(owner: string): string {
  return (/(?:\s(?:and|&)\s|\/)\s*([^/&]*)$/i.exec(owner)?.[1] ?? owner).trim().toLowerCase();
}

/** Whether a person matches what is typed: the start of their initials, or of a word of their name or role. */
export function ownerMatches(a: Attendee, typed: string): boolean {
  const want = lastOwnerPart(typed);
  if (want === '') return true;
  if (a.initials.toLowerCase().startsWith(want)) return true;
  const words = `${a.name} ${a.capacity}`.toLowerCase().split(/[\s()/,-]+/);
  return words.some((w) => w.startsWith(want)) || a.name.toLowerCase().startsWith(want);
}

/** Picking a second person after "JI and " makes a joint owner; otherwise a pick replaces the owner. */
function withPicked(current: string, picked: string): string {
  return /\s(and|&)\s*$/i.test(current) ? `${current.replace(/\s*$/, '')} ${picked}` : picked;
}

interface DocumentView {
  places: ItemPlace[];
  cursorItem: string | null;
  refs: string[];
}

/** The document's items, the cursor's item and the refs in use, read once now. */
async function readDocument(port: ViewProps['port']): Promise<DocumentView> {
  const [{ paragraphs }, cursor] = await Promise.all([port.readParagraphs(), port.cursorParagraph()]);
  const places = actionPlaces(paragraphs);
  return {
    places,
    cursorItem: itemAtParagraph(places, cursor),
    refs: paragraphs
      .filter((p) => p.contentControl?.tag === TAGS.action)
      .map((p) => refFromActionControlTitle(p.contentControl?.title ?? ''))
      .filter((r): r is string => r !== null),
  };
}

/**
 * During the meeting: owner, task, optional due date → one ACTION paragraph under its agenda item (the end of
 * the item's Notes cell in Minutebook's table, the end of its section in hand-typed minutes), with a ref.
 * Enter adds; the focus goes back to Owner with the item kept, ready for the next action.
 */
export function ActionView({ port, stored, onStoredChange, navigate }: ViewProps) {
  const styles = useViewStyles();
  const [owner, setOwner] = useState('');
  const [task, setTask] = useState('');
  const [due, setDue] = useState<string | null>(null);
  const [dueKey, setDueKey] = useState(0);
  const [doc, setDoc] = useState<DocumentView | null>(null);
  const [itemChoice, setItemChoice] = useState<string | null>(null);
  const [touched, setTouched] = useState({ owner: false, task: false });
  const [busy, setBusy] = useState(false);
  const [ownerOpen, setOwnerOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const ownerRef = useRef<HTMLInputElement>(null);
  // Refs handed out in this pane since the last read: a ref is never given twice.
  const handedOut = useRef<string[]>([]);

  const refresh = useCallback(async () => {
    try {
      const next = await readDocument(port);
      setDoc(next);
      return next;
    } catch {
      const empty = { places: [], cursorItem: null, refs: [] };
      setDoc((d) => d ?? empty);
      return empty;
    }
  }, [port]);
  useEffect(() => {
    void refresh();
    return port.onDocumentChanged(() => void refresh());
  }, [port, refresh]);

  // The items to choose from: the document's when it has any, else the form's (not inserted yet).
  const formItems = flattenItems(stored.items).map((i) => ({ number: i.number, title: i.title }));
  const items = doc && doc.places.length > 0 ? doc.places : formItems;
  const defaultItem = doc?.cursorItem ?? items.at(-1)?.number ?? AT_CURSOR;
  const itemNumber =
    itemChoice !== null && (itemChoice === AT_CURSOR || items.some((i) => i.number === itemChoice))
      ? itemChoice
      : defaultItem;
  const cursorItem = doc?.cursorItem ?? null;
  const refItem = itemNumber === AT_CURSOR ? cursorItem : itemNumber;

  const yearScheme = stored.refs.scheme === 'year';
  const ownerMissing = owner.trim() === '' ? 'Say who will do it' : undefined;
  const taskMissing = task.trim() === '' ? 'Say what is to be done' : undefined;
  const itemMissing =
    !yearScheme && refItem === null
      ? items.length > 0
        ? 'The cursor is not under an agenda item: choose the item'
        : 'Add an agenda item first: refs are numbered per item'
      : undefined;

  /** Anything typed for the next action clears the last one's banner. */
  const starting = () => {
    if (outcome?.kind === 'done') setOutcome(null);
  };

  const submit = async () => {
    setTouched({ owner: true, task: true });
    if (ownerMissing || taskMissing || itemMissing || busy) return;
    setBusy(true);
    setOutcome(null);
    const fresh = await refresh();
    const chosen = itemNumber === AT_CURSOR ? fresh.cursorItem : itemNumber;
    const target: ActionTarget | null =
      itemNumber === AT_CURSOR || chosen === null ? null : targetForItem(fresh.places, chosen);
    const used = [...fresh.refs, ...handedOut.current];
    let ref: string;
    let nextStored = stored;
    if (yearScheme) {
      const year = Number((stored.meeting.date ?? new Date().toISOString()).slice(0, 4));
      const next = nextRef(used, null, { kind: 'year', year, startAt: stored.refs.nextYearNumber });
      ref = next.ref;
      nextStored = { ...stored, refs: { ...stored.refs, nextYearNumber: next.nextYearNumber ?? 1 } };
    } else {
      ref = nextRef(used, chosen ?? refItem ?? '', { kind: 'item' }).ref;
    }
    const line = formatActionLine({ owner: owner.trim(), task: task.trim(), dueDate: due });
    const where =
      target !== null && chosen !== null
        ? `under item ${chosen}`
        : itemNumber === AT_CURSOR
          ? 'at the cursor'
          : `at the cursor: item ${chosen ?? ''} is not in the document yet`;
    try {
      await port.insertActionLine(line, ref, target);
      handedOut.current = [...handedOut.current, ref];
      if (nextStored !== stored) onStoredChange(nextStored);
      setOutcome({ kind: 'done', line, ref, where });
      setTask('');
      setDue(null);
      setDueKey((k) => k + 1);
      setOwner('');
      setTouched({ owner: false, task: false });
      // The item stays chosen: the next action at this point of the meeting is usually under it too.
      setItemChoice(itemNumber);
      ownerRef.current?.focus();
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

  /** Enter in any box adds the action (in the owner box only when its list is closed: there Enter picks). */
  const enterSubmits = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    void submit();
  };

  const people = stored.attendees.filter((a) => ownerText(a) !== '');
  const matching = people.filter((a) => ownerMatches(a, owner));
  return (
    <section className={styles.form} aria-labelledby="action-heading">
      <ViewHeading
        id="action-heading"
        intro="The action goes under its agenda item in the document. Enter adds it; the next one can be typed at once."
      >
        Add an action
      </ViewHeading>
      <Field
        label="Owner"
        required
        hint="Type initials, a role or a name; e.g. “HP and GC” for a joint action"
        validationState={touched.owner && ownerMissing ? 'error' : 'none'}
        validationMessage={touched.owner ? ownerMissing : undefined}
      >
        <Combobox
          ref={ownerRef}
          freeform
          // Owner → Task in one Tab: the list opens as you type (or with Alt+Down), its button stays for the mouse.
          expandIcon={{ tabIndex: -1 }}
          value={owner}
          selectedOptions={[]}
          open={ownerOpen && matching.length > 0}
          onOpenChange={(_, data) => setOwnerOpen(data.open)}
          onChange={(event) => {
            starting();
            setOwner(event.target.value);
            setOwnerOpen(true);
          }}
          onOptionSelect={(_, data) => {
            if (data.optionValue) setOwner((current) => withPicked(current, data.optionValue ?? ''));
            setOwnerOpen(false);
          }}
          onKeyDown={(event) => {
            if (!(ownerOpen && matching.length > 0)) enterSubmits(event);
          }}
        >
          {matching.map((a, i) => (
            <Option key={`${i}-${ownerText(a)}`} value={ownerText(a)} text={ownerOptionText(a)}>
              {ownerOptionText(a)}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field
        label="Task"
        required
        hint="As it should read after “to”, e.g. share the report with partners"
        validationState={touched.task && taskMissing ? 'error' : 'none'}
        validationMessage={touched.task ? taskMissing : undefined}
      >
        <Input
          value={task}
          onChange={(_, d) => {
            starting();
            setTask(d.value);
          }}
          onKeyDown={enterSubmits}
        />
      </Field>
      <DateField
        key={dueKey}
        label="Due date (optional)"
        value={due}
        onChange={setDue}
        emptyHint="e.g. 30/09/2022 or 30 Sept 2022"
        describe={(iso) => `Written as ${longDate(iso)}`}
        onKeyDown={enterSubmits}
      />
      <Field
        label="Agenda item"
        validationState={itemMissing ? 'error' : 'none'}
        validationMessage={itemMissing}
        // The full title, wrapped: the list box itself cuts a long one off at 320 px.
        hint={`${
          itemNumber === AT_CURSOR
            ? `After the cursor${cursorItem ? `, in item ${cursorItem}` : ''}`
            : `At the end of item ${itemNumber} ${items.find((i) => i.number === itemNumber)?.title ?? ''}`.trim()
        }${yearScheme ? '' : '; its ref is numbered within the item, e.g. 2.1-A1'}`}
      >
        <Select
          root={{ style: { minWidth: 0 } }}
          style={{ minWidth: 0 }}
          value={itemNumber}
          onChange={(_, d) => setItemChoice(d.value)}
          onKeyDown={enterSubmits}
        >
          {items.map((item) => (
            <option key={item.number} value={item.number}>
              {`${item.number} ${item.title}`.trim()}
            </option>
          ))}
          <option value={AT_CURSOR}>
            {cursorItem ? `At the cursor (in item ${cursorItem})` : 'At the cursor'}
          </option>
        </Select>
      </Field>
      {itemMissing && items.length === 0 ? (
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
              {outcome.line} ({outcome.where})
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
