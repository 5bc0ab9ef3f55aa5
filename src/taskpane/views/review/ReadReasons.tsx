import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Minutes } from '../../../core/model';
import type { Explanation } from '../../../core/read';
import { useCheckViewStyles, useReviewStyles } from './styles';
import { WhyToggle } from './WhyToggle';

/**
 * The actions and attendees as the reader read them, each with "Why?" (its trace in words), so a reviewer can
 * tell a misread from a real problem. Attendees are listed on request: a board may have forty.
 */
export function ReadReasons({ minutes, explanation }: { minutes: Minutes; explanation: Explanation }) {
  const styles = useReviewStyles();
  const layout = useCheckViewStyles();
  const [showAttendees, setShowAttendees] = useState(false);
  return (
    <section aria-labelledby="review-read-reasons" className={layout.section}>
      <h2 id="review-read-reasons" className={layout.subheading}>
        Actions as read
      </h2>
      {minutes.actions.length === 0 ? <Text>No actions were read.</Text> : null}
      <ul className={layout.list}>
        {minutes.actions.map((action, i) => {
          const owner = action.owner ?? 'no owner';
          return (
            <li key={`${action.location.paragraph}-${i}`} className={styles.problem}>
              <Text>
                {action.item ? `${action.item} · ` : ''}
                {owner}: {action.text}
                {action.marked ? '' : ' (suggested)'}
              </Text>
              <div className={layout.row}>
                <WhyToggle
                  reason={explanation.actions[i] ?? 'No reason recorded.'}
                  about={`the action for ${owner}`}
                />
              </div>
            </li>
          );
        })}
      </ul>
      {minutes.attendees.length > 0 ? (
        <Button size="small" aria-expanded={showAttendees} onClick={() => setShowAttendees(!showAttendees)}>
          {showAttendees ? 'Hide attendees as read' : `Show attendees as read (${minutes.attendees.length})`}
        </Button>
      ) : null}
      {showAttendees ? (
        <ul className={layout.list} aria-label="Attendees as read">
          {minutes.attendees.map((attendee, i) => (
            <li key={`${attendee.name}-${i}`} className={styles.problem}>
              <Text>
                {attendee.name}
                {attendee.initials ? ` (${attendee.initials})` : ''}, {attendee.status}
              </Text>
              <div className={layout.row}>
                <WhyToggle reason={explanation.attendees[i] ?? 'No reason recorded.'} about={attendee.name} />
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
