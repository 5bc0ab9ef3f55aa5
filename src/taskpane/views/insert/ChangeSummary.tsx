import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { BlockUpdate } from '../../../core/port';
import type { CellConflict } from '../../../core/write/block-update';
import { useViewStyles } from '../../components/styles';
import { changeWords, type TablePart } from './block-parts';
import { ConflictChoice } from './ConflictChoice';

const LABEL: Record<TablePart, string> = { attendance: 'Attendance', items: 'Agenda items' };

export const conflictKey = (part: TablePart, c: CellConflict) => `${part}:${c.table}:${c.row}:${c.cell}`;

interface Props {
  part: TablePart;
  update: BlockUpdate;
  /** Conflicts the user chose the form's value for (by `conflictKey`). */
  useForm: ReadonlySet<string>;
  /** Conflicts the user chose to keep as the document has them. */
  keepDocument: ReadonlySet<string>;
  onChoose(key: string, choice: 'form' | 'document'): void;
}

/** What an update of one block will do, in plain words, with a choice for each cell both sides changed. */
export function ChangeSummary({ part, update, useForm, keepDocument, onChoose }: Props) {
  const styles = useViewStyles();
  const words = changeWords(update);
  const open = update.conflicts.filter((c) => !keepDocument.has(conflictKey(part, c)));
  return (
    <div className={styles.listRow} role="group" aria-label={`${LABEL[part]}: what Update will change`}>
      <Subtitle2 as="h3">{LABEL[part]}</Subtitle2>
      <Body1>{words ? `Update will change: ${words}.` : 'Nothing to change that you have not edited.'}</Body1>
      {update.keptRows
        .filter((k) => k.written)
        .map((k) => (
          <Caption1 key={`kept-${k.table}-${k.row}`}>
            The row for “{k.key}” stays: {k.reason}. Delete it in the document if it should go.
          </Caption1>
        ))}
      {update.missingTables > 0 ? (
        <Caption1>
          The document has no Part II table for the confidential items: insert another copy of the items, or
          add the table by hand.
        </Caption1>
      ) : null}
      {open.length > 0 ? (
        <ul className={styles.list} aria-label={`${LABEL[part]}: changed on both sides`}>
          {open.map((c) => {
            const key = conflictKey(part, c);
            const chosen = useForm.has(key);
            return (
              <ConflictChoice
                key={key}
                chosen={chosen}
                what={`${c.column.toLowerCase()} for ${c.key}`}
                onChoose={(side) => onChoose(key, side)}
              >
                {c.column} of “{c.key}”: the form says “{c.pane}”, the document says “{c.document}”.
              </ConflictChoice>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
