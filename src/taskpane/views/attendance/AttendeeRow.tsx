import type { KeyboardEvent } from 'react';
import { Field, Input, Select } from '@fluentui/react-components';
import type { AttendanceStatus, Attendee } from '../../../core/model/attendee';
import { AttendanceStatus as StatusSchema } from '../../../core/model/attendee';
import { ReorderButtons } from '../../components/ReorderButtons';
import { useViewStyles } from '../../components/styles';

export const STATUS_LABELS: Record<AttendanceStatus, string> = {
  present: 'Present',
  'in attendance': 'In attendance',
  apologies: 'Apologies',
  absent: 'Absent',
};

export function attendeeLabel(attendee: Attendee, index: number): string {
  return attendee.name.trim() || `attendee ${index + 1}`;
}

/** One attendee: name, capacity, initials (with the clash message), status, and its move/remove buttons. */
export function AttendeeRow(props: {
  attendee: Attendee;
  index: number;
  count: number;
  clash: string | undefined;
  onChange(patch: Partial<Attendee>): void;
  onMove(delta: number): void;
  onRemove(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}) {
  const styles = useViewStyles();
  const { attendee, index } = props;
  const label = attendeeLabel(attendee, index);
  return (
    <li
      className={styles.listRow}
      data-row={String(index)}
      aria-label={`${index + 1}. ${label}`}
      onKeyDown={props.onKeyDown}
    >
      <div className={styles.row}>
        <Field label="Name" className={styles.grow}>
          <Input
            data-field="name"
            value={attendee.name}
            onChange={(_, d) => props.onChange({ name: d.value })}
          />
        </Field>
        <Field label="Capacity" className={styles.grow}>
          <Input
            data-field="capacity"
            value={attendee.capacity}
            onChange={(_, d) => props.onChange({ capacity: d.value })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          label="Initials"
          validationState={props.clash ? 'error' : 'none'}
          validationMessage={props.clash}
        >
          <Input
            data-field="initials"
            size="medium"
            value={attendee.initials}
            onChange={(_, d) => props.onChange({ initials: d.value })}
          />
        </Field>
        <Field label="Status">
          <Select
            data-field="status"
            value={attendee.status}
            onChange={(_, d) => {
              const status = StatusSchema.safeParse(d.value);
              if (status.success) props.onChange({ status: status.data });
            }}
          >
            {StatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <ReorderButtons
          what={label}
          index={index}
          count={props.count}
          onMove={props.onMove}
          onRemove={props.onRemove}
        />
      </div>
    </li>
  );
}
