import { forwardRef, useEffect, useState, type KeyboardEvent } from 'react';
import { Field, Input } from '@fluentui/react-components';
import { longDate } from '../../core/read/dates';
import { parseTypedDate, parseTypedTime, ukLongDate } from '../../core/write/uk-date';
import { formatTime } from '../format/dates';

interface TypedFieldProps {
  label: string;
  /** The ISO value the form holds (2022-08-25, or 14:30 for a time); null when none. */
  value: string | null;
  onChange(value: string | null): void;
  required?: boolean;
  /** Shown when the box is empty. */
  emptyHint?: string;
  /** The form's own message for an empty box ("Give the meeting a date"), shown only when nothing is typed. */
  emptyMessage?: string;
  /** Show messages now (the form was checked), not only after the box is left. */
  showMessages?: boolean;
  className?: string;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
  /** A warning about a value that reads (the end time before the start), shown under the box. */
  warning?: string;
  /** Told what is wrong with what is typed (null when it reads, or nothing is typed), as it changes. */
  onProblem?(problem: string | null): void;
}

type Kind = 'date' | 'time';

/**
 * A text box for a date or time as people type it (en-GB: 25/08/2022, 25 Aug 2022, 2.30pm), read by the core's
 * parser, never the browser's mm/dd/yyyy control. What was typed stays in the box whatever it is; the hint says
 * what was understood, in the words the document will print, or why nothing was.
 */
function useTypedField(kind: Kind, value: string | null, onChange: (value: string | null) => void) {
  const shown = (v: string | null) => (v === null ? '' : kind === 'date' ? longDate(v) : v);
  const [text, setText] = useState(() => shown(value));
  const parse = kind === 'date' ? parseTypedDate : parseTypedTime;
  // Follow a value set from outside (a preset, another view) unless the box already says the same.
  useEffect(() => {
    const typed = parse(text);
    const current = typed.ok ? typed.value : null;
    if (current !== value && !(value === null && text.trim() !== '')) setText(shown(value));
    // Only when the value changes from outside.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const typed = parse(next);
    const wanted = typed.ok ? typed.value : null;
    if (wanted !== value) onChange(wanted);
  };
  const typed = text.trim() === '' ? null : parse(text);
  return { text, change, typed };
}

function TypedField(
  kind: Kind,
  props: TypedFieldProps,
  ref: React.ForwardedRef<HTMLInputElement>,
  describe: (value: string) => string,
) {
  const { text, change, typed } = useTypedField(kind, props.value, props.onChange);
  const [left, setLeft] = useState(false);
  const show = left || props.showMessages === true;
  const problem = typed && !typed.ok && show ? typed.problem : undefined;
  const emptyProblem = typed === null && show ? props.emptyMessage : undefined;
  const message = problem ?? emptyProblem;
  const currentProblem = typed && !typed.ok ? typed.problem : null;
  const { onProblem } = props;
  useEffect(() => onProblem?.(currentProblem), [currentProblem, onProblem]);
  const hint = typed?.ok === true ? describe(typed.value) : typed === null ? props.emptyHint : undefined;
  return (
    <Field
      label={props.label}
      required={props.required}
      className={props.className}
      hint={message || props.warning ? undefined : hint}
      validationState={message ? 'error' : props.warning ? 'warning' : 'none'}
      validationMessage={message ?? props.warning}
    >
      <Input
        ref={ref}
        value={text}
        autoComplete="off"
        inputMode="text"
        onChange={(_, d) => change(d.value)}
        onBlur={() => setLeft(true)}
        onKeyDown={props.onKeyDown}
      />
    </Field>
  );
}

/** A date typed the UK way; the hint shows it as the minutes print it ("Thursday 25 August 2022"). */
export const DateField = forwardRef<HTMLInputElement, TypedFieldProps & { describe?(iso: string): string }>(
  function DateField(props, ref) {
    return TypedField(
      'date',
      props,
      ref,
      props.describe ?? ((iso) => `Shown in the minutes as ${ukLongDate(iso)}`),
    );
  },
);

/** A time typed as 14:30, 1430 or 2.30pm; stored and printed in 24-hour form. */
export const TimeField = forwardRef<HTMLInputElement, TypedFieldProps & { locale: string }>(
  function TimeField(props, ref) {
    return TypedField('time', props, ref, (time) => `Understood as ${formatTime(time, props.locale)}`);
  },
);
