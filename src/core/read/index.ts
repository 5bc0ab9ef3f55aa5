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

export { textToParagraphs } from './text';
export { resolveOwner, createOwnerResolver } from './owners';
export { parseDue } from './due';
export {
  findMarkedActions,
  actionMarkersIn,
  rememberedMarker,
  type MarkerForm,
  type MarkerUse,
} from './markers';

/**
 * Reads minutes from paragraphs in reading order (body, page header and footer together; `part` tells them
 * apart). A pipeline of small steps: paragraphs → lines and rows (blocks) → structure (header, attendance,
 * items, body text; walk) → meeting fields (meeting) → actions, suggestions, decisions (extract).
 * Never throws: anything it cannot read it leaves out. `locate` is the document's locator when the caller
 * shares one (review() hands the same one to the check); by default one is built for these paragraphs.
 */
export function readMinutes(paragraphs: readonly SourceParagraph[], locate?: Locator): Minutes {
  try {
    if (!Array.isArray(paragraphs)) return read([]);
    // Copied only when something in the list is not a paragraph (the locator then indexes the copy).
    if (allParagraphs(paragraphs)) return read(paragraphs, locate);
    return read(paragraphs.filter(isParagraph));
  } catch {
    return { meeting: emptyMeeting(), attendees: [], items: [], actions: [], decisions: [] };
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
  return read(paragraphs.filter(isParagraph));
}

function read(paragraphs: readonly SourceParagraph[], locate: Locator = createLocator(paragraphs)): Minutes {
  const structure = walk(toUnits(paragraphs), locate);
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i]!;
    if (p.part !== 'header' && p.part !== 'footer') continue;
    structure.marking = structure.marking ?? markingIn(p.text, true);
    structure.status = structure.status ?? statusIn(p.text, true);
  }
  const meeting = assembleMeeting(structure);
  const attendees = dedupe(structure.attendees);
  const resolve = createOwnerResolver(attendees);
  const { actions, decisions } = extract(
    structure.pieces,
    resolve,
    { meetingDate: meeting.date, nextMeetingDate: meeting.nextMeetingDate },
    locate,
  );
  return { meeting, attendees, items: structure.items.items, actions, decisions };
}

function dedupe<T extends { name: string; status: string }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const k = `${a.name.toLowerCase()}\u0000${a.status}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
