import { checkMinutes, type CheckOptions } from './check';
import type { Minutes, Problem, SourceParagraph } from './model';
import { PRESETS, findPreset } from './presets';
import { createLocator } from './locate';
import { readMinutes } from './read';

export interface ReviewResult {
  minutes: Minutes;
  problems: Problem[];
}

/**
 * Reads minutes and checks them: what the pane's Review view, the ribbon's Check minutes and the CLI run.
 * The quorum comes from the options, else from the preset for the meeting type the minutes state.
 */
export function review(paragraphs: readonly SourceParagraph[], options: CheckOptions = {}): ReviewResult {
  // One locator for the document: the reader and the rules find the same places without indexing twice.
  const locate = createLocator(paragraphs);
  const minutes = readMinutes(paragraphs, locate);
  const quorum = options.quorum !== undefined ? options.quorum : quorumFor(minutes.meeting.meetingType);
  return { minutes, problems: checkMinutes(minutes, paragraphs, { ...options, quorum }, locate) };
}

/** The quorum of the preset whose meeting type (or id or name) matches; null when none does. */
export function quorumFor(meetingType: string): number | null {
  const wanted = meetingType.trim().toLowerCase();
  if (wanted === '') return null;
  const preset = PRESETS.find((p) => p.meetingType.toLowerCase() === wanted) ?? findPreset(wanted);
  return preset?.quorum ?? null;
}
