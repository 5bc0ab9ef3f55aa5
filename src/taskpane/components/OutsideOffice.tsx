import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** What the page says when opened in a plain browser, with the way into the in-memory preview. */
export function OutsideOffice({ onTryPreview, error }: { onTryPreview: () => void; error: string | null }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Title3 as="h1">Minutebook</Title3>
      <Body1>Minutebook runs inside Microsoft Word. Open it from Word&apos;s Home tab.</Body1>
      <Body1>
        To look around first, try the preview: it works on a sample document kept in this page only.
      </Body1>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button appearance="primary" onClick={onTryPreview}>
          Try the preview
        </Button>
      </div>
    </main>
  );
}
