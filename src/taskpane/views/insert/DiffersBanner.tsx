import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

interface Props {
  /** "attendance", "attendance and agenda items". */
  what: string;
  /** More than one block differs ("differ" rather than "differs"). */
  several: boolean;
  disabled: boolean;
  onUpdate(): void;
  onTake(): void;
}

/** The document's blocks and the form no longer agree: bring one in line with the other. */
export function DiffersBanner({ what, several, disabled, onUpdate, onTake }: Props) {
  return (
    <MessageBar intent="warning" layout="multiline" aria-label="The document differs from the form">
      <MessageBarBody>
        <MessageBarTitle>
          The {what} in the document {several ? 'differ' : 'differs'} from the form.
        </MessageBarTitle>
        Update the document from the form (what you edited in the document is left for you to choose), or take
        the document’s version into the form.
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={disabled} onClick={onUpdate}>
          Update the document
        </Button>
        <Button disabled={disabled} onClick={onTake}>
          Take the document’s version
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
