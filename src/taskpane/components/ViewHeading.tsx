import { Body1, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
  heading: {
    ...typographyStyles.title3,
    margin: 0,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
});

/**
 * The one h1 of a view, with a line saying what the view is for. When the view replaces the control that
 * had focus (e.g. "Start new minutes" moving to Details), focus would fall to the page body; the heading
 * takes it instead, so keyboard and screen-reader users land at the start of the new view.
 */
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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, []);
  return (
    <div className={styles.header}>
      <h1 id={id} ref={heading} tabIndex={-1} className={styles.heading}>
        {children}
      </h1>
      {intro ? <Body1>{intro}</Body1> : null}
    </div>
  );
}
