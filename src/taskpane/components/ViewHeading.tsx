import { Title3, Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
});

/** The one h1 of a view, with a line saying what the view is for. */
export function ViewHeading({
  children,
  intro,
  id,
}: {
  children: ReactNode;
  intro?: ReactNode;
  id?: string;
}) {
  const styles = useStyles();
  return (
    <div className={styles.header}>
      <Title3 as="h1" id={id}>
        {children}
      </Title3>
      {intro ? <Body1>{intro}</Body1> : null}
    </div>
  );
}
