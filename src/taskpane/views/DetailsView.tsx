import { useState } from 'react';
import {
  Button,
  Caption1,
  Combobox,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  Select,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import type { Meeting } from '../../core/model/meeting';
import { PRESETS } from '../../core/presets';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import { formatDate, isoDateOrNull, isoTimeOrNull } from '../format/dates';
import { meetingIssues } from './useMeetingIssues';
import type { ViewProps } from './types';

export const PROTECTIVE_MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;

/** A text box with suggestions that also takes anything typed (chair, minute-taker, meeting type). */
function FreeCombo(props: {
  label: string;
  value: string;
  options: string[];
  onChange(value: string): void;
  onBlur?(): void;
}) {
  const unique = [...new Set(props.options.filter((o) => o.trim() !== ''))];
  return (
    <Field label={props.label}>
      <Combobox
        freeform
        value={props.value}
        selectedOptions={unique.includes(props.value) ? [props.value] : []}
        onChange={(event) => props.onChange(event.target.value)}
        onOptionSelect={(_, data) => props.onChange(data.optionText ?? data.optionValue ?? '')}
        onBlur={props.onBlur}
      >
        {unique.map((option) => (
          <Option key={option}>{option}</Option>
        ))}
      </Combobox>
    </Field>
  );
}

/** The meeting's header details, bound to the stored meeting, with field-level messages. */
export function DetailsView({ stored, onStoredChange, host, navigate }: ViewProps) {
  const styles = useViewStyles();
  const meeting = stored.meeting;
  const [touched, setTouched] = useState<Partial<Record<keyof Meeting, boolean>>>({});
  const [checked, setChecked] = useState(false);
  const issues = meetingIssues(meeting);
  const set = (patch: Partial<Meeting>) => onStoredChange({ ...stored, meeting: { ...meeting, ...patch } });
  const touch = (field: keyof Meeting) => () => setTouched((t) => ({ ...t, [field]: true }));
  const messageFor = (field: keyof Meeting) => ((touched[field] || checked) && issues[field]) || undefined;
  const people = stored.attendees.map((a) => a.name);
  const shownDate = formatDate(meeting.date, host.displayLanguage);
  const endBeforeStart =
    meeting.startTime !== null && meeting.endTime !== null && meeting.endTime < meeting.startTime;

  return (
    <section className={styles.form} aria-labelledby="details-heading">
      <ViewHeading id="details-heading" intro="These go in the header of the minutes.">
        Meeting details
      </ViewHeading>
      <Field
        label="Title"
        required
        validationMessage={messageFor('title')}
        validationState={messageFor('title') ? 'error' : 'none'}
      >
        <Input value={meeting.title} onChange={(_, d) => set({ title: d.value })} onBlur={touch('title')} />
      </Field>
      <FreeCombo
        label="Type of meeting"
        value={meeting.meetingType}
        options={PRESETS.map((p) => p.meetingType)}
        onChange={(meetingType) => set({ meetingType })}
      />
      <Field
        label="Date"
        required
        hint={shownDate ? `Shown in the minutes as ${shownDate}` : 'Pick the day of the meeting'}
        validationMessage={messageFor('date')}
        validationState={messageFor('date') ? 'error' : 'none'}
      >
        <Input
          type="date"
          value={meeting.date ?? ''}
          onChange={(_, d) => set({ date: isoDateOrNull(d.value) })}
          onBlur={touch('date')}
        />
      </Field>
      <div className={styles.row}>
        <Field label="Start time" className={styles.grow}>
          <Input
            type="time"
            value={meeting.startTime ?? ''}
            onChange={(_, d) => set({ startTime: isoTimeOrNull(d.value) })}
          />
        </Field>
        <Field
          label="End time"
          className={styles.grow}
          validationState={endBeforeStart ? 'warning' : 'none'}
          validationMessage={endBeforeStart ? 'The end time is before the start time' : undefined}
        >
          <Input
            type="time"
            value={meeting.endTime ?? ''}
            onChange={(_, d) => set({ endTime: isoTimeOrNull(d.value) })}
          />
        </Field>
      </div>
      <FreeCombo label="Chair" value={meeting.chair} options={people} onChange={(chair) => set({ chair })} />
      <FreeCombo
        label="Minute-taker"
        value={meeting.minuteTaker}
        options={people}
        onChange={(minuteTaker) => set({ minuteTaker })}
      />
      <Field label="Venue">
        <Input value={meeting.venue} onChange={(_, d) => set({ venue: d.value })} />
      </Field>
      <Field label="Protective marking" hint="Printed at the top and bottom of every page">
        <Select
          value={meeting.protectiveMarking ?? ''}
          onChange={(_, d) => set({ protectiveMarking: d.value === '' ? null : d.value })}
        >
          <option value="">None</option>
          {PROTECTIVE_MARKINGS.map((marking) => (
            <option key={marking} value={marking}>
              {marking}
            </option>
          ))}
          {meeting.protectiveMarking &&
          !(PROTECTIVE_MARKINGS as readonly string[]).includes(meeting.protectiveMarking) ? (
            <option value={meeting.protectiveMarking}>{meeting.protectiveMarking}</option>
          ) : null}
        </Select>
      </Field>
      <Field label="Status of these minutes">
        <RadioGroup
          value={meeting.status}
          layout="horizontal"
          onChange={(_, d) => set({ status: d.value === 'approved' ? 'approved' : 'draft' })}
        >
          <Radio value="draft" label="Draft" />
          <Radio value="approved" label="Approved" />
        </RadioGroup>
      </Field>
      {checked && Object.keys(issues).length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>The details are ready to insert.</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.row}>
        <Button onClick={() => setChecked(true)}>Check the details</Button>
        <Button appearance="primary" onClick={() => navigate('attendance')}>
          Next: attendance
        </Button>
      </div>
      <Caption1>Saved in this document as you type.</Caption1>
    </section>
  );
}
