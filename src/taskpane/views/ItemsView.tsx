import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Select,
  Textarea,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PRESETS } from '../../core/presets';
import { renumber } from '../../core/items/numbering';
import {
  addItem,
  addSubItem,
  indentItem,
  insertItemAfter,
  itemAt,
  outdentItem,
  itemRows,
  moveItem,
  removeItem,
  updateItem,
} from '../../core/items/tree';
import type { Item } from '../../core/model/item';
import { LiveRegion } from '../components/LiveRegion';
import { PresetSummary } from '../components/PresetSummary';
import { ReorderButtons } from '../components/ReorderButtons';
import { ViewHeading } from '../components/ViewHeading';
import { useRowReorder } from '../components/useRowFocus';
import { useViewStyles } from '../components/styles';
import type { ViewProps } from './types';

const useStyles = makeStyles({
  sub: { marginLeft: tokens.spacingHorizontalXL },
  // Long titles wrap onto more lines rather than scroll out of sight in a 320 px pane.
  title: { fieldSizing: 'content', minHeight: 'auto', resize: 'none' } as Record<string, string>,
});

const pathOf = (key: string) => key.split('.').map(Number);

function itemLabel(item: Item): string {
  return `item ${item.number}${item.title.trim() ? ` ${item.title.trim()}` : ''}`;
}

/** The agenda: items and sub-items with live numbers, Part II flags, reordering by buttons or Alt+Arrow keys. */
export function ItemsView({ stored, onStoredChange, navigate }: ViewProps) {
  const styles = useViewStyles();
  const own = useStyles();
  const listRef = useRef<HTMLUListElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const [presetId, setPresetId] = useState(PRESETS[0]?.id ?? '');
  const items = stored.items;
  const setItems = (next: Item[]) => onStoredChange({ ...stored, items: next });

  const move = useCallback(
    (key: string, delta: number): string | null => {
      const path = pathOf(key);
      const last = path.at(-1) ?? 0;
      const siblings =
        path.length === 1 ? stored.items : (itemAt(stored.items, path.slice(0, -1))?.subItems ?? []);
      const target = last + delta;
      if (target < 0 || target >= siblings.length) return null;
      const next = moveItem(stored.items, path, delta);
      const newPath = [...path.slice(0, -1), target];
      onStoredChange({ ...stored, items: next });
      const moved = itemAt(next, newPath);
      if (moved) setAnnouncement(`${moved.title.trim() || 'Item'} is now item ${moved.number}.`);
      return newPath.join('.');
    },
    [stored, onStoredChange],
  );
  const { onKeyDown, moveFollowing } = useRowReorder(listRef, move);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  // A row to focus once the list has been drawn again (after Enter, indent, outdent, remove).
  const focusNext = useRef<{ row: string; field: string } | null>(null);
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = null;
    const target =
      listRef.current?.querySelector<HTMLElement>(`[data-row="${want.row}"] [data-field="${want.field}"]`) ??
      addButtonRef.current;
    target?.focus();
  });

  /**
   * In a title: Enter adds the next item at the same level and moves to it; Alt+Right makes the item a
   * sub-item of the one before, Alt+Left a top-level item again (Tab keeps moving between controls).
   */
  const titleKeys = (path: number[]) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (event.key === 'Enter' && plain) {
      event.preventDefault();
      const next = insertItemAfter(items, path);
      setItems(next.items);
      const added = itemAt(next.items, next.path);
      setAnnouncement(`Item ${added?.number ?? ''} added.`);
      focusNext.current = { row: next.path.join('.'), field: 'title' };
      return;
    }
    if (event.altKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      const next = event.key === 'ArrowRight' ? indentItem(items, path) : outdentItem(items, path);
      if (!next) return;
      setItems(next.items);
      const moved = itemAt(next.items, next.path);
      setAnnouncement(`${moved?.title.trim() || 'Item'} is now item ${moved?.number ?? ''}.`);
      focusNext.current = { row: next.path.join('.'), field: 'title' };
    }
  };

  const addTop = () => {
    setItems(addItem(items, ''));
    setAnnouncement(`Item ${items.length + 1} added.`);
    focusNext.current = { row: String(items.length), field: 'title' };
  };

  const addPreset = () => {
    const preset = PRESETS.find((p) => p.id === presetId);
    if (!preset) return;
    setItems(renumber([...items, ...preset.items]));
    setAnnouncement(`${preset.items.length} items of the ${preset.name} agenda added.`);
  };

  const rows = itemRows(items);
  return (
    <section className={styles.form} aria-labelledby="items-heading">
      <ViewHeading
        id="items-heading"
        intro="Numbers follow the order. In a title, Enter adds the next item; Alt+Right makes it a sub-item, Alt+Left a main item again; Alt+Up and Alt+Down move it."
      >
        Agenda items
      </ViewHeading>
      {rows.length === 0 ? (
        <Body1>No items yet. Add them one by one or use a standard agenda below.</Body1>
      ) : null}
      <ul className={styles.list} ref={listRef} aria-label="Agenda items">
        {rows.map(({ item, path, siblings }) => {
          const key = path.join('.');
          const label = itemLabel(item);
          return (
            <li
              key={key}
              data-row={key}
              className={path.length > 1 ? `${styles.listRow} ${own.sub}` : styles.listRow}
              aria-label={label}
              onKeyDown={onKeyDown(key)}
            >
              <Field label={`Item ${item.number}${item.confidential ? ' (Part II)' : ''}`}>
                <Textarea
                  data-field="title"
                  rows={1}
                  resize="none"
                  textarea={{ className: own.title }}
                  value={item.title}
                  onChange={(_, d) =>
                    setItems(updateItem(items, path, { title: d.value.replace(/[\r\n]+/g, ' ') }))
                  }
                  onKeyDown={titleKeys(path)}
                />
              </Field>
              <Checkbox
                data-field="confidential"
                checked={item.confidential}
                label="Part II (confidential)"
                aria-label={`Part II (confidential): ${label}`}
                onChange={(_, d) => setItems(updateItem(items, path, { confidential: d.checked === true }))}
              />
              <div className={styles.row}>
                <ReorderButtons
                  what={label}
                  index={path.at(-1) ?? 0}
                  count={siblings}
                  onMove={(delta) => moveFollowing(key, delta, delta < 0 ? 'up' : 'down')}
                  onRemove={() => {
                    const next = removeItem(items, path);
                    setItems(next);
                    setAnnouncement(`${label} removed; the items after it are renumbered.`);
                    // The focus goes to the row now in its place, else the one before, else Add item.
                    const same = itemAt(next, path) ? path : null;
                    const before =
                      (path.at(-1) ?? 0) > 0
                        ? [...path.slice(0, -1), (path.at(-1) ?? 0) - 1]
                        : path.slice(0, -1);
                    const row = same ?? (before.length > 0 ? before : null);
                    focusNext.current = row
                      ? { row: row.join('.'), field: 'title' }
                      : { row: '-', field: '-' };
                  }}
                />
                {path.length === 1 ? (
                  <Button
                    size="small"
                    aria-label={`Add sub-item to ${label}`}
                    onClick={() => {
                      setItems(addSubItem(items, path, ''));
                      setAnnouncement(`Item ${item.number}.${item.subItems.length + 1} added.`);
                      focusNext.current = { row: [...path, item.subItems.length].join('.'), field: 'title' };
                    }}
                  >
                    Add sub-item
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <div className={styles.row}>
        <Button ref={addButtonRef} onClick={addTop}>
          Add item
        </Button>
        <Button appearance="primary" onClick={() => navigate('insert')}>
          Next: insert
        </Button>
      </div>
      <section className={styles.section} aria-labelledby="preset-heading">
        <Subtitle2 as="h2" id="preset-heading">
          Standard agenda
        </Subtitle2>
        <div className={styles.row}>
          <Field label="Meeting type" className={styles.grow}>
            <Select
              root={{ style: { minWidth: 0 } }}
              style={{ minWidth: 0 }}
              value={presetId}
              onChange={(_, d) => setPresetId(d.value)}
            >
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={addPreset}>Add its agenda</Button>
        </div>
        {PRESETS.find((p) => p.id === presetId) ? (
          <PresetSummary preset={PRESETS.find((p) => p.id === presetId)!} />
        ) : null}
      </section>
      <LiveRegion message={announcement} />
    </section>
  );
}
