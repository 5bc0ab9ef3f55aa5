import { useId, useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { useCheckViewStyles } from './styles';

interface WhyToggleProps {
  /** The reader's reason, in words (core `explain` / `whyFinding`). */
  reason: string;
  /** What the reason is about, for screen readers: "Why? (the action for Idris Kaya)". */
  about: string;
}

/** "Why?" on demand: a toggle that shows the reader's reason under it, announced by its expanded state. */
export function WhyToggle({ reason, about }: WhyToggleProps) {
  const layout = useCheckViewStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <Button
        size="small"
        appearance="subtle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={`Why? (${about})`}
        onClick={() => setOpen(!open)}
      >
        Why?
      </Button>
      <Text id={id} size={200} className={layout.quiet} hidden={!open}>
        {reason}
      </Text>
    </>
  );
}
