import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

export interface StoredMeetingNoticesProps {
  /** About the saved copy itself: migrated, refused and kept, or ignored. */
  notices: readonly string[];
  /** Where the document's text and the saved copy disagreed (the text was used), in plain words. */
  differences: readonly string[];
  onDismiss(): void;
  /** Another person saved the meeting since this pane read it; the last save was refused. */
  conflict: boolean;
  onReloadTheirs(): void;
  onKeepMine(): void;
}

/** What the pane found when it restored the meeting kept in the document, and a save refused by someone else's. */
export function StoredMeetingNotices({
  notices,
  differences,
  onDismiss,
  conflict,
  onReloadTheirs,
  onKeepMine,
}: StoredMeetingNoticesProps) {
  return (
    <>
      {conflict ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Someone else saved this meeting</MessageBarTitle>
            Another person saved the meeting details in this document since you opened it. Your changes are
            kept in the pane and not saved yet.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReloadTheirs}>Reload their version</Button>
            <Button onClick={onKeepMine}>Keep mine</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {notices.length > 0 || differences.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
            {differences.length > 0 ? (
              <>
                <p>The document and the saved meeting details differed; the document&apos;s text was used:</p>
                <ul aria-label="What differed">
                  {differences.map((difference) => (
                    <li key={difference}>{difference}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onDismiss}>Dismiss</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </>
  );
}
