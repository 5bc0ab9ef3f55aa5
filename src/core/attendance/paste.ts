import type { AttendanceStatus, Attendee } from '../model/attendee';
import { labelStatus, readApologiesSentence, readLabelLine, splitEntries } from '../read/attendance';
import { HEADER_WORDS, wholePhrase } from '../read/lexicon/people';
import { readEntry, type EntryRead } from './entry';

/**
 * The pane's paste: lines typed or copied from Word (where table cells arrive tab-separated) read with the
 * reader's own labels and entry grammar, so a pasted list gives the people the reader would find in minutes.
 */

/** One person the paste understood. */
export interface PastedAttendee {
  line: number;
  source: string;
  attendee: Attendee;
  /** True when the line gave no initials and they were suggested from the name. */
  initialsSuggested: boolean;
}

/** One pasted line (or part of one) that gives no person, kept as written so it can be fixed. */
export interface UnreadableLine {
  line: number;
  source: string;
  /** What is wrong and how to write it, in plain words. */
  reason: string;
}

/** A line left out on purpose (a header row, a label), with a note that says so. */
export interface SkippedLine {
  line: number;
  source: string;
  note: string;
}

export interface PasteResult {
  attendees: PastedAttendee[];
  unreadable: UnreadableLine[];
  skipped: SkippedLine[];
}

const HEADER_CELL = wholePhrase(HEADER_WORDS);
const STATUS_WORDS: Record<AttendanceStatus, string> = {
  present: 'present',
  'in attendance': 'in attendance',
  apologies: 'as sending apologies',
  absent: 'absent',
};

/** Control characters (other than tab) carried in by a paste say nothing about a person. */
function withoutControlCharacters(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code === 9 || (code >= 32 && code !== 127);
    })
    .join('');
}

const bare = (cell: string): string => cell.replace(/[:\s]+$/, '').trim();
/** "Attendance:", "Apologies" in a cell of its own: a label that sets the status of the rows after it. */
const cellLabel = (cell: string): AttendanceStatus | null => (cell ? labelStatus(bare(cell)) : null);

function labelNote(label: string, status: AttendanceStatus): string {
  return `Read “${label}” as a label: the people after it are listed ${STATUS_WORDS[status]}`;
}

/**
 * Read a pasted block of attendance lines. Understood entries become attendees (status from the last label such
 * as "Apologies:", else present); header rows and labels are skipped with a note; anything else is returned as
 * written with the reason, never guessed.
 */
export function parseAttendancePaste(text: string): PasteResult {
  const result: PasteResult = { attendees: [], unreadable: [], skipped: [] };
  let status: AttendanceStatus = 'present';
  const add = (line: number, source: string, read: EntryRead) => {
    if ('reason' in read && read.nobody) {
      result.skipped.push({ line, source, note: `${read.reason}: nothing to add` });
      return;
    }
    if ('reason' in read) {
      result.unreadable.push({ line, source, reason: read.reason });
      return;
    }
    const { name, capacity, initials, initialsDerived } = read.person;
    result.attendees.push({
      line,
      source,
      attendee: { name, capacity, initials, status },
      initialsSuggested: initialsDerived,
    });
  };

  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const source = withoutControlCharacters(raw).trim();
    if (source === '') return;
    if (source.includes('\t')) {
      readRow(line, source);
      return;
    }
    // A bullet, or a list number ("1. Ann Lee": a pasted list has no items to number).
    const trimmed = source.replace(/^[-•*·]\s*/u, '').replace(/^\d{1,3}[.)]\s+/, '');
    const label = readLabelLine(trimmed);
    if (label) {
      status = label.status;
      const written = label.rest ? trimmed.slice(0, trimmed.length - label.rest.length).trim() : trimmed;
      result.skipped.push({ line, source, note: labelNote(written, label.status) });
      if (label.rest) splitEntries(label.rest).forEach((entry) => add(line, entry, readEntry(entry)));
      return;
    }
    // "Apologies were received from A and B", "- [ ] Bo Hart": these lines give their people a status of
    // their own (apologies; absent, an unticked box); the lines after keep the label's.
    const apologies = readApologiesSentence(trimmed);
    const own = apologies ? 'apologies' : /^\[ \]\s/.test(trimmed) ? 'absent' : null;
    if (own) {
      const before = status;
      status = own;
      splitEntries(apologies ?? trimmed).forEach((entry) => add(line, entry, readEntry(entry)));
      status = before;
      return;
    }
    // A line of several people ("Ann Lee (AL), Bob Hart (BH)") splits as the reader splits a list.
    const entries = splitEntries(trimmed);
    if (entries.length <= 1) add(line, source, readEntry(trimmed));
    else entries.forEach((entry) => add(line, entry, readEntry(entry)));
  });
  return result;

  /** A row of cells copied from a Word table: blank and label cells first, then Name | Capacity | Initials. */
  function readRow(line: number, source: string): void {
    const cells = source.split('\t').map((c) => c.trim());
    while (cells.length > 0 && cells[0] === '') cells.shift();
    const filled = cells.filter((c) => c !== '');
    // "Attendance:" alone is a label, not a header, though it is a header word too.
    const header =
      filled.every((c) => HEADER_CELL.test(bare(c))) && (filled.length > 1 || !cellLabel(filled[0]!));
    if (filled.length > 0 && header) {
      result.skipped.push({ line, source, note: `Skipped the header row “${filled.map(bare).join(' | ')}”` });
      return;
    }
    const label = cellLabel(cells[0] ?? '');
    if (label) {
      status = label;
      result.skipped.push({ line, source: cells[0]!, note: labelNote(cells[0]!, label) });
      cells.shift();
      while (cells.length > 0 && cells[0] === '') cells.shift();
      if (cells.every((c) => c === '')) return;
    }
    add(line, cells.join('\t').trim(), readEntry(cells));
  }
}
