import { checkMinutes, type CheckOptions } from './check';
import type { Minutes, Problem, ReadTrace, SourceParagraph, UnreadStep } from './model';
import { PRESETS, findPreset } from './presets';
import { createLocator } from './locate';
import { readMinutes, readMinutesTraced } from './read';
import { splitMeetings } from './read/meetings';

export interface ReviewResult {
  minutes: Minutes;
  problems: Problem[];
  /** Why each action, attendee, item, decision and header field was read so (see explain()). */
  trace: ReadTrace;
  /** Reading steps that failed (the reader kept what it had); empty for a whole reading. */
  unread: UnreadStep[];
  /**
   * Each meeting's own reading where the file is a running log of several (read/meetings.ts); absent for a
   * file of one meeting. `minutes.meeting` is then the first meeting's header.
   */
  meetings?: Minutes[];
}

/**
 * Reads minutes and checks them: what the pane's Review view, the ribbon's Check minutes and the CLI run.
 * The quorum comes from the options, else from the preset for the meeting type the minutes state.
 */
export function review(paragraphs: readonly SourceParagraph[], options: CheckOptions = {}): ReviewResult {
  // One locator for the document: the reader and the rules find the same places without indexing twice.
  const locate = createLocator(paragraphs);
  const { minutes, trace, unread } = readMinutesTraced(paragraphs, locate);
  const parts = unread.length === 0 ? splitMeetings(paragraphs) : [];
  const meetings =
    parts.length > 1 ? parts.map((part) => ({ minutes: readMinutes(part, locate), paragraphs: part })) : [];
  if (meetings.length > 1) minutes.meeting = meetings[0]!.minutes.meeting;
  const quorum = options.quorum !== undefined ? options.quorum : quorumFor(minutes.meeting.meetingType);
  const problems = checkMinutes(minutes, paragraphs, { ...options, quorum, meetings }, locate, trace);
  return {
    minutes,
    problems,
    trace,
    unread,
    ...(meetings.length > 1 ? { meetings: meetings.map((m) => m.minutes) } : {}),
  };
}

/** The quorum of the preset whose meeting type (or id or name) matches; null when none does. */
export function quorumFor(meetingType: string): number | null {
  const wanted = meetingType.trim().toLowerCase();
  if (wanted === '') return null;
  const preset = PRESETS.find((p) => p.meetingType.toLowerCase() === wanted) ?? findPreset(wanted);
  return preset?.quorum ?? null;
}
