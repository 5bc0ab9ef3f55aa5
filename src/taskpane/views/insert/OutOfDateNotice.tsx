import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { DocumentPort } from '../../../core/port';
import type { StoredMeeting } from '../../../core/model/stored';
import { differs, headerDiffers, TABLE_PARTS } from './block-parts';
import { useBlockStates } from './useBlockStates';

const WORDS = { attendance: 'attendance', items: 'agenda items' } as const;

/** Looks at the document once the form or the document has been still this long. */
export const OUT_OF_DATE_DELAY_MS = 1500;

/**
 * Shown above every view but Insert: the blocks in the document no longer follow the form, so the user knows
 * before the minutes go out. Insert shows the changes and the choices.
 */
export function OutOfDateNotice(props: { port: DocumentPort; stored: StoredMeeting; onOpenInsert(): void }) {
  const { states } = useBlockStates(props.port, props.stored, OUT_OF_DATE_DELAY_MS);
  const differing = TABLE_PARTS.filter((part) => differs(states.tables[part]));
  const header = headerDiffers(states.header);
  if (differing.length === 0 && !header) return null;
  const what = [...differing.map((p) => WORDS[p]), ...(header ? ['header'] : [])];
  const list = what.length > 1 ? `${what.slice(0, -1).join(', ')} and ${what.at(-1)}` : what[0];
  return (
    <MessageBar intent="info" layout="multiline" aria-label="The document is out of date">
      <MessageBarBody>
        The {list} in the document {what.length > 1 ? 'differ' : 'differs'} from the form.
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onOpenInsert}>Review and update</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
