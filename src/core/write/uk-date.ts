import { findDate, findTimes, LONG_MONTH_NAMES } from '../read/dates';
import { anyOf } from '../read/lexicon/build';
import { WEEKDAYS as LEXICON_WEEKDAYS, WEEKDAY_SHORT_EXTRAS } from '../read/lexicon/dates';

// The lexicon's weekdays, Sunday first, capitalised as the document prints them.
const WEEKDAYS = LEXICON_WEEKDAYS.map((d) => d.charAt(0).toUpperCase() + d.slice(1));

/** "2022-08-25" → "Thursday 25 August 2022": the UK long form, the same in every locale. */
export function ukLongDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return `${WEEKDAYS[date.getUTCDay()]} ${day} ${LONG_MONTH_NAMES[month - 1]} ${year}`;
}

/** What a typed date or time was understood as, or why it was not. */
export type Typed = { ok: true; value: string } | { ok: false; problem: string };

// "Thursday", "Thu", "Thurs," before a typed date: the weekday says nothing the date does not.
const WEEKDAY_WORD = new RegExp(
  `^${anyOf([...LEXICON_WEEKDAYS, ...LEXICON_WEEKDAYS.map((d) => d.slice(0, 3)), ...WEEKDAY_SHORT_EXTRAS])}\\b[,.]?\\s*`,
  'i',
);

/**
 * A date as people type it in the UK: "25/08/2022", "25/8/22", "25-08-2022", "25 Aug 2022", "25th August
 * 2022", "Thursday 25 August 2022", "2022-08-25". Day before month; the whole text must be the date. The
 * recognisers are the reader's (`read/dates.ts`), so what the pane accepts the reader reads back.
 */
export function parseTypedDate(text: string): Typed {
  const typed = text
    .trim()
    .replace(WEEKDAY_WORD, '')
    .replace(/^(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})$/, '$1/$2/$3');
  if (typed === '') return { ok: false, problem: 'Type a date, e.g. 25/08/2022 or 25 August 2022' };
  const found = findDate(typed);
  const rest = found ? (typed.slice(0, found.index) + typed.slice(found.index + found.length)).trim() : typed;
  if (!found || /[\p{L}\p{N}]/u.test(rest)) {
    return { ok: false, problem: 'Not a date Minutebook can read: type it as 25/08/2022 or 25 August 2022' };
  }
  if (found.iso === null) {
    return /\d{4}/.test(typed) || /\/\d{2}$/.test(typed)
      ? { ok: false, problem: 'There is no such day in the calendar' }
      : { ok: false, problem: 'Add the year, e.g. 25 August 2022' };
  }
  return { ok: true, value: found.iso };
}

/** A time as typed: "14:30", "14.30", "1430", "2.30pm", "2pm", "10am" → "14:30" (24-hour). */
export function parseTypedTime(text: string): Typed {
  const typed = text
    .trim()
    .replace(/^(\d{1,2})(\d{2})$/, '$1:$2')
    .replace(/^(\d{1,2})$/, '$1:00');
  const times = findTimes(typed);
  const clean = typed.replace(/\s+/g, '').toLowerCase();
  const fits = /^\d{1,2}([:.]\d{2})?(a\.?m\.?|p\.?m\.?)?$/.test(clean) || /^(12)?noon$/.test(clean);
  if (times.length !== 1 || !fits) {
    return { ok: false, problem: 'Not a time Minutebook can read: type it as 14:30 or 2.30pm' };
  }
  return { ok: true, value: times[0]! };
}

/** The next meeting as the minutes write it: "Tuesday 4 October 2022, 10:00, Room 3". */
export function nextMeetingText(next: { date: string | null; time: string | null; venue: string }): string {
  return [next.date ? ukLongDate(next.date) : '', next.time ?? '', next.venue.trim()]
    .filter((part) => part !== '')
    .join(', ');
}
