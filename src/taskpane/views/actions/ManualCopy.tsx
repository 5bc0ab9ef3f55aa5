import { useEffect, useRef } from 'react';
import { Field, Textarea } from '@fluentui/react-components';
import { useActionsStyles } from './styles';

/** The last way to copy: the rows, selected, for the person to copy with Ctrl+C (⌘C on Mac). */
export function ManualCopy({ text }: { text: string }) {
  const styles = useActionsStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <Field label="Press Ctrl+C (⌘C on Mac) to copy these rows, then paste them into Excel">
      <Textarea
        ref={ref}
        readOnly
        value={text}
        className={styles.manualCopy}
        onFocus={(event) => event.currentTarget.select()}
      />
    </Field>
  );
}
