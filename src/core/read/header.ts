import { BULLET_CHARS, stripBullet } from './clean';
import { findDate } from './dates';
import { anyOf, firstWords, literal } from './lexicon/build';
import {
  APPROVED_WORDS,
  BARE_LABEL_FIELDS,
  BARE_ONLY_AFTER_BULLET,
  DRAFT_WORDS,
  HEADER_LABELS,
  PROTECTIVE_MARKINGS,
  STATUS_OF_WORDS,
} from './lexicon/header';
import { STATUS_LABELS } from './lexicon/status';

/** The header fields a label can name. */
export type HeaderField =
  'date' | 'time' | 'endTime' | 'chair' | 'minuteTaker' | 'venue' | 'meetingType' | 'nextMeeting' | 'title';

// Label words → field, in the lexicon's order (an earlier field wins); within a field the longest label first.
const LABELS: [RegExp, HeaderField][] = HEADER_LABELS.map(([field, labels]) => [
  new RegExp(`^${anyOf(labels)}`, 'i'),
  field,
]);

// Labels that may stand without a colon or dash ("- Venue West Mercia Police HQ"), followed by a capital or digit.
const BARE_OK = new Set<HeaderField>(BARE_LABEL_FIELDS);

export interface LabelledField {
  field: HeaderField;
  value: string;
}

/**
 * Reads "Label: value", "Label - value" or (for a few labels, with a capital or digit after) "Label value".
 * `bareAllowed` says whether the label may stand without punctuation: only in the header zone, where
 * prose is rare. "Minutes" stands bare only after a bullet, so "Minutes Of The Board" is not read as a label.
 */
const MAYBE_LABEL = new RegExp(
  `^(?:[${BULLET_CHARS}]\\s+)*${anyOf(firstWords(HEADER_LABELS.flatMap(([, labels]) => labels)))}`,
  'i',
);
// "Minutes" stands bare only after a bullet.
const MINUTES_WORD = new RegExp(`^${anyOf(BARE_ONLY_AFTER_BULLET)}`, 'i');

export function readLabel(line: string, bareAllowed: boolean): LabelledField | null {
  if (line.length > 300 || !MAYBE_LABEL.test(line)) return null;
  const bulleted = stripBullet(line);
  const hadBullet = bulleted !== line;
  for (const [pattern, field] of LABELS) {
    const m = pattern.exec(bulleted);
    if (!m) continue;
    const rest = bulleted.slice(m[0].length);
    const punct = /^\s*(?::|-\s|–|—|=)\s*/.exec(rest);
    if (punct) {
      const value = rest.slice(punct[0].length).trim();
      return !punct[0].includes(':') && namesNoOne(field, value) ? null : { field, value };
    }
    if (/^\s*$/.test(rest)) return null;
    const bare = /^\s+(?=[A-Z0-9])/.exec(rest);
    if (bare && bareAllowed && BARE_OK.has(field) && bulleted.length <= 120) {
      if (MINUTES_WORD.test(m[0]) && !hadBullet) return null;
      return { field, value: rest.trim() };
    }
    return null;
  }
  return null;
}

/**
 * "Minutes – Harbour Board – 14/03/2024": after a dash (not a colon), a value with a date in it is a title, not
 * the person a label names.
 */
function namesNoOne(field: HeaderField, value: string): boolean {
  return (field === 'chair' || field === 'minuteTaker') && findDate(value) !== null;
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
const flexibleDash = (pattern: string) => pattern.replace(/-/g, '\\s*[-–—]?\\s*');
const MARKING = new RegExp(`\\b(${flexibleDash(anyOf(PROTECTIVE_MARKINGS))})\\b`);
const MARKING_AS_WRITTEN = PROTECTIVE_MARKINGS.map(
  (marking) => [new RegExp(`^${flexibleDash(literal(marking))}$`), marking] as const,
);

/** Every marking, as a pattern whose dashes may be any dash with or without spaces (for walk's marking lines). */
export const MARKING_PATTERN = flexibleDash(anyOf(PROTECTIVE_MARKINGS));

/** The protective marking in a line, normalised ("OFFICIAL – SENSITIVE" → "OFFICIAL-SENSITIVE"). */
export function markingIn(line: string, anywhere: boolean): string | null {
  if (!anywhere && line.length > 60) return null;
  const m = MARKING.exec(line);
  if (!m) return null;
  const written = m[1]!;
  for (const [pattern, marking] of MARKING_AS_WRITTEN) if (pattern.test(written)) return marking;
  return written;
}

const DRAFT = anyOf(DRAFT_WORDS);
const APPROVED = anyOf(APPROVED_WORDS);
const STATUS_OF = anyOf(STATUS_OF_WORDS);
const MAYBE_STATUS = new RegExp(`${DRAFT}|${APPROVED}`, 'i');
const IS_DRAFT = [
  new RegExp(`\\b${anyOf(DRAFT_WORDS.map((w) => w.toUpperCase()))}\\b`),
  new RegExp(`^(?:${anyOf(STATUS_LABELS)}\\s*:\\s*)?${DRAFT}\\b`, 'i'),
  new RegExp(`\\b${DRAFT} ${STATUS_OF}\\b`, 'i'),
];
const IS_APPROVED = [
  new RegExp(`\\b${anyOf(APPROVED_WORDS.map((w) => w.toUpperCase()))}\\b`),
  new RegExp(`^${anyOf(STATUS_LABELS)}\\s*:\\s*${APPROVED}\\b`, 'i'),
  new RegExp(`\\b${APPROVED} ${STATUS_OF}\\b`, 'i'),
];

/** Draft or approved, read from a short line, a page header or footer, or the title. */
export function statusIn(line: string, anywhere: boolean): 'draft' | 'approved' | null {
  if ((!anywhere && line.length > 80) || !MAYBE_STATUS.test(line)) return null;
  if (IS_DRAFT.some((re) => re.test(line))) return 'draft';
  if (IS_APPROVED.some((re) => re.test(line))) return 'approved';
  return null;
}
