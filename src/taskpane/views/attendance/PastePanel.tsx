import { useState } from 'react';
import {
  Body1,
  Button,
  Field,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@fluentui/react-components';
import type { Attendee } from '../../../core/model/attendee';
import { parseAttendancePaste, type PasteResult } from '../../../core/attendance/paste';
import { useViewStyles } from '../../components/styles';
import { STATUS_LABELS } from './AttendeeRow';

/** Paste a block of lines, see what was understood (and what was not), then add it in one go. */
export function PastePanel({
  existing,
  onAdd,
}: {
  existing: readonly Attendee[];
  onAdd(attendees: Attendee[]): void;
}) {
  const styles = useViewStyles();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<PasteResult | null>(null);
  const taken = new Map(existing.map((a) => [a.initials.trim().toUpperCase(), a.name]));

  return (
    <section className={styles.section} aria-labelledby="paste-heading">
      <Subtitle2 as="h2" id="paste-heading">
        Paste a list
      </Subtitle2>
      <Field
        label="Attendance lines"
        hint="One person a line, e.g. “Jane Smith, Chair (JS)”, or rows copied from a Word table (Name, Capacity). Labels such as “Apologies:” set the status of the people after them."
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={4}
          onChange={(_, d) => {
            setText(d.value);
            setPreview(null);
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => setPreview(parseAttendancePaste(text))} disabled={text.trim() === ''}>
          Preview the list
        </Button>
      </div>
      {preview ? (
        <div className={styles.form} aria-live="polite">
          <Body1>
            {preview.attendees.length === 1
              ? '1 person understood'
              : `${preview.attendees.length} people understood`}
            {preview.unreadable.length > 0
              ? `; ${preview.unreadable.length} line${preview.unreadable.length === 1 ? '' : 's'} not understood`
              : ''}
            {preview.skipped.length > 0
              ? `; ${preview.skipped.length} header or label line${preview.skipped.length === 1 ? '' : 's'} skipped`
              : ''}
            .
          </Body1>
          {preview.attendees.length > 0 ? (
            <Table size="small" aria-label="People understood from the pasted lines">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Name</TableHeaderCell>
                  <TableHeaderCell>Capacity</TableHeaderCell>
                  <TableHeaderCell>Initials</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.attendees.map(({ attendee, initialsSuggested }, index) => {
                  const key = attendee.initials.toUpperCase();
                  const other = taken.get(key);
                  // Later pasted lines clash with earlier ones too.
                  if (!other && key !== '') taken.set(key, attendee.name);
                  return (
                    // One line may give several people ("Ann Lee, Bob Hart"): the position is the key.
                    <TableRow key={index}>
                      <TableCell>{attendee.name}</TableCell>
                      <TableCell>{attendee.capacity}</TableCell>
                      <TableCell>
                        {attendee.initials}
                        {initialsSuggested ? ' (suggested)' : ''}
                        {other ? ` — already used by ${other}` : ''}
                      </TableCell>
                      <TableCell>{STATUS_LABELS[attendee.status]}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          ) : null}
          {preview.unreadable.length > 0 ? (
            <div>
              <Subtitle2 as="h3">Lines not understood (not added)</Subtitle2>
              <ul aria-label="Lines not understood">
                {preview.unreadable.map((u, index) => (
                  <li key={index}>
                    <Body1>
                      Line {u.line}: “{u.source}” — {u.reason}
                    </Body1>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {preview.skipped.length > 0 ? (
            <div>
              <Subtitle2 as="h3">Lines skipped</Subtitle2>
              <ul aria-label="Lines skipped">
                {preview.skipped.map((s, index) => (
                  <li key={index}>
                    <Body1>
                      Line {s.line}: {s.note}
                    </Body1>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={preview.attendees.length === 0}
              onClick={() => {
                onAdd(preview.attendees.map((a) => a.attendee));
                setPreview(null);
                setText(preview.unreadable.map((u) => u.source).join('\n'));
              }}
            >
              {preview.attendees.length === 1 ? 'Add 1 person' : `Add ${preview.attendees.length} people`}
            </Button>
            <Button onClick={() => setPreview(null)}>Cancel</Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
