import { Body1, Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useViewStyles } from '../../components/styles';

interface ConflictChoiceProps {
  /** What the conflict is, in words: "Role of “Ada Lowe”: the form says …, the document says …". */
  children: ReactNode;
  /** Whether the form's value will be written (the user chose it). */
  chosen: boolean;
  /** The end of each button's accessible name: "role for Ada Lowe", "chair in the header". */
  what: string;
  onChoose(side: 'form' | 'document'): void;
}

/** One cell or line changed on both sides: what each says, and a choice between them (tables and the header). */
export function ConflictChoice({ children, chosen, what, onChoose }: ConflictChoiceProps) {
  const styles = useViewStyles();
  return (
    <li className={styles.listRow}>
      <Body1>
        {children}
        {chosen ? ' Update will use the form’s.' : ' Update leaves the document’s.'}
      </Body1>
      <div className={styles.row}>
        <Button
          size="small"
          aria-pressed={chosen}
          onClick={() => onChoose('form')}
          aria-label={`Use the form’s ${what}`}
        >
          Use the form’s
        </Button>
        <Button size="small" onClick={() => onChoose('document')} aria-label={`Keep the document’s ${what}`}>
          Keep the document’s
        </Button>
      </div>
    </li>
  );
}
