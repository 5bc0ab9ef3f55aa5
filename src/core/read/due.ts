import { addToDate, daysInMonth, findDate, isoOf, monthNumber, monthPattern } from './dates';

/**
 * Due dates as minutes write them. Quarters are calendar quarters (Q1 ends 31 March, Q3 ends 30 September):
 * minutes rarely say which year they mean, and calendar quarters are what most readers assume. A date written
 * without a year is the first such date on or after the meeting.
 */
export interface Due {
  /** The due as written ("by 30 September", "next meeting", "ASAP"); null when none. */
  due: string | null;
  dueDate: string | null;
}

const M = monthPattern();
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  twelve: 12,
};

// Each pattern finds one kind of due phrase; the first that matches wins, in this order.
const PAREN_DUE = /\(\s*(?:due|by|deadline)\s*:?\s*([^()]{1,60})\)/i;
const LABEL_DUE = /\b(?:due(?: date)?|deadline|target date|by when|timescale)\s*[:\-–]\s*([^.;()]{1,60})/i;
const NEXT_MEETING =
  /\b(?:(?:by|before|for|at|to|ahead of|in time for|prior to)\s+)?(?:the\s+)?next\s+(?:[A-Za-z]+\s+){0,2}meeting\b/i;
const END_OF = new RegExp(
  `\\b(?:by\\s+)?(?:the\\s+)?end\\s+of\\s+(?:(q[1-4])|quarter\\s+([1-4])|(?:the\\s+)?(month|year|financial year|week)|(${M})\\b)(?:\\s+(\\d{4}))?`,
  'i',
);
const IN_PERIOD =
  /\b(?:in|within)\s+(\d{1,3}|an?|one|two|three|four|five|six|twelve)\s+(day|week|month|year)s?(?:'?\s*time)?\b/i;
const SOON = /\b(ASAP|as soon as possible|immediately|ongoing)\b/i;
const BY_MONTH = new RegExp(
  `\\bby\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(${M})\\b(?:\\s+(\\d{4}))?(?!\\s*\\d)`,
  'i',
);
const QUARTER = /\b(?:by\s+)?(q[1-4])\s*(\d{4})?\b/i;
/**
 * What every pattern here needs somewhere in the text: a bracket, a digit (every date, every quarter), a label,
 * "meeting", "end of", a unit of time, a month or a word for soon. Most actions without a due have none of
 * them and skip the patterns.
 */
const MAYBE_DUE = new RegExp(
  `[(\\d]|\\b(?:due|deadline|target date|by when|timescale|meeting\\b|end\\s+of|day|week|month|year|asap|as soon as possible|immediately|ongoing|(?:${M})\\b)`,
  'i',
);

function quarterEnd(q: number, year: number | null, meetingDate: string | null): string | null {
  const month = q * 3;
  if (year !== null) return isoOf(year, month, daysInMonth(year, month));
  if (!meetingDate) return null;
  const y = +meetingDate.slice(0, 4);
  const end = isoOf(y, month, daysInMonth(y, month));
  return end && end >= meetingDate ? end : isoOf(y + 1, month, daysInMonth(y + 1, month));
}

function monthEnd(month: number, year: number | null, meetingDate: string | null): string | null {
  if (year !== null) return isoOf(year, month, daysInMonth(year, month));
  if (!meetingDate) return null;
  const y = +meetingDate.slice(0, 4);
  const end = isoOf(y, month, daysInMonth(y, month));
  return end && end >= meetingDate ? end : isoOf(y + 1, month, daysInMonth(y + 1, month));
}

/** Where the due phrase sits in the text, for callers that remove it from an action's words. */
export interface FoundDue extends Due {
  index: number;
  length: number;
}

export function findDue(
  text: string,
  meetingDate: string | null,
  nextMeetingDate: string | null,
): FoundDue | null {
  return MAYBE_DUE.test(text) ? findDueIn(text, meetingDate, nextMeetingDate) : null;
}

/** findDue without the first test (exported so a test can show the test never changes the answer). */
export function findDueIn(
  text: string,
  meetingDate: string | null,
  nextMeetingDate: string | null,
): FoundDue | null {
  const found = (m: RegExpExecArray, dueDate: string | null, written = m[0]): FoundDue => ({
    due: written.trim(),
    dueDate,
    index: m.index,
    length: m[0].length,
  });

  const paren = PAREN_DUE.exec(text);
  if (paren) {
    const inner = findDue(paren[1]!, meetingDate, nextMeetingDate);
    return found(paren, inner?.dueDate ?? null, paren[1]!);
  }
  const label = LABEL_DUE.exec(text);
  if (label) {
    const inner = findDue(label[1]!, meetingDate, nextMeetingDate);
    if (inner) return found(label, inner.dueDate, label[1]!);
  }
  const next = NEXT_MEETING.exec(text);
  if (next) return found(next, nextMeetingDate);
  const end = END_OF.exec(text);
  if (end) {
    const year = end[5] ? +end[5] : null;
    const q = end[1] ? +end[1].slice(1) : end[2] ? +end[2] : null;
    if (q !== null) return found(end, quarterEnd(q, year, meetingDate));
    if (end[4]) return found(end, monthEnd(monthNumber(end[4]), year, meetingDate));
    const what = end[3]!.toLowerCase();
    if (!meetingDate) return found(end, null);
    const my = +meetingDate.slice(0, 4);
    const mm = +meetingDate.slice(5, 7);
    if (what === 'month') return found(end, isoOf(my, mm, daysInMonth(my, mm)));
    if (what === 'year') return found(end, isoOf(year ?? my, 12, 31));
    if (what === 'financial year') return found(end, isoOf(year ?? (mm <= 3 ? my : my + 1), 3, 31));
    return found(end, addToDate(meetingDate, 7, 'day'));
  }
  const date = findDate(text, null, meetingDate);
  if (date) {
    const before = text.slice(Math.max(0, date.index - 16), date.index);
    const by =
      /\b(?:by|before|on|for|no later than|w\/c|week commencing|the week of|week of)\s+(?:the\s+)?$/i.exec(
        before,
      );
    const start = by ? date.index - by[0].length : date.index;
    return {
      due: text.slice(start, date.index + date.length).trim(),
      dueDate: date.iso,
      index: start,
      length: date.index + date.length - start,
    };
  }
  const byMonth = BY_MONTH.exec(text);
  if (byMonth)
    return found(byMonth, monthEnd(monthNumber(byMonth[1]!), byMonth[2] ? +byMonth[2] : null, meetingDate));
  const quarter = QUARTER.exec(text);
  if (quarter && /\bby\b/i.test(quarter[0])) {
    return found(quarter, quarterEnd(+quarter[1]!.slice(1), quarter[2] ? +quarter[2] : null, meetingDate));
  }
  const period = IN_PERIOD.exec(text);
  if (period) {
    const raw = period[1]!.toLowerCase();
    const amount = NUMBER_WORDS[raw] ?? +raw;
    const unit = period[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return found(period, meetingDate ? addToDate(meetingDate, amount, unit) : null);
  }
  const soon = SOON.exec(text);
  if (soon) return found(soon, null);
  return null;
}

/** The due phrase in `text` and its date, against the meeting date and the stated next meeting. */
export function parseDue(text: string, meetingDate: string | null, nextMeetingDate: string | null): Due {
  const hit = findDue(text.length > 4000 ? text.slice(0, 4000) : text, meetingDate, nextMeetingDate);
  return hit ? { due: hit.due, dueDate: hit.dueDate } : { due: null, dueDate: null };
}
