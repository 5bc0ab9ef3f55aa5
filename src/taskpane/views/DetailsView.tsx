import { useEffect, useRef, useState } from 'react';
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
  Subtitle2,
} from '@fluentui/react-components';
import type { Meeting } from '../../core/model/meeting';
import { PRESETS } from '../../core/presets';
import { ViewHeading } from '../components/ViewHeading';
import { useViewStyles } from '../components/styles';
import { nextMeetingText } from '../../core/write/uk-date';
import { DateField, TimeField } from '../components/DateField';
import { meetingIssues } from './useMeetingIssues';
import type { ViewProps } from './types';

/** The form's label for a field, to name it in the summary after Check the details. */
const FIELD_LABELS: Partial<Record<keyof Meeting, string>> = { title: 'the title', date: 'the date' };

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
  const [checked, setChecked] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  // A date typed but not readable is that problem, never "Give the meeting a date".
  const issues = { ...meetingIssues(meeting), ...(dateProblem ? { date: dateProblem } : {}) };
  const set = (patch: Partial<Meeting>) => onStoredChange({ ...stored, meeting: { ...meeting, ...patch } });
  const touch = (field: keyof Meeting) => () => setTouched((t) => ({ ...t, [field]: true }));
  const messageFor = (field: keyof Meeting) =>
    ((touched[field] || checked > 0) && issues[field]) || undefined;
  // People by name, and by role where the preset gave roles without names yet: the chair can be typed first.
  const people = stored.attendees.map((a) => a.name.trim() || a.capacity.trim());
  const next = stored.nextMeeting ?? { date: null, time: null, venue: '' };
  const setNext = (patch: Partial<typeof next>) => {
    const parts = { ...next, ...patch };
    const written = nextMeetingText(parts);
    onStoredChange({
      ...stored,
      nextMeeting: parts,
      meeting: { ...meeting, nextMeeting: written === '' ? null : written, nextMeetingDate: parts.date },
    });
  };
  // After Check the details, the focus goes to what it found: the first problem, or the all-clear.
  useEffect(() => {
    if (checked === 0) return;
    const invalid = document.querySelector<HTMLElement>(
      '[aria-labelledby="details-heading"] [aria-invalid="true"]',
    );
    (invalid ?? resultRef.current)?.focus();
  }, [checked]);
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
      <DateField
        label="Date"
        required
        value={meeting.date}
        onChange={(date) => set({ date })}
        emptyHint="e.g. 25/08/2022 or 25 August 2022"
        emptyMessage={messageFor('date')}
        onProblem={setDateProblem}
        showMessages={checked > 0}
      />
      <div className={styles.row}>
        <TimeField
          label="Start time"
          className={styles.grow}
          locale={host.displayLanguage}
          value={meeting.startTime}
          onChange={(startTime) => set({ startTime })}
          emptyHint="e.g. 10:00"
          showMessages={checked > 0}
        />
        <TimeField
          label="End time"
          className={styles.grow}
          locale={host.displayLanguage}
          value={meeting.endTime}
          onChange={(endTime) => set({ endTime })}
          emptyHint="e.g. 12:30"
          warning={endBeforeStart ? 'The end time is before the start time' : undefined}
          showMessages={checked > 0}
        />
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
      <section className={styles.section} aria-labelledby="next-meeting-heading">
        <Subtitle2 as="h2" id="next-meeting-heading">
          Next meeting
        </Subtitle2>
        <DateField
          label="Next meeting date"
          value={next.date}
          onChange={(date) => setNext({ date })}
          emptyHint="Written under the last item, e.g. 6 October 2022"
          showMessages={checked > 0}
        />
        <TimeField
          label="Next meeting time"
          locale={host.displayLanguage}
          value={next.time}
          onChange={(time) => setNext({ time })}
          emptyHint="e.g. 10:00"
          showMessages={checked > 0}
        />
        <Field label="Next meeting venue">
          <Input value={next.venue} onChange={(_, d) => setNext({ venue: d.value })} />
        </Field>
        {meeting.nextMeeting ? (
          <Caption1>Written in the minutes as “Next meeting: {meeting.nextMeeting}”</Caption1>
        ) : null}
      </section>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {checked > 0 && Object.keys(issues).length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>The details are ready to insert.</MessageBarBody>
          </MessageBar>
        ) : null}
        {checked > 0 && Object.keys(issues).length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              Not ready yet: fix{' '}
              {Object.keys(issues)
                .map((f) => FIELD_LABELS[f as keyof Meeting] ?? f)
                .join(' and ')}
              .
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.row}>
        <Button onClick={() => setChecked((n) => n + 1)}>Check the details</Button>
        <Button appearance="primary" onClick={() => navigate('attendance')}>
          Next: attendance
        </Button>
      </div>
      <Caption1>Saved in this document as you type.</Caption1>
    </section>
  );
}
