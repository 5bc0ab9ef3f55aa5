import { addToDate, daysInMonth, findDate, isoOf, monthNumber, monthPattern } from './dates';
import { anyOf, caseForms } from './lexicon/build';
import {
  BRACKET_DUE_WORDS,
  DATE_PREPOSITIONS,
  DUE_LABELS,
  END_OF_PERIODS,
  END_OF_WORDS,
  MEETING_AS_OBJECT_VERBS,
  MEETING_WORDS,
  NAMED_MEETING_PREPOSITIONS,
  NAMED_MEETINGS,
  NEXT_MEETING_PREPOSITIONS,
  NEXT_WORDS,
  NUMBER_WORDS,
  PERIOD_PREPOSITIONS,
  PERIOD_TIME_WORDS,
  PERIOD_UNITS,
  NUMBERED_PERIODS,
  QUARTER_WORDS,
  RELATIVE_PERIOD_PREPOSITIONS,
  RELATIVE_PERIOD_WORDS,
  RELATIVE_DAYS,
  RELATIVE_PERIODS,
  SOON_WORDS,
  RECURRING_DUES,
} from './lexicon/due';

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
/** A phrase whose spaces may be any run of spaces. */
const spaced = (phrases: readonly string[]) => anyOf(phrases).replace(/ /g, '\\s+');
const MEETING = spaced(MEETING_WORDS);
const END_OF_WORD = spaced(END_OF_WORDS);

// Each pattern finds one kind of due phrase; the first that matches wins, in this order.
const PAREN_DUE = new RegExp(`\\(\\s*${anyOf(BRACKET_DUE_WORDS)}\\s*:?\\s*([^()]{1,60})\\)`, 'i');
const LABEL_DUE = new RegExp(`\\b${anyOf(DUE_LABELS)}\\s*[:\\-–]\\s*([^.;()]{1,60})`, 'i');
// "by the next meeting", "bring the figures next meeting"; but "to arrange the next meeting" names the work.
const NEXT_MEETING = new RegExp(
  `\\b(?:${spaced(NEXT_MEETING_PREPOSITIONS)}\\s+)?(?<!\\b${spaced(MEETING_AS_OBJECT_VERBS)}\\s+(?:the\\s+)?)(?:the\\s+)?${anyOf(NEXT_WORDS)}\\s+(?:[A-Za-z]+\\s+){0,2}${MEETING}\\b`,
  'i',
);
const NAMED_MEETING = new RegExp(
  `\\b${spaced(NAMED_MEETING_PREPOSITIONS)}\\s+(?:the\\s+)?(?:${anyOf(NEXT_WORDS)}\\s+)?${spaced(NAMED_MEETINGS)}\\b`,
  'i',
);
// "tomorrow" in lower case (a capital mid-sentence is a name: "the Today programme"), or opening a Due cell.
const DAYS = Object.keys(RELATIVE_DAYS);
const RELATIVE_DAY = new RegExp(
  `\\b(?:[Bb]y\\s+)?(${anyOf(DAYS)})\\b|^\\s*(${anyOf(DAYS.map((d) => caseForms(d)[1]))})\\b`,
);
const END_OF = new RegExp(
  `\\b(?:by\\s+)?(?:the\\s+)?${END_OF_WORD}\\s+(?:(q[1-4])|${anyOf(QUARTER_WORDS)}\\s+([1-4])|(?:the\\s+)?(${anyOf(END_OF_PERIODS)})|(${M})\\b)(?:\\s+(\\d{4}))?`,
  'i',
);
const UNITS = anyOf(PERIOD_UNITS);
const IN_PERIOD = new RegExp(
  `\\b${anyOf(PERIOD_PREPOSITIONS)}\\s+(\\d{1,3}|${anyOf(Object.keys(NUMBER_WORDS))})\\s+(${UNITS})s?(?:'?\\s*${anyOf(PERIOD_TIME_WORDS)})?\\b`,
  'i',
);
const SOON = new RegExp(`\\b(${anyOf([...SOON_WORDS, ...RECURRING_DUES])})\\b`, 'i');
const BY_MONTH = new RegExp(
  `\\bby\\s+(?:the\\s+)?(?:${END_OF_WORD}\\s+)?(${M})\\b(?:\\s+(\\d{4}))?(?!\\s*\\d)`,
  'i',
);
const QUARTER = /\b(?:by\s+)?(q[1-4])\s*(\d{4})?\b/i;
// "by next week", "Plan for next week:", "this term": after "by" or "before" the due includes them.
const RELATIVE = new RegExp(
  `\\b(?:${spaced(RELATIVE_PERIOD_PREPOSITIONS)}\\s+)?${anyOf(RELATIVE_PERIOD_WORDS)}\\s+${anyOf(RELATIVE_PERIODS)}\\b(?!['’]s)`,
  'i',
);
// "by week 7", "before the week 9 review": only after "by" or "before", so "in week 7 we met" is no due.
const NUMBERED_PERIOD = new RegExp(
  `\\b${spaced(RELATIVE_PERIOD_PREPOSITIONS)}\\s+${anyOf(NUMBERED_PERIODS)}\\s*\\d{1,2}\\b`,
  'i',
);
const BY_DATE = new RegExp(`\\b${anyOf(DATE_PREPOSITIONS)}\\s+(?:the\\s+)?$`, 'i');
/**
 * What every pattern here needs somewhere in the text, built from the same words: a bracket, a digit (every
 * date, every quarter), a label, "meeting", "end of", a unit of time, a month or a word for soon. Most actions
 * without a due have none of them and skip the patterns.
 */
export const MAYBE_DUE = new RegExp(
  `[(\\d]|\\b(?:${anyOf(DUE_LABELS)}|${MEETING}\\b|${spaced(NAMED_MEETINGS)}\\b|${anyOf(DAYS)}\\b|${END_OF_WORD}|${UNITS}|${anyOf(RELATIVE_PERIODS)}|${anyOf([...SOON_WORDS, ...RECURRING_DUES])}|(?:${M})\\b)`,
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
  const named = NAMED_MEETING.exec(text);
  if (named) return found(named, null);
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
    const by = BY_DATE.exec(before);
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
  const numbered = NUMBERED_PERIOD.exec(text);
  if (numbered) return found(numbered, null);
  const period = IN_PERIOD.exec(text);
  if (period) {
    const raw = period[1]!.toLowerCase();
    const amount = NUMBER_WORDS[raw] ?? +raw;
    const unit = period[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year';
    return found(period, meetingDate ? addToDate(meetingDate, amount, unit) : null);
  }
  const soon = SOON.exec(text);
  if (soon) return found(soon, null);
  const day = RELATIVE_DAY.exec(text);
  if (day) {
    const after = RELATIVE_DAYS[(day[1] ?? day[2]!).toLowerCase()] ?? 0;
    return found(day, meetingDate ? addToDate(meetingDate, after, 'day') : null);
  }
  const relative = RELATIVE.exec(text);
  if (relative) return found(relative, null);
  return null;
}

/** The due phrase in `text` and its date, against the meeting date and the stated next meeting. */
export function parseDue(text: string, meetingDate: string | null, nextMeetingDate: string | null): Due {
  const hit = findDue(text.length > 4000 ? text.slice(0, 4000) : text, meetingDate, nextMeetingDate);
  return hit ? { due: hit.due, dueDate: hit.dueDate } : { due: null, dueDate: null };
}
