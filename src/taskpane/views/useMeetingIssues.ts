import { MeetingReadyForInsert, type Meeting } from '../../core/model/meeting';

/** Field → first message from the header block's rules ("Give the meeting a title"). */
export function meetingIssues(meeting: Meeting): Partial<Record<keyof Meeting, string>> {
  const result = MeetingReadyForInsert.safeParse(meeting);
  const issues: Partial<Record<keyof Meeting, string>> = {};
  if (result.success) return issues;
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof Meeting | undefined;
    if (field && !issues[field]) issues[field] = issue.message;
  }
  return issues;
}
