import { checkMinutes, type CheckOptions } from './check';
import type { Minutes, Problem, ReadTrace, SourceParagraph, UnreadStep } from './model';
import { PRESETS, findPreset } from './presets';
import { createLocator } from './locate';
import { readMinutesTraced } from './read';

export interface ReviewResult {
  minutes: Minutes;
  problems: Problem[];
  /** Why each action, attendee, item, decision and header field was read so (see explain()). */
  trace: ReadTrace;
  /** Reading steps that failed (the reader kept what it had); empty for a whole reading. */
  unread: UnreadStep[];
}

/**
 * Reads minutes and checks them: what the pane's Review view, the ribbon's Check minutes and the CLI run.
 * The quorum comes from the options, else from the preset for the meeting type the minutes state.
 */
export function review(paragraphs: readonly SourceParagraph[], options: CheckOptions = {}): ReviewResult {
  // One locator for the document: the reader and the rules find the same places without indexing twice.
  const locate = createLocator(paragraphs);
  const { minutes, trace, unread } = readMinutesTraced(paragraphs, locate);
  const quorum = options.quorum !== undefined ? options.quorum : quorumFor(minutes.meeting.meetingType);
  const problems = checkMinutes(minutes, paragraphs, { ...options, quorum }, locate, trace);
  return { minutes, problems, trace, unread };
}

/** The quorum of the preset whose meeting type (or id or name) matches; null when none does. */
export function quorumFor(meetingType: string): number | null {
  const wanted = meetingType.trim().toLowerCase();
  if (wanted === '') return null;
  const preset = PRESETS.find((p) => p.meetingType.toLowerCase() === wanted) ?? findPreset(wanted);
  return preset?.quorum ?? null;
}
