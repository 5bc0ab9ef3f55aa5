import { useMemo } from 'react';
import type { Minutes, Problem, StoredMeeting } from '../../../core/model';
import type { ReadTrace, UnreadStep } from '../../../core/model/trace';
import { explain, type Explanation } from '../../../core/read';
import type { ReadResult } from '../../../core/port';
import { quorumFor, review } from '../../../core/review';
import { houseStyleFor } from '../../../core/check';
import { isDismissed } from './reviewOptions';

export interface ReviewResult {
  /** True when the document body holds no text at all: there is nothing to check. */
  empty: boolean;
  minutes: Minutes;
  /** Problems still to show: switched-off rules and dismissed findings left out. */
  problems: Problem[];
  /** How many findings the reviewer dismissed that the document still has. */
  dismissedCount: number;
  /** Why each action and attendee was read so (the pane's "Why?"). */
  trace: ReadTrace;
  explanation: Explanation;
  /** Reading steps that failed: part of the document could not be read. */
  unread: UnreadStep[];
}

export function isBlank(read: ReadResult): boolean {
  return read.paragraphs.every((p) => p.part !== 'body' || p.text.trim() === '');
}

/**
 * Runs the checks on a read (pure and fast, no document call) with the document's own review settings.
 * Dismissed findings are filtered here rather than by the check, so the view can say how many it hides.
 */
export function reviewRead(read: ReadResult, stored: StoredMeeting): ReviewResult {
  // The pane's meeting type wins where set; otherwise the check takes the type the minutes state.
  const quorum = quorumFor(stored.meeting.meetingType);
  const { minutes, problems, trace, unread } = review(read.paragraphs, {
    disabledRules: stored.disabledRules,
    ...(quorum !== null ? { quorum } : {}),
    // The style picked in Check settings, else the one of the preset the minutes were started from.
    houseStyle: houseStyleFor(stored),
  });
  const visible = problems.filter((p) => !isDismissed(p, stored.dismissed));
  return {
    empty: isBlank(read),
    minutes,
    problems: visible,
    dismissedCount: problems.length - visible.length,
    trace,
    // Paragraphs numbered from 1, as Word's own navigation and the CLI count them.
    explanation: explain(trace, minutes),
    unread,
  };
}

/** The review of the last read, recomputed when the reviewer dismisses a finding or switches a rule. */
export function useReviewResult(read: ReadResult | null, stored: StoredMeeting): ReviewResult | null {
  const { disabledRules, dismissed, meeting, houseStyle, preset } = stored;
  return useMemo(
    () =>
      read ? reviewRead(read, { ...stored, disabledRules, dismissed, meeting, houseStyle, preset }) : null,
    // Only the settings that change the result; other stored edits do not re-run the checks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [read, disabledRules, dismissed, meeting.meetingType, houseStyle, preset],
  );
}
