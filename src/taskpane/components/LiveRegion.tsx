import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

/** Words for screen readers only (moves, removals), announced politely as they change. */
export function LiveRegion({ message }: { message: string }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" className={styles.hidden}>
      {message}
    </div>
  );
}
