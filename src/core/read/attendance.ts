import type { Attendee, AttendanceStatus } from '../model/attendee';
import { CONNECTOR, ROLE_WORD, looksLikeName, readEntry, type PersonEntry } from '../attendance/entry';
import { isTitleWord as isTitle } from '../attendance/initials';
import { stripBullet } from './clean';
import { ATTENDANCE_LABELS, ORGANISATION_WORDS, STATUS_CELL_WORDS, wholePhrase } from './lexicon/people';
import { anyOf, firstWords } from './lexicon/build';

/**
 * Attendance as minutes write it. Labels start a list ("Present:", "In attendance:", "Apologies:"); each entry
 * is read by the shared entry grammar (../attendance/entry), the same one the pane's paste uses.
 */

export { deriveInitials } from '../attendance/initials';

const STATUS_LABELS: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = (
  ['apologies', 'absent', 'in attendance', 'present'] as const
).map((status) => [wholePhrase(ATTENDANCE_LABELS.filter(([, s]) => s === status).map(([l]) => l)), status]);
const STATUS_CELLS: ReadonlyArray<readonly [RegExp, AttendanceStatus]> = STATUS_CELL_WORDS.map(
  ([word, status]) => [wholePhrase([word]), status],
);

// A quick test before the full label is looked for: the line starts with a label's first word.
const MAYBE_STATUS_LABEL = new RegExp(
  `^(?:[-•*▪◦·‣–—]\\s+)*${anyOf(firstWords(ATTENDANCE_LABELS.map(([label]) => label)))}(?![\\p{L}])`,
  'iu',
);

/** "Present" / "Apologies for absence" → its status; anything else → null. */
export function labelStatus(label: string): AttendanceStatus | null {
  const t = label.trim();
  for (const [pattern, status] of STATUS_LABELS) if (pattern.test(t)) return status;
  return null;
}

/** "Present:" / "Apologies" / "In attendance –" → the status it starts, and whatever follows it on the line. */
export function readStatusLabel(line: string): { status: AttendanceStatus; rest: string } | null {
  if (line.length > 2000 || !MAYBE_STATUS_LABEL.test(line)) return null;
  const bare = stripBullet(line);
  const m = /^([A-Za-z][A-Za-z ]{2,40}?)\s*(?::|\s[-–—]\s|[-–—]\s*$|$)\s*(.*)$/.exec(bare);
  if (!m) return null;
  const status = labelStatus(m[1]!);
  if (!status) return null;
  // Without a colon the label must stand alone ("Present") so prose such as "Present were…" is not taken.
  const hasColon = /^[^:]{0,42}:/.test(bare) || /\s[-–—]\s/.test(bare.slice(0, 45));
  if (!hasColon && m[2]!.trim()) return null;
  return { status, rest: m[2]!.trim() };
}

/** "Apologies were received from Cllr A Brown and Cllr C Dune." → the names, status apologies. */
export function readApologiesSentence(line: string): string | null {
  if (!/^apologies/i.test(line)) return null;
  const m =
    /^apologies (?:for absence )?(?:were|was|had been)? ?(?:received|noted|given|submitted) (?:from|by|for) (.{2,400}?)\.?$/i.exec(
      line,
    );
  return m ? m[1]! : null;
}

function toAttendee(person: PersonEntry, status: AttendanceStatus): Attendee {
  const { name, capacity, initials, initialsDerived } = person;
  return initialsDerived
    ? { name, capacity, initials, initialsDerived, status }
    : { name, capacity, initials, status };
}

/** One attendance entry, or null when it does not look like a person. */
export function parseAttendeeEntry(raw: string, status: AttendanceStatus): Attendee | null {
  const read = readEntry(raw);
  return 'person' in read ? toAttendee(read.person, status) : null;
}

/** A table row's cells (Name, Capacity, Initials), or null when they do not give a person. */
export function attendeeFromCells(cells: readonly string[], status: AttendanceStatus): Attendee | null {
  const read = readEntry(cells);
  return 'person' in read ? toAttendee(read.person, status) : null;
}

const ORGANISATION_WORD = wholePhrase(ORGANISATION_WORDS);
const INITIALS_BRACKET = /\(([A-Z][A-Z]{1,4}|[A-Z][a-z][A-Z]{1,3})\)/g;

/** "Police and Crime Commissioner", "Head of Finance": a part that is a role, to join to the name before it. */
function isRolePart(part: string): boolean {
  const words = part.split(/\s+/);
  // "Vice-Chair": a hyphenated role word counts by its first part.
  const first = (words[0] ?? '').split(/[-\u2010\u2011]/)[0]!;
  if ((ROLE_WORD.test(first) || isTitle(first)) && !startsWithTitledName(part)) return true;
  if (/^[a-z]/.test(part) || /^[A-Z]{2,}$/.test(part)) return true;
  const last = (words.at(-1) ?? '').replace(/\.$/, '');
  // An organisation ("Fenshire Council") is where the person before it works.
  if (words.length > 1 && ORGANISATION_WORD.test(last)) return true;
  // A role with a connector names its head last ("Police and Crime Commissioner"); a name never has "and".
  return words.some((w) => CONNECTOR.test(w)) && ROLE_WORD.test(last);
}

/** An entry list written on one line: semicolons first, else commas (joining a role back to its name), else "and". */
export function splitEntries(list: string): string[] {
  if (list.length > 4000) return [];
  if (list.includes(';'))
    return list
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  // With initials in brackets, an entry ends at its initials: "Jun Ito (JI), Aurora Meters" is one person,
  // "Eleanor Marsh (Chair) (EM), David Osei (DO)" two.
  const initialsCount = [...list.matchAll(INITIALS_BRACKET)].length;
  if (initialsCount === 1) return [list.trim()];
  if (initialsCount > 1) {
    return list
      .split(/(?<=\([A-Z][A-Za-z]{0,5}\))\s*,\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  const parts = list
    .split(/,(?![^()]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    if (last >= 0 && isRolePart(part) && !/\([A-Z][A-Za-z]{0,5}\)$/.test(out[last]!))
      out[last] = `${out[last]!}, ${part}`;
    else out.push(part);
  }
  return out.flatMap((entry) => {
    const and = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(entry);
    if (
      and &&
      !entry.includes(',') &&
      looksLikeName(and[1]!.split(/\s+/)) &&
      looksLikeName(and[2]!.split(/\s+/))
    ) {
      return [and[1]!, and[2]!];
    }
    return [entry];
  });
}

/**
 * "Councillor Nasreen Begum", "Dr Ruth Evans": a title and then a name starts a new person, where "Professor
 * of Surgery" (a title and then "of") is a role belonging to the name before it.
 */
function startsWithTitledName(part: string): boolean {
  const [title = '', next = ''] = part.split(/\s+/, 2);
  return isTitle(title) && /^[\p{Lu}]/u.test(next) && !CONNECTOR.test(next) && !ROLE_WORD.test(next);
}

/** A table cell that reads as an attendance status ("Present", "Apologies", "In attendance", "Y"). */
export function statusFromCell(cell: string): AttendanceStatus | null {
  const t = cell.replace(/[:\s]+$/, '').trim();
  if (!t) return null;
  const label = labelStatus(t);
  if (label) return label;
  for (const [pattern, status] of STATUS_CELLS) if (pattern.test(t)) return status;
  return null;
}
