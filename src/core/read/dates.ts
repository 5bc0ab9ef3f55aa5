import { anyOf } from './lexicon/build';
import { MONTHS, NOON_WORDS } from './lexicon/dates';

/**
 * Dates and times as minutes write them: "Thursday 25th August", "4 th October", "25/08/2022" (UK: day
 * first), "2022-08-25", "August 25, 2022"; times "10:00am", "2.30pm", "10am", "14:00".
 */

/** Every written form of every month, longest first so "September" is not read as "Sep" (matched case-insensitively). */
const MONTH_NAMES = MONTHS.flatMap((m) => [m.long, ...m.short])
  .sort((a, b) => b.length - a.length)
  .join('|')
  .toLowerCase();
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})\\s?(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAMES})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_NAMES})\\b\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
const YEAR = /\b(19[5-9]\d|20\d\d)\b/;

export function monthNumber(name: string): number {
  const key = name.replace(/\.$/, '').toLowerCase();
  return MONTHS.findIndex((m) => [m.long, ...m.short].some((form) => form.toLowerCase() === key)) + 1;
}

export function monthPattern(): string {
  return MONTH_NAMES;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date found in text: its ISO form (null when the year could not be known) and where it was written. */
export interface FoundDate {
  iso: string | null;
  index: number;
  length: number;
}

/**
 * The first date written in `text`. A date without a year takes `year` when given, otherwise the first such
 * date on or after `onOrAfter` (ISO), otherwise stays without ISO form.
 */
export function findDate(
  text: string,
  year: number | null = null,
  onOrAfter: string | null = null,
): FoundDate | null {
  const hits: { index: number; length: number; y: number | null; m: number; d: number }[] = [];
  const iso = ISO_DATE.exec(text);
  if (iso) hits.push({ index: iso.index, length: iso[0].length, y: +iso[1]!, m: +iso[2]!, d: +iso[3]! });
  const num = NUMERIC_DATE.exec(text);
  if (num) {
    const y = num[3]!.length === 2 ? 2000 + +num[3]! : +num[3]!;
    hits.push({ index: num.index, length: num[0].length, y, m: +num[2]!, d: +num[1]! });
  }
  const dm = DAY_MONTH.exec(text);
  if (dm) {
    hits.push({
      index: dm.index,
      length: dm[0].length,
      y: dm[3] ? +dm[3] : null,
      m: monthNumber(dm[2]!),
      d: +dm[1]!,
    });
  }
  const md = MONTH_DAY.exec(text);
  if (md) {
    hits.push({
      index: md.index,
      length: md[0].length,
      y: md[3] ? +md[3] : null,
      m: monthNumber(md[1]!),
      d: +md[2]!,
    });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.index - b.index);
  const hit = hits[0]!;
  return { iso: resolveYear(hit.y, hit.m, hit.d, year, onOrAfter), index: hit.index, length: hit.length };
}

function resolveYear(
  y: number | null,
  m: number,
  d: number,
  year: number | null,
  onOrAfter: string | null,
): string | null {
  if (y !== null) return isoOf(y, m, d);
  if (onOrAfter) {
    const base = +onOrAfter.slice(0, 4);
    const same = isoOf(base, m, d);
    if (same && same >= onOrAfter) return same;
    return isoOf(base + 1, m, d);
  }
  return year === null ? null : isoOf(year, m, d);
}

/** The first four-digit year written in text, if any. */
export function findYear(text: string): number | null {
  const m = YEAR.exec(text);
  return m ? +m[1]! : null;
}

const TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d/])/gi;
const NOON = new RegExp(String.raw`\b(?:12\s*)?${anyOf(NOON_WORDS)}\b`, 'i');

/** Times written in text, in order, as 24-hour "HH:MM". A bare number counts only with minutes or am/pm. */
export function findTimes(text: string): string[] {
  const out: string[] = [];
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m !== null; m = TIME.exec(text)) {
    const minutes = m[2];
    const half = m[3]?.toLowerCase().replace(/\./g, '');
    if (minutes === undefined && !half) continue;
    let hour = +m[1]!;
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
    const min = minutes === undefined ? 0 : +minutes;
    if (hour > 23 || min > 59) continue;
    out.push(`${String(hour).padStart(2, '0')}:${String(min).padStart(2, '0')}`);
    if (out.length >= 4) break;
  }
  if (out.length === 0 && NOON.test(text)) out.push('12:00');
  return out;
}

/** Adds days or months to an ISO date (months clamp to the month's last day). */
export function addToDate(
  iso: string,
  amount: number,
  unit: 'day' | 'week' | 'month' | 'year',
): string | null {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  if (unit === 'day' || unit === 'week') {
    const t = new Date(Date.UTC(y, m - 1, d + amount * (unit === 'week' ? 7 : 1)));
    return t.toISOString().slice(0, 10);
  }
  const months = unit === 'year' ? amount * 12 : amount;
  const total = m - 1 + months;
  const ny = y + Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return isoOf(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** English month names, January first: written dates are read and written in these. */
export const LONG_MONTH_NAMES: readonly string[] = MONTHS.map((m) => m.long);

/** "2022-09-30" → "30 September 2022". */
export function longDate(iso: string): string {
  const m = LONG_MONTH_NAMES[+iso.slice(5, 7) - 1] ?? '';
  return `${+iso.slice(8, 10)} ${m} ${+iso.slice(0, 4)}`;
}
