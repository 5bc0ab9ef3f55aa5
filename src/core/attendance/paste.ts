import type { AttendanceStatus, Attendee } from '../model/attendee';
import { suggestInitials } from './initials';

/** One pasted line the parser understood. */
export interface PastedAttendee {
  line: number;
  source: string;
  attendee: Attendee;
  /** True when the line gave no initials and they were suggested from the name. */
  initialsSuggested: boolean;
}

/** One pasted line the parser could not read, kept as written so the person can fix it. */
export interface UnreadableLine {
  line: number;
  source: string;
  reason: string;
}

export interface PasteResult {
  attendees: PastedAttendee[];
  unreadable: UnreadableLine[];
}

/** Section headings in a pasted list set the status of the lines below them. */
const STATUS_HEADINGS: ReadonlyArray<[RegExp, AttendanceStatus]> = [
  [/^(present|members present|attendees|attendance)\s*:?$/i, 'present'],
  [/^(in attendance|also present|also in attendance)\s*:?$/i, 'in attendance'],
  [/^(apologies|apologies for absence|apologies received)\s*:?$/i, 'apologies'],
  [/^(absent|not present)\s*:?$/i, 'absent'],
];

const INITIALS = /^\p{Lu}[\p{Lu}\p{Ll}]{0,5}$/u;
/** A word that may be part of a person's name: a capital first, or a particle such as "van" or "de". */
const NAME_WORD = /^(\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|du|la|le|bin|ibn)$/u;

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return (
    words.length >= 1 && words.length <= 6 && words.every((w) => NAME_WORD.test(w)) && /\p{Lu}/u.test(text)
  );
}

function attendee(name: string, capacity: string, initials: string, status: AttendanceStatus): Attendee {
  return { name, capacity, initials, status };
}

type LineRead = { name: string; capacity: string; initials: string | null } | { reason: string };

/** `Name<TAB>Capacity` or `Name<TAB>Capacity<TAB>Initials`. */
function readTabbed(cells: string[]): LineRead {
  const [name = '', capacity = '', initials = '', ...rest] = cells.map((c) => c.trim());
  if (rest.some((c) => c !== ''))
    return { reason: 'More than three columns: use Name, Capacity and Initials' };
  if (!looksLikeName(name)) return { reason: `The first column "${name}" does not look like a name` };
  if (initials !== '' && !INITIALS.test(initials))
    return { reason: `"${initials}" does not look like initials` };
  return { name, capacity, initials: initials === '' ? null : initials };
}

/** Words at the end of `words` whose first letters spell `initials` (case-insensitive), if any. */
function trailingNameFor(words: string[], initials: string): number | null {
  const letters = Array.from(initials.toUpperCase());
  if (letters.length > words.length) return null;
  const start = words.length - letters.length;
  const match = words
    .slice(start)
    .every((w, i) => (Array.from(w)[0] ?? '').toUpperCase() === letters[i] && NAME_WORD.test(w));
  return match ? start : null;
}

/** `Name, Capacity (XX)`, `Name, Capacity`, `Role Name (XX)`, `Name (XX)` or a bare name. */
function readWritten(line: string): LineRead {
  const initialsMatch = /\(\s*([^()]*?)\s*\)\s*$/u.exec(line);
  const initials = initialsMatch && INITIALS.test(initialsMatch[1] ?? '') ? (initialsMatch[1] ?? null) : null;
  const body = (initials !== null && initialsMatch ? line.slice(0, initialsMatch.index) : line)
    .trim()
    .replace(/[,;]\s*$/, '');
  const comma = body.indexOf(',');
  if (comma >= 0) {
    const name = body.slice(0, comma).trim();
    const capacity = body.slice(comma + 1).trim();
    if (!looksLikeName(name)) return { reason: `"${name}" before the comma does not look like a name` };
    return { name, capacity, initials };
  }
  if (initials !== null) {
    const words = body.split(/\s+/).filter(Boolean);
    const start = trailingNameFor(words, initials);
    if (start === null) {
      return {
        reason: `No name in this line matches the initials (${initials}); write it as "Name, Capacity (${initials})"`,
      };
    }
    return { name: words.slice(start).join(' '), capacity: words.slice(0, start).join(' '), initials };
  }
  if (looksLikeName(body)) return { name: body, capacity: '', initials: null };
  return { reason: 'The name could not be told apart from the rest: write it as "Name, Capacity (XX)"' };
}

/** Control characters (other than tab) carried in by a paste say nothing about a person. */
function withoutControlCharacters(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code === 9 || (code >= 32 && code !== 127);
    })
    .join('');
}

/**
 * Read a pasted block of attendance lines. Understood lines become attendees (status from the last
 * heading such as "Apologies:", else present); lines it cannot read are returned as they are, never guessed.
 */
export function parseAttendancePaste(text: string): PasteResult {
  const result: PasteResult = { attendees: [], unreadable: [] };
  let status: AttendanceStatus = 'present';
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const source = withoutControlCharacters(raw);
    const trimmed = source.trim().replace(/^[-•*·]\s*/u, '');
    if (trimmed === '') return;
    const heading = STATUS_HEADINGS.find(([pattern]) => pattern.test(trimmed));
    if (heading) {
      status = heading[1];
      return;
    }
    const read = source.includes('\t') ? readTabbed(source.split('\t')) : readWritten(trimmed);
    if ('reason' in read) {
      result.unreadable.push({ line, source: source.trim(), reason: read.reason });
      return;
    }
    const initialsSuggested = read.initials === null;
    result.attendees.push({
      line,
      source: source.trim(),
      attendee: attendee(read.name, read.capacity, read.initials ?? suggestInitials(read.name), status),
      initialsSuggested,
    });
  });
  return result;
}
