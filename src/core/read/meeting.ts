import type { Meeting } from '../model/meeting';
import { emptyMeeting } from '../model/meeting';
import { findDate, findTimes, findYear } from './dates';
import { stripBullet } from './clean';
import { personFrom, readLabel } from './header';
import { anyOf, literal } from './lexicon/build';
import {
  CHAIR_AFTER_NAME,
  CHAIR_BEFORE_NAME,
  CHAIR_CAPACITIES,
  HELD_MANNERS,
  HELD_OBJECTS,
  HELD_WORDS,
  MINUTE_TAKER_AFTER_NAME,
  MINUTE_TAKER_BEFORE_NAME,
  MINUTE_TAKER_CAPACITIES,
  MINUTES_CAPACITIES,
  MINUTING_ROLES,
  NOT_CHAIR_CAPACITIES,
  NOT_MINUTING_ROLES,
  TITLE_WORDS,
  VENUE_GIVEN_WORDS,
  VENUE_PREPOSITIONS,
} from './lexicon/header';
import { NAME_PARTICLES, WEEKDAYS } from './lexicon/people';
import type { Structure } from './walk';

/**
 * The meeting's header fields from what the walk collected. A date written without a year ("Thursday 25th
 * August") takes the year written in the title or elsewhere in the header ("August 2022"). A time written on
 * the date line ("…, 10:00am") is the start time when no Time label says otherwise; "10:00 – 12:00" gives both.
 * `publishedOn` (an ISO date from the page's metadata) is the date only where the minutes give none.
 */
export function assembleMeeting(s: Structure, publishedOn = ''): Meeting {
  const meeting = emptyMeeting();
  const dated = datedTitle(s);
  meeting.title = titleOf(s, dated);
  const f = s.fields;
  const year = firstYear([f.date ?? '', s.title, ...s.headerTexts]);
  const dateText =
    f.date ??
    (dated >= 0 ? s.headerTexts[dated] : undefined) ??
    s.headerTexts.find((t) => t.length <= 300 && findDate(t, year) !== null) ??
    loneDateFirst(s, year);
  const date = dateText ? findDate(dateText, year) : null;
  meeting.date = date?.iso ?? (publishedOn || null);
  const afterDate = date ? dateText.slice(date.index + date.length) : dateText;
  const times = findTimes(f.time ?? afterDate);
  meeting.startTime = times[0] ?? null;
  meeting.endTime = f.endTime ? (findTimes(f.endTime)[0] ?? null) : (times[1] ?? null);
  meeting.chair = personFrom(f.chair ?? '');
  meeting.minuteTaker = personFrom(f.minuteTaker ?? '');
  const beforeDate = date ? dateText.slice(0, date.index) : '';
  meeting.venue = (f.venue ?? (f.date ? '' : venueFrom(afterDate) || venueBefore(beforeDate))).trim();
  if (!meeting.venue && f.venue === undefined) meeting.venue = heldAtVenue(s.headerTexts, year);
  if (!meeting.venue && f.venue === undefined && f.date === undefined)
    meeting.venue = placeAfterDate(s, s.headerTexts.indexOf(dateText));
  if (!meeting.chair) meeting.chair = byCapacity(s, CHAIR_ROLE, NOT_CHAIR);
  if (!meeting.chair) meeting.chair = personInProse(s, CHAIR_IN_PROSE);
  if (!meeting.minuteTaker)
    meeting.minuteTaker =
      byCapacity(s, MINUTE_TAKER_ROLE, null) ||
      byCapacity(s, MINUTING_ROLE, NOT_MINUTING) ||
      personInProse(s, MINUTE_TAKER_IN_PROSE);
  traceUnlabelled(s, meeting, f.date === undefined ? s.headerTexts.indexOf(dateText) : -1);
  meeting.meetingType = (f.meetingType ?? '').trim();
  meeting.protectiveMarking = s.marking;
  meeting.status = s.status ?? 'draft';
  if (s.nextMeeting) {
    meeting.nextMeeting = s.nextMeeting.trim();
    const next = findDate(s.nextMeeting, meeting.date ? null : year, meeting.date);
    meeting.nextMeetingDate = next?.iso ?? null;
  }
  return meeting;
}

/**
 * The trace of the fields no label gave: the date (and the time and venue written with it) from the header
 * line that holds it; a chair or minute-taker from the attendee whose capacity says so.
 */
function traceUnlabelled(s: Structure, meeting: Meeting, dateLine: number): void {
  const trace = s.trace.header;
  const line = dateLine >= 0 ? s.headerParagraphs[dateLine] : undefined;
  const fromLine = (recogniser: string) => ({ recogniser, paragraphs: [line!], refiners: [] });
  if (line !== undefined) {
    if (meeting.date && !trace.date) trace.date = fromLine('date-in-header');
    if (meeting.startTime && !trace.time) trace.time = fromLine('date-in-header');
    if (meeting.endTime && !trace.endTime) trace.endTime = fromLine('date-in-header');
    if (meeting.venue && !trace.venue) trace.venue = fromLine('date-in-header');
  }
  const byAttendee = (name: string, recogniser: string) => {
    const at = s.attendees.findIndex((a) => a.name === name);
    const from = s.trace.attendees[at];
    return from ? { recogniser, paragraphs: from.paragraphs, refiners: [] } : undefined;
  };
  if (meeting.chair && !trace.chair) trace.chair = byAttendee(meeting.chair, 'chair-by-capacity');
  if (meeting.minuteTaker && !trace.minuteTaker)
    trace.minuteTaker = byAttendee(meeting.minuteTaker, 'minute-taker-by-capacity');
  for (const key of Object.keys(trace) as (keyof typeof trace)[])
    if (trace[key] === undefined) delete trace[key];
}

/** An attendee whose capacity says chair (not vice-chair) chairs the meeting when no label names a chair. */
const CHAIR_ROLE = new RegExp(String.raw`\b${anyOf(CHAIR_CAPACITIES)}\b`, 'i');
const NOT_CHAIR = new RegExp(String.raw`\b${anyOf(NOT_CHAIR_CAPACITIES)}`, 'i');
/** "(Minutes)", "Minutes", "Minute-taker", "Note taker" as a capacity. */
const MINUTES = anyOf(MINUTES_CAPACITIES);
const MINUTE_TAKER_ROLE = new RegExp(
  String.raw`\(${MINUTES}\)|^${MINUTES}$|\b${anyOf(MINUTE_TAKER_CAPACITIES)}\b`,
  'i',
);
/**
 * Whoever serves the meeting as its secretary or clerk minutes it when no label names a minute-taker:
 * "Clerk and RFO", "Committee Secretary", "Company Secretary", "Secretary to Senate", "Democratic Services
 * Officer", "Governance Officer". Titles that only contain the word are left out ("Secretary of State").
 */
const MINUTING_ROLE = new RegExp(String.raw`\b${anyOf(MINUTING_ROLES)}\b`, 'i');
const NOT_MINUTING = new RegExp(String.raw`\b${anyOf(NOT_MINUTING_ROLES)}\b`, 'i');
const VENUE_PREPOSITION = anyOf(VENUE_PREPOSITIONS);
const HELD = anyOf(HELD_WORDS);
const MANNER = anyOf(HELD_MANNERS);
// "held at", "held their meeting remotely via", "held virtually on": the verb and what leads to the place.
const HELD_PLACE = String.raw`${HELD}(?:\s+${anyOf(HELD_OBJECTS)})?(?:\s+${MANNER}\s+(?:${VENUE_PREPOSITION}|on)|(?:\s+${MANNER})?\s+${VENUE_PREPOSITION})`;
const VENUE_AFTER = new RegExp(String.raw`\b${VENUE_PREPOSITION}\s+(?:the\s+)?([A-Z][^,;.]{2,80})`);
// The place, then what may stand before the date: a start time ("at 7.30pm"), "on (the)", a weekday.
const VENUE_BEFORE_DATE = new RegExp(
  String.raw`\b${HELD_PLACE}\s+(?:the\s+)?([A-Z][^;]{2,120}?)[\s,]*(?:\bat\s+[\d.:]+\s*(?:[ap]\.?m\.?)?[\s,]*)?(?:\bon\s+)?(?:the\s+)?(?:${anyOf(WEEKDAYS)}\s*)?$`,
  'i',
);

const PLACE_WORD = new RegExp(String.raw`\b${anyOf(VENUE_GIVEN_WORDS)}\b`, 'i');

/**
 * "… at 7.30pm in the Village Hall", "…, 10:00–12:00, via MS Teams", "…, 7pm, Glenmuir Village Hall": the place
 * named after the date and time on a "held on" line, after in / at / via, or as its last comma-separated part.
 */
function venueFrom(text: string): string {
  const m = VENUE_AFTER.exec(text);
  if (m) return m[1]!.trim();
  const last = /,\s*([A-Z][^,;:]{2,80}?)\.?\s*$/.exec(text);
  if (!last || /\d/.test(last[1]!)) return '';
  // "Meeting with Eddie, Dave and Steve": people joined by "and" are no place unless a place word says so.
  return /\s(?:and|&)\s/.test(last[1]!) && !PLACE_WORD.test(last[1]!) ? '' : last[1]!.trim();
}

/** "Minutes of the meeting held at Service Headquarters, Larch Road, on Friday …": the place before the date. */
function venueBefore(text: string): string {
  const m = VENUE_BEFORE_DATE.exec(text);
  return m ? m[1]!.trim() : '';
}

const HELD_AT = new RegExp(String.raw`\b${HELD_PLACE}\s`, 'i');

/**
 * "Minutes of the meeting held at the Offices of the Board, Melmerby, on Tuesday 4 June 2013.": the place on a
 * "held at" line of the header where the date was read from another line (a title with the date in it).
 */
function heldAtVenue(texts: readonly string[], year: number | null): string {
  for (const text of texts) {
    if (text.length > 300 || !HELD_AT.test(text)) continue;
    const date = findDate(text, year);
    const before = (date ? text.slice(0, date.index) : text).replace(/[.;]\s*$/, '');
    const venue = venueBefore(before) || (date ? venueFrom(text.slice(date.index + date.length)) : '');
    if (venue) return venue.trim();
  }
  return '';
}

const PLACE_PREPOSITION = new RegExp(String.raw`^${VENUE_PREPOSITION}\s+(?:the\s+)?`, 'i');

/**
 * "14 March 2024" then "Committee Room, Harbour Office" (or "AT THE HARBOUR OFFICE"): the line after the header's
 * date line is the place when it is short, no label, list or date, and says it is a place (a word such as room,
 * hall or office, or it opens with at / in / via).
 */
function placeAfterDate(s: Structure, dateLine: number): string {
  const line = dateLine >= 0 ? s.headerTexts[dateLine + 1] : undefined;
  if (line === undefined || line.length > 80 || line.includes(':') || findDate(line) !== null) return '';
  if (!isPlainLine(line)) return '';
  const opening = PLACE_PREPOSITION.exec(line);
  const place = (opening ? line.slice(opening[0].length) : line).replace(/[.,;]\s*$/, '').trim();
  if (!/^[A-Z0-9]/.test(place) || !(opening || PLACE_WORD.test(place))) return '';
  s.trace.header.venue = {
    recogniser: 'place-after-date',
    paragraphs: [s.headerParagraphs[dateLine + 1]!],
    refiners: [],
  };
  return place;
}

/** A line that is neither a bullet nor a field ("Minutes: Jo Bell"). */
function isPlainLine(text: string): boolean {
  return stripBullet(text) === text && readLabel(text, true) === null;
}

const TITLE_WORD = new RegExp(`\\b${anyOf(TITLE_WORDS)}\\b`, 'i');

/**
 * The title: as the walk read it, except that a first plain line (no title style, no heading) gives way to
 * the first short line of the header that says it is the minutes ("Minutes of meeting 10th July 2018") —
 * pages copied from the web open with a banner, and minutes often with the organisation's name.
 */
function titleOf(s: Structure, dated: number): string {
  if (s.trace.header.title?.recogniser !== 'title-first-line') return s.title;
  const at = dated >= 0 ? dated : s.headerTexts.slice(0, 12).findIndex(isOwnTitle);
  if (at < 0) return s.title;
  s.trace.header.title = { recogniser: 'title-words', paragraphs: [s.headerParagraphs[at]!], refiners: [] };
  return s.headerTexts[at]!;
}

const HELD_ON_TITLE = new RegExp(String.raw`^${anyOf(TITLE_WORDS)}\b.*\b${HELD}\b`, 'i');

/**
 * "Notes of a meeting of the Group held on Monday 29th April 2019": a header line that opens with the title
 * words and says when its meeting was held names the minutes and their date, even where lines before it hold
 * other dates (a web page that lists the earlier meetings' minutes first). Its index in the header, or -1.
 */
function datedTitle(s: Structure): number {
  const texts = s.headerTexts;
  for (let i = 0; i < texts.length && i < 40; i += 1) {
    const text = texts[i]!;
    if (isOwnTitle(text) && HELD_ON_TITLE.test(text) && findDate(text) !== null) return i;
  }
  return -1;
}

/** A short line that says it is the minutes and is not a field ("Minutes: Jo Bell" names the minute-taker). */
function isOwnTitle(text: string): boolean {
  return text.length <= 120 && TITLE_WORD.test(text) && isPlainLine(text);
}

/**
 * "Meeting 1" then "20/03/2026": where the header gives no date, a line of nothing but a date among the first
 * lines of the business is the meeting's date (logs write the date under each meeting's heading).
 */
function loneDateFirst(s: Structure, year: number | null): string {
  for (const piece of s.pieces.slice(0, 3)) {
    const text = piece.text.trim();
    if (text.length > 40) continue;
    const date = findDate(text, year);
    if (date && date.index === 0 && date.length >= text.replace(/[\s,.]+$/, '').length - 12) return text;
  }
  return '';
}

const NAME_WORD = `(?:[A-Z][\\w'’.-]*|${anyOf(NAME_PARTICLES)})`;
// The phrase in any case, the name in its own capitals (the name's end is where a lower-case word begins).
const anyCase = (pattern: string) => pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
/** "chaired by Ann Vale": a name after one of the phrases ("{time}" stands for an optional "at 6:30 p.m."). */
const nameAfter = (phrases: readonly string[]) =>
  new RegExp(
    `\\b(?:${phrases
      .map((phrase) =>
        anyCase(literal(phrase))
          .replace(/ /g, '\\s+')
          .replace(/\\\{[^}]*\\\}|\{[^}]*\}/, '(?:\\s+at\\s+[\\d.:]+\\s*(?:[ap]\\.?m\\.?)?)?'),
      )
      .join('|')})\\s+([A-Z][\\w'’.-]*(?:\\s+${NAME_WORD}){0,3})(?=[,.;)]|\\s+[a-z]|\\s*$)`,
  );
/** "Cllr. Ann Vale took the Chair": the name is the capitalised words just before one of the phrases. */
const nameBefore = (phrases: readonly string[]) =>
  new RegExp(
    `(?:^|[^\\w'’.-])([A-Z][\\w'’.-]*(?:\\s+${NAME_WORD}){0,3})\\s+${anyCase(anyOf(phrases)).replace(/ /g, '\\s+')}\\b`,
  );
const CHAIR_IN_PROSE = [nameAfter(CHAIR_BEFORE_NAME), nameBefore(CHAIR_AFTER_NAME)];
const MINUTE_TAKER_IN_PROSE = [nameAfter(MINUTE_TAKER_BEFORE_NAME), nameBefore(MINUTE_TAKER_AFTER_NAME)];

/**
 * A person named in prose where no label or capacity names one, in the header or the opening business. The
 * chair: "The meeting was chaired by …", "the Chairman, Cllr Ann Vale, welcomed …", "called to order at 6:31
 * p.m. by Captain Rowe", "Cllr Ann Vale took the Chair". The minute-taker: "Minutes were taken by …", "Raj
 * Patel took the minutes".
 */
function personInProse(s: Structure, patterns: readonly RegExp[]): string {
  const texts = [...s.headerTexts, ...s.pieces.slice(0, 60).map((p) => p.text)];
  for (const text of texts) {
    const opening = text.length > 5000 ? text.slice(0, 5000) : text;
    for (const pattern of patterns) {
      const m = pattern.exec(opening);
      if (m) return m[1]!.replace(/\.$/, '').trim();
    }
  }
  return '';
}

/** The one attendee present whose capacity says they chair (or minute) the meeting. */
function byCapacity(s: Structure, want: RegExp, not: RegExp | null): string {
  const found = s.attendees.filter(
    (a) =>
      a.status !== 'apologies' &&
      a.status !== 'absent' &&
      want.test(a.capacity) &&
      !(not && not.test(a.capacity)),
  );
  return found.length === 1 ? found[0]!.name : '';
}

function firstYear(texts: readonly string[]): number | null {
  for (const t of texts) {
    const y = findYear(t.length > 500 ? t.slice(0, 500) : t);
    if (y !== null) return y;
  }
  return null;
}
