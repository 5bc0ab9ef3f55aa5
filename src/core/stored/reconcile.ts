import type { Attendee } from '../model/attendee';
import { flattenItems, type Item } from '../model/item';
import type { Meeting } from '../model/meeting';
import type { Minutes } from '../model/minutes';
import type { StoredMeeting } from '../model/stored';

/** The stored copy brought in line with the document, and what differed, one plain sentence each. */
export interface Reconciled {
  stored: StoredMeeting;
  differences: string[];
}

/** Header fields the reader reads from the text; a field the document leaves empty says nothing. */
const MEETING_FIELDS: { key: keyof Meeting; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'date', label: 'Date' },
  { key: 'startTime', label: 'Start time' },
  { key: 'endTime', label: 'End time' },
  { key: 'chair', label: 'Chair' },
  { key: 'minuteTaker', label: 'Minute-taker' },
  { key: 'venue', label: 'Venue' },
  { key: 'protectiveMarking', label: 'Protective marking' },
];

const said = (value: unknown) => (value === null || value === '' ? 'nothing' : `“${String(value)}”`);
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Where the document (as the reader read it) and the stored copy disagree, the document wins. Only what the
 * document says counts: an empty field, no attendance list, no items leave the stored copy's as they are.
 * Pure; the pane shows the differences.
 */
export function reconcileStored(stored: StoredMeeting, document: Minutes): Reconciled {
  const differences: string[] = [];
  const meeting = { ...stored.meeting };
  for (const { key, label } of MEETING_FIELDS) {
    const theirs = document.meeting[key];
    if (theirs === null || theirs === '' || theirs === meeting[key]) continue;
    differences.push(
      `${label}: the document says ${said(theirs)}; the saved details said ${said(meeting[key])}.`,
    );
    (meeting as Record<string, unknown>)[key] = theirs;
  }
  const attendees =
    document.attendees.length > 0
      ? reconcileAttendees(stored.attendees, document.attendees, differences)
      : stored.attendees;
  const items =
    document.items.length > 0 ? reconcileItems(stored.items, document.items, differences) : stored.items;
  return { stored: { ...stored, meeting, attendees, items }, differences };
}

function reconcileAttendees(
  saved: readonly Attendee[],
  inDocument: readonly Attendee[],
  out: string[],
): Attendee[] {
  const savedByName = new Map(saved.map((a) => [nameKey(a.name), a]));
  const documentNames = new Set(inDocument.map((a) => nameKey(a.name)));
  const result = inDocument.map((theirs): Attendee => {
    const ours = savedByName.get(nameKey(theirs.name));
    if (!ours) {
      out.push(
        `${theirs.name} is in the document's attendance (${theirs.status}) but was not in the saved details.`,
      );
      return theirs;
    }
    if (ours.status !== theirs.status)
      out.push(`${theirs.name}: the document says ${theirs.status}; the saved details said ${ours.status}.`);
    if (theirs.capacity !== '' && ours.capacity !== '' && theirs.capacity !== ours.capacity)
      out.push(
        `${theirs.name}'s role: the document says ${said(theirs.capacity)}; the saved details said ${said(ours.capacity)}.`,
      );
    // What the document leaves out (a role, initials) is kept from the saved copy.
    return {
      ...ours,
      ...theirs,
      capacity: theirs.capacity || ours.capacity,
      initials: theirs.initials || ours.initials,
      ...(theirs.initials
        ? {}
        : ours.initialsDerived === undefined
          ? {}
          : { initialsDerived: ours.initialsDerived }),
    };
  });
  for (const ours of saved)
    if (!documentNames.has(nameKey(ours.name)))
      out.push(`${ours.name} was in the saved details but is not in the document's attendance.`);
  return result;
}

function reconcileItems(saved: readonly Item[], inDocument: readonly Item[], out: string[]): Item[] {
  const savedByNumber = new Map(flattenItems(saved).map((item) => [item.number, item]));
  const documentNumbers = new Set(flattenItems(inDocument).map((item) => item.number));
  const keep = (theirs: Item): Item => {
    const ours = savedByNumber.get(theirs.number);
    if (!ours)
      out.push(
        `Item ${theirs.number} (“${theirs.title}”) is in the document but was not in the saved details.`,
      );
    else if (ours.title !== theirs.title)
      out.push(
        `Item ${theirs.number}: the document says “${theirs.title}”; the saved details said “${ours.title}”.`,
      );
    const notes = theirs.notes ?? ours?.notes;
    // Where the document puts the item is the reader's to find again; the stored copy stays small.
    return {
      number: theirs.number,
      title: theirs.title,
      confidential: theirs.confidential,
      subItems: theirs.subItems.map(keep),
      ...(notes === undefined ? {} : { notes }),
    };
  };
  const result = inDocument.map(keep);
  for (const ours of flattenItems(saved))
    if (!documentNumbers.has(ours.number))
      out.push(`Item ${ours.number} (“${ours.title}”) was in the saved details but is not in the document.`);
  return result;
}
