import type { Minutes } from '../model/minutes';
import type { SourceParagraph } from '../model/paragraph';
import { emptyMeeting } from '../model/meeting';
import { createLocator, type Locator } from '../locate';
import { toUnits } from './blocks';
import { walk } from './walk';
import { extract } from './extract';
import { createOwnerResolver } from './owners';
import { assembleMeeting } from './meeting';
import { markingIn, statusIn } from './header';
import { frontMatterOf } from './front-matter';
import { emptyTrace, type ReadTrace, type TraceEntry, type UnreadStep } from '../model/trace';

export { textToParagraphs } from './text';
export { resolveOwner, createOwnerResolver } from './owners';
export { parseDue } from './due';
export { explain, type Explanation } from './explain';
export { findMarkedActions, actionMarkersIn, type MarkerForm, type MarkerUse } from './markers';

/** What one reading gives: the minutes, why each part was read so, and the steps that failed (if any). */
export interface Reading {
  minutes: Minutes;
  trace: ReadTrace;
  /** Steps that failed; the minutes then hold what the steps before them read. Empty for a whole reading. */
  unread: UnreadStep[];
}

/**
 * Reads minutes from paragraphs in reading order (body, page header and footer together; `part` tells them
 * apart). A pipeline of small steps: paragraphs → lines and rows (blocks) → structure (header, attendance,
 * items, body text; walk) → meeting fields (meeting) → actions, suggestions, decisions (extract).
 * Never throws: anything it cannot read it leaves out. `locate` is the document's locator when the caller
 * shares one (review() hands the same one to the check); by default one is built for these paragraphs.
 */
export function readMinutes(paragraphs: readonly SourceParagraph[], locate?: Locator): Minutes {
  return readMinutesTraced(paragraphs, locate).minutes;
}

/**
 * readMinutes with its trace and its failures. The catch-all stays, for users: a step that throws is named
 * in `unread` (the CLI prints it, the pane shows it) and the minutes keep what the steps before it read.
 */
export function readMinutesTraced(paragraphs: readonly SourceParagraph[], locate?: Locator): Reading {
  const progress: Progress = { step: 'paragraphs', minutes: emptyMinutes(), trace: emptyTrace() };
  try {
    if (!Array.isArray(paragraphs)) return read([], undefined, progress);
    // Copied only when something in the list is not a paragraph (the locator then indexes the copy).
    if (allParagraphs(paragraphs)) return read(paragraphs, locate, progress);
    return read(paragraphs.filter(isParagraph), undefined, progress);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { minutes: progress.minutes, trace: progress.trace, unread: [{ step: progress.step, message }] };
  }
}

function allParagraphs(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i += 1) if (!isParagraph(list[i])) return false;
  return true;
}

function isParagraph(p: unknown): p is SourceParagraph {
  return typeof p === 'object' && p !== null && typeof (p as SourceParagraph).text === 'string';
}

/** The same reading without the safety net, so tests can prove no input reaches it. */
export function readMinutesStrict(paragraphs: readonly SourceParagraph[]): Minutes {
  return readMinutesStrictTraced(paragraphs).minutes;
}

export function readMinutesStrictTraced(paragraphs: readonly SourceParagraph[]): Reading {
  return read(paragraphs.filter(isParagraph), undefined, {
    step: 'paragraphs',
    minutes: emptyMinutes(),
    trace: emptyTrace(),
  });
}

/** Where the reading has got to: the step under way and what the steps before it read. */
interface Progress {
  step: string;
  minutes: Minutes;
  trace: ReadTrace;
}

function emptyMinutes(): Minutes {
  return { meeting: emptyMeeting(), attendees: [], items: [], actions: [], decisions: [] };
}

function read(
  paragraphs: readonly SourceParagraph[],
  locate: Locator | undefined,
  progress: Progress,
): Reading {
  progress.step = 'locate';
  const at = locate ?? createLocator(paragraphs);
  progress.step = 'structure';
  const structure = walk(toUnits(paragraphs), at);
  progress.step = 'page header and footer';
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i]!;
    if (p.part !== 'header' && p.part !== 'footer') continue;
    if (structure.marking === null && (structure.marking = markingIn(p.text, true)) !== null)
      structure.trace.header.protectiveMarking = {
        recogniser: 'protective-marking',
        paragraphs: [p.index],
        refiners: [],
      };
    if (structure.status === null && (structure.status = statusIn(p.text, true)) !== null)
      structure.trace.header.status = {
        recogniser: 'draft-or-approved',
        paragraphs: [p.index],
        refiners: [],
      };
  }
  progress.step = 'meeting';
  const metadata = frontMatterOf(paragraphs);
  if (!structure.title && metadata.title) {
    structure.title = metadata.title;
    structure.trace.header.title = {
      recogniser: 'front-matter',
      paragraphs: [metadata.titleAt],
      refiners: [],
    };
  }
  const meeting = assembleMeeting(structure, metadata.date);
  if (metadata.date && meeting.date === metadata.date && !structure.trace.header.date)
    structure.trace.header.date = { recogniser: 'front-matter', paragraphs: [metadata.dateAt], refiners: [] };
  const { attendees, attendeeTrace } = dedupe(structure.attendees, structure.trace.attendees);
  const minutes = progress.minutes;
  const trace = progress.trace;
  minutes.meeting = meeting;
  minutes.attendees = attendees;
  minutes.items = structure.items.items;
  trace.attendees = attendeeTrace;
  trace.items = structure.trace.items;
  trace.header = structure.trace.header;
  progress.step = 'actions and decisions';
  const resolve = createOwnerResolver(attendees);
  const found = extract(
    structure.pieces,
    resolve,
    { meetingDate: meeting.date, nextMeetingDate: meeting.nextMeetingDate },
    at,
  );
  minutes.actions = found.actions;
  minutes.decisions = found.decisions;
  trace.actions = found.actionTrace;
  trace.decisions = found.decisionTrace;
  return { minutes, trace, unread: [] };
}

function dedupe<T extends { name: string; status: string }>(
  list: readonly T[],
  traces: readonly TraceEntry[],
): { attendees: T[]; attendeeTrace: TraceEntry[] } {
  const seen = new Set<string>();
  const attendees: T[] = [];
  const attendeeTrace: TraceEntry[] = [];
  list.forEach((a, i) => {
    const k = `${a.name.toLowerCase()}\u0000${a.status}`;
    if (seen.has(k)) return;
    seen.add(k);
    attendees.push(a);
    attendeeTrace.push(traces[i]!);
  });
  return { attendees, attendeeTrace };
}
