import { Text } from '@fluentui/react-components';
import type { Minutes } from '../../../core/model';
import { flattenItems } from '../../../core/model';
import { useCheckViewStyles, useReviewStyles } from './styles';

/** What the reader understood, briefly, so a reviewer can tell a misread from a real problem. */
export function MeetingAsRead({ minutes }: { minutes: Minutes }) {
  const styles = useReviewStyles();
  const layout = useCheckViewStyles();
  const marked = minutes.actions.filter((a) => a.marked).length;
  const suggested = minutes.actions.length - marked;
  const facts: [string, string][] = [
    ['Title', minutes.meeting.title.trim() || 'not found'],
    ['Date', minutes.meeting.date ?? 'not found'],
    ['Attendees', String(minutes.attendees.length)],
    ['Items', String(flattenItems(minutes.items).length)],
    ['Actions', suggested > 0 ? `${marked} (and ${suggested} suggested)` : String(marked)],
    ['Decisions', String(minutes.decisions.length)],
  ];
  return (
    <section aria-labelledby="review-as-read">
      <h2 id="review-as-read" className={layout.subheading}>
        The meeting as read
      </h2>
      <dl className={styles.facts}>
        {facts.map(([term, detail]) => (
          <div key={term} className={styles.factRow}>
            <dt className={styles.term}>
              <Text>{term}</Text>
            </dt>
            <dd className={styles.detail}>
              <Text>{detail}</Text>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
