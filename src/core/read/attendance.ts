import type { Attendee, AttendanceStatus } from '../model/attendee';
import { HTML_TAG, readEntry, type PersonEntry } from '../attendance/entry';
import { stripBullet } from './clean';
import {
  APOLOGIES_REASONS,
  APOLOGIES_VERBS,
  ATTENDANCE_LABELS,
  PRESENT_AFTER_WORDS,
  STATUS_CELL_WORDS,
  wholePhrase,
} from './lexicon/people';
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
export function readStatusLabel(written: string): { status: AttendanceStatus; rest: string } | null {
  // "<h4>PRESENT</h4>": a web page's tags are no part of the label.
  const line = written.includes('<') ? written.replace(HTML_TAG, ' ').trim() : written;
  if (line.length > 2000 || !MAYBE_STATUS_LABEL.test(line)) return null;
  // "PRESENT (five Councillors): - Ann Lee": a note in brackets after the label, a dash after its colon.
  const bare = stripBullet(line)
    .replace(/^([A-Za-z][A-Za-z ]{2,40}?)\s*\([^()]{1,40}\)\s*(?=[:–—-])/, '$1')
    .replace(/^([^:]{2,42}):\s*[-–—]\s+/, '$1: ');
  const m = /^([A-Za-z][A-Za-z ]{2,40}?)\s*(?::|\s[-–—]\s|[-–—]\s*$|$)\s*(.*)$/.exec(bare);
  if (!m) return null;
  const status = labelStatus(m[1]!);
  if (!status) return null;
  // Without a colon the label must stand alone ("Present") so prose such as "Present were…" is not taken.
  const hasColon = /^[^:]{0,42}:/.test(bare) || /\s[-–—]\s/.test(bare.slice(0, 45));
  if (!hasColon && m[2]!.trim()) return null;
  return { status, rest: m[2]!.trim() };
}

const APOLOGIES_VERB = anyOf(APOLOGIES_VERBS);
const APOLOGIES_REASON = anyOf(APOLOGIES_REASONS);
// Where the word stands in the two whole-line forms: at the start ("[There were] apologies …") or at the end
// ("… sent apologies [for absence]."); cheap tests before the expressions run.
const APOLOGIES_WORD = ATTENDANCE_LABELS.find(([, status]) => status === 'apologies')![0];
const STARTS_APOLOGIES = new RegExp(`^(?:there (?:were|was) )?${APOLOGIES_WORD}`, 'i');
const ENDS_APOLOGIES = new RegExp(`${APOLOGIES_WORD}(?: ${APOLOGIES_REASON})?\\.?$`, 'i');
const HAS_APOLOGIES = new RegExp(APOLOGIES_WORD, 'i');
// "Apologies were received from …", "There were apologies for absence from …", "Apologies were accepted from …".
const APOLOGIES_FROM = new RegExp(
  `^(?:there (?:were|was) )?${APOLOGIES_WORD} (?:${APOLOGIES_REASON} )?(?:(?:were|was|had been|have been) )?(?:${APOLOGIES_VERB} )?(?:from|by) (.{2,400}?)\\.?$`,
  'i',
);
// "Ann Lee and Bo Hart sent apologies", "Cy Dunn gave his apologies".
const SENT_APOLOGIES = new RegExp(
  `^(.{2,300}?) (?:has |have |had )?${APOLOGIES_VERB} (?:their |his |her )?${APOLOGIES_WORD}(?: ${APOLOGIES_REASON})?\\.?$`,
  'i',
);
// "Priya, Tom & Wen present", "Ann Lee and Bo Hart were present"; the first test is the cheap one.
const MAYBE_PRESENT_AFTER = new RegExp(`${anyOf(PRESENT_AFTER_WORDS)}\\.?\\s*$`, 'i');
const PRESENT_AFTER = new RegExp(`^(.{2,300}?) (?:(?:were|was) )?${anyOf(PRESENT_AFTER_WORDS)}\\.?$`, 'i');

/**
 * "Present G Rogers (GR) Chair, Councillors …": a label written with no colon, then the people, the longest
 * label first ("Apologies Received Ann Lee"). Only a capital after the label can start the list, so "Present
 * were the members" is prose. Whether the rest is people is for the caller to judge.
 */
export function readBareStatusLabel(line: string): { status: AttendanceStatus; rest: string } | null {
  if (line.length > 2000 || !MAYBE_STATUS_LABEL.test(line)) return null;
  const words = stripBullet(line).trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
    const status = labelStatus(words.slice(0, n).join(' '));
    if (status && /^\p{Lu}/u.test(words[n]!)) return { status, rest: words.slice(n).join(' ') };
  }
  return null;
}

/**
 * A label and the people after it, with or without a colon: "Present: …" as readStatusLabel reads it, else a
 * label with no colon when every part after it is a person and they are told apart as people: initials or a
 * title written, or two full names
 * ("Present G Rowe (GR) Chair, …"). The reader's attendance labels and the pane's paste both use it.
 */
export function readLabelLine(line: string): { status: AttendanceStatus; rest: string } | null {
  const label = readStatusLabel(line);
  if (label) return label;
  const bare = readBareStatusLabel(line);
  if (!bare) return null;
  const parts = splitEntries(bare.rest);
  const people = parts.flatMap((p) => {
    const read = readEntry(p);
    return 'person' in read ? [read.person] : [];
  });
  // Initials or a title written, or two full names: "Members Allowances, Expenses and Travel" is a title.
  const telling =
    people.some((p) => !p.initialsDerived || p.honorific !== '') ||
    people.filter((p) => p.name.includes(' ')).length >= 2;
  return people.length === parts.length && telling ? bare : null;
}

/** "Apologies were received from Cllr A Brown and Cllr C Dune." → the names, status apologies. */
export function readApologiesSentence(line: string): string | null {
  if (line.length > 800) return null;
  const text = line.includes('<') ? line.replace(HTML_TAG, ' ').replace(/\s+/g, ' ').trim() : line;
  if (!STARTS_APOLOGIES.test(text) && !ENDS_APOLOGIES.test(text.slice(-30))) return null;
  return APOLOGIES_FROM.exec(text)?.[1] ?? SENT_APOLOGIES.exec(text)?.[1] ?? null;
}

/**
 * "Apologies and Substitutions Minutes: Apologies for absence were received from …. |": a flattened web table
 * puts the sentence after the item's title and a label; it is read from its start to its full stop.
 */
export function readInnerApologies(line: string): string | null {
  if (line.length > 2000 || !HAS_APOLOGIES.test(line)) return null;
  const text = line.replace(HTML_TAG, ' ').replace(/\s+/g, ' ').trim();
  const start = INNER_APOLOGIES.exec(text);
  if (!start) return null;
  // The sentence ends at a full stop after a word ("Toal."), never after an initial ("Cllr A. Brown").
  const sentence = text
    .slice(start.index + start[0].length)
    .replace(/(?<=[\p{Ll})])\.(?:\s.*)?$|\s*\|.*$/u, '');
  return APOLOGIES_FROM.exec(sentence)?.[1] ?? null;
}

// Where an apologies sentence starts inside a line: after a label's colon, a full stop or a cell's bar.
const INNER_APOLOGIES = new RegExp(
  String.raw`(?:[:.|]\s+)(?=(?:there (?:were|was) )?${APOLOGIES_WORD}\b)`,
  'i',
);

/** "Priya, Tom & Wen present." → the names before the word that says they were there. */
export function readPresentSentence(line: string): string | null {
  if (line.length > 320 || !MAYBE_PRESENT_AFTER.test(line.slice(-20))) return null;
  return PRESENT_AFTER.exec(line.replace(HTML_TAG, ' ').replace(/\s+/g, ' ').trim())?.[1] ?? null;
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

import { splitEntries } from '../attendance/list';
export { splitEntries };

/** A table cell that reads as an attendance status ("Present", "Apologies", "In attendance", "Y"). */
export function statusFromCell(cell: string): AttendanceStatus | null {
  const t = cell.replace(/[:\s]+$/, '').trim();
  if (!t) return null;
  const label = labelStatus(t);
  if (label) return label;
  for (const [pattern, status] of STATUS_CELLS) if (pattern.test(t)) return status;
  return null;
}
