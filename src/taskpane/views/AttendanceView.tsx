import { useCallback, useRef, useState } from 'react';
import { Body1, Button } from '@fluentui/react-components';
import type { Attendee } from '../../core/model/attendee';
import { findInitialsClashes, suggestInitials, suggestUniqueInitials } from '../../core/attendance/initials';
import { moveInList } from '../../core/items/move';
import { LiveRegion } from '../components/LiveRegion';
import { ViewHeading } from '../components/ViewHeading';
import { useRowReorder } from '../components/useRowFocus';
import { useViewStyles } from '../components/styles';
import { AttendeeRow, attendeeLabel } from './attendance/AttendeeRow';
import { PastePanel } from './attendance/PastePanel';
import type { ViewProps } from './types';

/** Who came: add, edit, remove, reorder (buttons or Alt+Arrow keys), paste a list; initials kept unique. */
export function AttendanceView({ stored, onStoredChange, navigate }: ViewProps) {
  const styles = useViewStyles();
  const attendees = stored.attendees;
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const clashes = new Map(findInitialsClashes(attendees).map((c) => [c.index, c.message]));
  const setAttendees = (next: Attendee[]) => onStoredChange({ ...stored, attendees: next });

  const change = (index: number, patch: Partial<Attendee>) => {
    const current = attendees[index];
    if (!current) return;
    const next = { ...current, ...patch };
    if (patch.name !== undefined) {
      // Initials follow the name until the person types their own.
      const others = attendees.filter((_, i) => i !== index).map((a) => a.initials);
      const wasSuggested =
        current.initials === '' ||
        current.initials === suggestInitials(current.name) ||
        current.initials === suggestUniqueInitials(current.name, others);
      if (wasSuggested) next.initials = suggestUniqueInitials(patch.name, others);
    }
    setAttendees(attendees.map((a, i) => (i === index ? next : a)));
  };

  const move = useCallback(
    (key: string, delta: number): string | null => {
      const index = Number(key);
      const target = index + delta;
      const moving = stored.attendees[index];
      if (!moving || target < 0 || target >= stored.attendees.length) return null;
      onStoredChange({ ...stored, attendees: moveInList(stored.attendees, index, delta) });
      setAnnouncement(
        `${attendeeLabel(moving, index)} moved to position ${target + 1} of ${stored.attendees.length}.`,
      );
      return String(target);
    },
    [stored, onStoredChange],
  );
  const { onKeyDown, moveFollowing } = useRowReorder(listRef, move);

  const remove = (index: number) => {
    const gone = attendees[index];
    setAttendees(attendees.filter((_, i) => i !== index));
    if (gone) setAnnouncement(`${attendeeLabel(gone, index)} removed.`);
  };

  const add = () => {
    setAttendees([...attendees, { name: '', capacity: '', initials: '', status: 'present' }]);
    setAnnouncement(`Attendee ${attendees.length + 1} added.`);
    // Focus the new row's name once it is drawn.
    setTimeout(
      () =>
        listRef.current
          ?.querySelector<HTMLElement>(`[data-row="${attendees.length}"] [data-field="name"]`)
          ?.focus(),
      0,
    );
  };

  return (
    <section className={styles.form} aria-labelledby="attendance-heading">
      <ViewHeading id="attendance-heading" intro="Move a focused person with Alt+Up or Alt+Down.">
        Attendance
      </ViewHeading>
      {attendees.length === 0 ? <Body1>No one yet. Add people one by one or paste a list.</Body1> : null}
      <ul className={styles.list} ref={listRef} aria-label="Attendees">
        {attendees.map((attendee, index) => (
          <AttendeeRow
            key={index}
            attendee={attendee}
            index={index}
            count={attendees.length}
            clash={clashes.get(index)}
            onChange={(patch) => change(index, patch)}
            onMove={(delta) => moveFollowing(String(index), delta, delta < 0 ? 'up' : 'down')}
            onRemove={() => remove(index)}
            onKeyDown={onKeyDown(String(index))}
          />
        ))}
      </ul>
      <div className={styles.row}>
        <Button onClick={add}>Add attendee</Button>
        <Button appearance="primary" onClick={() => navigate('items')}>
          Next: items
        </Button>
      </div>
      <PastePanel existing={attendees} onAdd={(added) => setAttendees([...attendees, ...added])} />
      <LiveRegion message={announcement} />
    </section>
  );
}
