import { useCallback, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { PRESETS } from '../../core/presets';
import { renumber } from '../../core/items/numbering';
import {
  addItem,
  addSubItem,
  itemAt,
  itemRows,
  moveItem,
  removeItem,
  updateItem,
} from '../../core/items/tree';
import type { Item } from '../../core/model/item';
import { LiveRegion } from '../components/LiveRegion';
import { ReorderButtons } from '../components/ReorderButtons';
import { ViewHeading } from '../components/ViewHeading';
import { useRowReorder } from '../components/useRowFocus';
import { useViewStyles } from '../components/styles';
import type { ViewProps } from './types';

const useStyles = makeStyles({
  sub: { marginLeft: tokens.spacingHorizontalXXL },
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

  const addTop = () => {
    setItems(addItem(items, ''));
    setAnnouncement(`Item ${items.length + 1} added.`);
    setTimeout(
      () =>
        listRef.current
          ?.querySelector<HTMLElement>(`[data-row="${items.length}"] [data-field="title"]`)
          ?.focus(),
      0,
    );
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
        intro="Numbers follow the order. Move a focused item with Alt+Up or Alt+Down."
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
                <Input
                  data-field="title"
                  value={item.title}
                  onChange={(_, d) => setItems(updateItem(items, path, { title: d.value }))}
                />
              </Field>
              <Checkbox
                data-field="confidential"
                checked={item.confidential}
                label="Part II (confidential)"
                onChange={(_, d) => setItems(updateItem(items, path, { confidential: d.checked === true }))}
              />
              <div className={styles.row}>
                <ReorderButtons
                  what={label}
                  index={path.at(-1) ?? 0}
                  count={siblings}
                  onMove={(delta) => moveFollowing(key, delta, delta < 0 ? 'up' : 'down')}
                  onRemove={() => {
                    setItems(removeItem(items, path));
                    setAnnouncement(`${label} removed; the items after it are renumbered.`);
                  }}
                />
                {path.length === 1 ? (
                  <Button
                    size="small"
                    aria-label={`Add a sub-item to ${label}`}
                    onClick={() => {
                      setItems(addSubItem(items, path, ''));
                      setAnnouncement(`Item ${item.number}.${item.subItems.length + 1} added.`);
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
        <Button onClick={addTop}>Add item</Button>
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
            <Select value={presetId} onChange={(_, d) => setPresetId(d.value)}>
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={addPreset}>Add its agenda</Button>
        </div>
      </section>
      <LiveRegion message={announcement} />
    </section>
  );
}
