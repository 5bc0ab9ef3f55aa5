import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import type { HeaderUpdate } from '../../../core/port';
import type { ForcedLine, HeaderConflict, HeaderLineChange } from '../../../core/write/header-update';
import { useViewStyles } from '../../components/styles';
import { headerChangeWords } from './block-parts';
import { ConflictChoice } from './ConflictChoice';

export const headerConflictKey = (c: HeaderConflict) => `header:${c.label}`;

/** The conflicts the user chose the form's value for, as the update takes them. */
export function forcedLines(update: HeaderUpdate | null, useForm: ReadonlySet<string>): ForcedLine[] {
  return (update?.conflicts ?? [])
    .filter((c) => useForm.has(headerConflictKey(c)))
    .map(({ label, document }) => ({ label, document }));
}

interface Props {
  update: HeaderUpdate;
  useForm: ReadonlySet<string>;
  keepDocument: ReadonlySet<string>;
  onChoose(key: string, choice: 'form' | 'document'): void;
}

/** "Chair: “Maren Oakley” becomes “Jasper Wenlock”", "Time: “18:30” is added", "Venue: “Vestry room” goes". */
function changeLine(c: HeaderLineChange): string {
  if (c.from === null) return `${c.label}: “${c.to ?? ''}” is added.`;
  if (c.to === null) return `${c.label}: “${c.from}” goes.`;
  return `${c.label}: “${c.from}” becomes “${c.to}”.`;
}

const documentWords = (c: HeaderConflict) =>
  c.document === null ? 'the document no longer has the line' : `the document says “${c.document}”`;

/** What an update of the header will do, with a choice for each line both sides changed. */
export function HeaderChangeSummary({ update, useForm, keepDocument, onChoose }: Props) {
  const styles = useViewStyles();
  const words = headerChangeWords(update);
  const open = update.conflicts.filter((c) => !keepDocument.has(headerConflictKey(c)));
  return (
    <div className={styles.listRow} role="group" aria-label="Header: what Update will change">
      <Subtitle2 as="h3">Header</Subtitle2>
      <Body1>{words ? `Update will change: ${words}.` : 'Nothing to change that you have not edited.'}</Body1>
      {update.changes.length > 0 ? (
        <ul className={styles.list} aria-label="Header: lines Update will write">
          {update.changes.map((c) => (
            <li key={`change-${c.label}`}>
              <Caption1>{changeLine(c)}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      {update.kept
        .filter((k) => k.written)
        .map((k) => (
          <Caption1 key={`kept-${k.label}`}>
            The {k.label.toLowerCase()} line stays: {k.reason}. Delete it in the document if it should go.
          </Caption1>
        ))}
      {update.unsearchable.map((u) => (
        <Caption1 key={`unsearchable-${u.label}`}>
          The {u.label.toLowerCase()} line is left as it is: {u.reason}. Change it in the document to “
          {u.form}”.
        </Caption1>
      ))}
      {open.length > 0 ? (
        <ul className={styles.list} aria-label="Header: changed on both sides">
          {open.map((c) => {
            const key = headerConflictKey(c);
            const chosen = useForm.has(key);
            const what = c.label.toLowerCase();
            return (
              <ConflictChoice
                key={key}
                chosen={chosen}
                what={`${what} in the header`}
                onChoose={(side) => onChoose(key, side)}
              >
                {c.label}: the form says “{c.form}”, {documentWords(c)}.
              </ConflictChoice>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
