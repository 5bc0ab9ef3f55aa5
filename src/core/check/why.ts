import type { Minutes, Problem } from '../model';
import type { ReadTrace } from '../model/trace';
import type { Explanation } from '../read/explain';

/**
 * Why a finding was made, from the reader's trace: the reason the action (or attendee) it points at was read
 * so, as `explain()` words it. A finding is matched to what it is about by the paragraph it points at; one
 * about the whole document, or about a place nothing was read from, has no reason (null).
 */
export function whyFinding(
  problem: Problem,
  minutes: Minutes,
  trace: ReadTrace,
  explanation: Explanation,
): string | null {
  const paragraph = problem.location?.paragraph;
  if (paragraph === undefined) return null;
  const action = minutes.actions.findIndex(
    (a, i) => a.location.paragraph === paragraph || trace.actions[i]?.paragraphs.includes(paragraph),
  );
  if (action >= 0) return `Read as an action: ${explanation.actions[action] ?? 'no reason recorded'}.`;
  const attendee = trace.attendees.findIndex((entry) => entry.paragraphs.includes(paragraph));
  if (attendee >= 0)
    return `Read as an attendee: ${explanation.attendees[attendee] ?? 'no reason recorded'}.`;
  return null;
}
