import { stripBullet } from './clean';

/** The header fields a label can name. */
export type HeaderField =
  'date' | 'time' | 'endTime' | 'chair' | 'minuteTaker' | 'venue' | 'meetingType' | 'nextMeeting' | 'title';

// Label words → field. Longer labels first so "Date of next meeting" wins over "Date".
const LABELS: [RegExp, HeaderField][] = [
  [
    /^(?:date,? time and venue of (?:the )?next meeting|date of (?:the )?next meeting|next meeting(?: date)?)/i,
    'nextMeeting',
  ],
  [/^(?:end time|finish time|meeting closed|time closed|close)/i, 'endTime'],
  [/^(?:meeting type|type of meeting)/i, 'meetingType'],
  [/^(?:meeting title|meeting name|title)/i, 'title'],
  [/^(?:chaired by|chairperson|chairman|chairwoman|chair)/i, 'chair'],
  [
    /^(?:minutes taken by|minute[- ]?taker|minuted by|note[- ]?taker|notes taken by|notes|minutes|secretary|clerk)/i,
    'minuteTaker',
  ],
  [/^(?:venue|location|place|held at|where)/i, 'venue'],
  [/^(?:date and time|date)/i, 'date'],
  [/^(?:start time|time)/i, 'time'],
];

// Labels that may stand without a colon or dash ("- Venue West Mercia Police HQ"), followed by a capital or digit.
const BARE_OK = new Set<HeaderField>(['date', 'time', 'chair', 'venue', 'minuteTaker']);

export interface LabelledField {
  field: HeaderField;
  value: string;
}

/**
 * Reads "Label: value", "Label - value" or (for a few labels, with a capital or digit after) "Label value".
 * `bareAllowed` says whether the label may stand without punctuation: only in the header zone, where
 * prose is rare. "Minutes" stands bare only after a bullet, so "Minutes Of The Board" is not read as a label.
 */
const MAYBE_LABEL =
  /^(?:[-•*▪◦·‣–—]\s+)*(?:date|time|end|finish|meeting|close|type|title|chair|minute|note|secretary|clerk|venue|location|place|held|where|next|start)/i;

export function readLabel(line: string, bareAllowed: boolean): LabelledField | null {
  if (line.length > 300 || !MAYBE_LABEL.test(line)) return null;
  const bulleted = stripBullet(line);
  const hadBullet = bulleted !== line;
  for (const [pattern, field] of LABELS) {
    const m = pattern.exec(bulleted);
    if (!m) continue;
    const rest = bulleted.slice(m[0].length);
    const punct = /^\s*(?::|-\s|–|—|=)\s*/.exec(rest);
    if (punct) return { field, value: rest.slice(punct[0].length).trim() };
    if (/^\s*$/.test(rest)) return null;
    const bare = /^\s+(?=[A-Z0-9])/.exec(rest);
    if (bare && bareAllowed && BARE_OK.has(field) && bulleted.length <= 120) {
      if (/^minutes/i.test(m[0]) && !hadBullet) return null;
      return { field, value: rest.trim() };
    }
    return null;
  }
  return null;
}

/** Label text for a two-column table's first cell, e.g. "Chair" or "Date:". */
export function readLabelCell(cell: string): HeaderField | null {
  const t = cell.replace(/[:\-–—\s]+$/, '').trim();
  if (!t || t.length > 40) return null;
  for (const [pattern, field] of LABELS) {
    const m = pattern.exec(t);
    if (m && m[0].length === t.length) return field;
  }
  return null;
}

/** A person named in a header field: the part before a comma, a bracket or a dash ("Charity Pearce, Assistant …"). */
export function personFrom(value: string): string {
  const cut = value.split(/\s*(?:,|\(|\s[-–—]\s|;)\s*/)[0] ?? '';
  return cut.trim();
}

// Protective markings are written in capitals; mixed case "official" in prose is not a marking.
const MARKING = /\b(TOP SECRET|OFFICIAL\s*[-–—]?\s*SENSITIVE|OFFICIAL|SECRET)\b/;

/** The protective marking in a line, normalised ("OFFICIAL – SENSITIVE" → "OFFICIAL-SENSITIVE"). */
export function markingIn(line: string, anywhere: boolean): string | null {
  if (!anywhere && line.length > 60) return null;
  const m = MARKING.exec(line);
  if (!m) return null;
  return m[1]!.replace(/\s*[-–—]?\s*SENSITIVE/, '-SENSITIVE');
}

/** Draft or approved, read from a short line, a page header or footer, or the title. */
export function statusIn(line: string, anywhere: boolean): 'draft' | 'approved' | null {
  if ((!anywhere && line.length > 80) || !/draft|approved/i.test(line)) return null;
  if (/\bDRAFT\b/.test(line) || /^(?:status\s*:\s*)?draft\b/i.test(line) || /\bdraft minutes\b/i.test(line))
    return 'draft';
  if (
    /\bAPPROVED\b/.test(line) ||
    /^status\s*:\s*approved\b/i.test(line) ||
    /\bapproved minutes\b/i.test(line)
  ) {
    return 'approved';
  }
  return null;
}
