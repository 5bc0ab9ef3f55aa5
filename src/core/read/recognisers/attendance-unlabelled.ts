import { looksLikeName, readEntry } from '../../attendance/entry';
import { splitEntries } from '../../attendance/list';
import type { Attendee } from '../../model/attendee';
import { readStatusLabel } from '../attendance';
import { forEachLine, type Unit } from '../blocks';
import { stripBullet } from '../clean';
import { anyOf } from '../lexicon/build';
import { MONTHS } from '../lexicon/dates';
import {
  AGENDA_WORDS,
  BEFORE_MEETING_WITH,
  MEETING_WITH_WORDS,
  OPENING_ITEM_WORDS,
  ORGANISATION_WORDS,
  PLURAL_HONORIFICS,
  ROLE_WORDS,
  WEEKDAYS,
} from '../lexicon/people';
import { HEADING_STYLE, TITLE_STYLE } from '../structure/patterns';
import { addAttendees, entriesOf, type ReadState } from '../structure/state';
import type { LineRecogniser, RowRecogniser } from './structure-types';

/**
 * People listed with no label: lines of "Ruth Okafor (RO)" in the opening of the minutes or under an opening
 * item ("Welcome and introductions"), a line of first names under the title, a table cell holding nothing but
 * names one per line (Word's minutes template). Each is read only where a person reading would see a list of
 * people: three lines or names at least, every one of them a person.
 */

const word = (list: readonly string[]) => new RegExp(`(?<![\\p{L}])${anyOf(list)}(?![\\p{L}])`, 'iu');
const OPENING_ITEM = word(OPENING_ITEM_WORDS);
// A word that is never a name in a list of names: a role, a body, an item title, a day or a month.
const NOT_A_NAME = word([
  ...ROLE_WORDS,
  ...ORGANISATION_WORDS,
  ...AGENDA_WORDS,
  ...PLURAL_HONORIFICS,
  ...WEEKDAYS,
  ...MONTHS.map((m) => m.long),
]);
/** At least this many lines, or names on one line, make an unlabelled list. */
const MIN_PEOPLE = 3;
/** A line of first names stands this near the top of the document, under the title. */
const FIRST_LINES = 4;

// Bracketed initials somewhere on the line: the cheap test before the entry grammar is run on it.
const MAYBE_INITIALS = /\([A-Z][A-Za-z]{0,5}\)/;
// A name the entry grammar read is no person when it holds a body's, an item's, a day's or a month's word
// (roles it judges itself: "Dean B" is a name).
const NOT_A_PERSONS_NAME = word([
  ...ORGANISATION_WORDS,
  ...AGENDA_WORDS,
  ...WEEKDAYS,
  ...MONTHS.map((m) => m.long),
]);

/** "Ruth Okafor (RO)", "Doug (DL) – Chairman": one person with written initials, and nothing else. */

function personWithInitials(text: string): boolean {
  if (text.length > 120 || !MAYBE_INITIALS.test(text)) return false;
  const bare = stripBullet(text).trim();
  if (bare.length > 120 || bare.includes(':') || readStatusLabel(bare)) return false;
  const read = readEntry(bare);
  return 'person' in read && !read.person.initialsDerived && !NOT_A_PERSONS_NAME.test(read.person.name);
}

/** "Hadley, Dan, Peter, Yves": first names (or first and last), three or more, and nothing else. */
function namesLine(text: string): boolean {
  const bare = stripBullet(text).trim();
  if (bare.length > 300 || /[:\d()]/.test(bare) || NOT_A_NAME.test(bare)) return false;
  const parts = splitEntries(bare);
  return parts.length >= MIN_PEOPLE && parts.every(isPlainName);
}

/** "Dan", "Ruth Okafor": one to three name words in name case ("Ruth", not "RUTH"). */
function isPlainName(part: string): boolean {
  const words = part.split(/\s+/);
  return (
    words.length <= 3 && looksLikeName(words) && words.every((w) => /^\p{Lu}[\p{Ll}'’\-\u2011]+$/u.test(w))
  );
}

/**
 * The paragraphs that are unlabelled people, worked out before the walk (a run is known only at its end): runs
 * of lines of people with initials, and a line of names among the first lines.
 */
export function unlabelledPeople(units: readonly Unit[]): ReadonlySet<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let previous = -2;
  const endRun = () => {
    if (run.length >= MIN_PEOPLE) for (const p of run) found.add(p);
    run = [];
  };
  let lines = 0;
  for (const unit of units) {
    if (unit.kind !== 'line') {
      endRun();
      continue;
    }
    const index = unit.paragraph.index;
    if (index !== previous + 1) endRun();
    previous = index;
    lines += 1;
    if (personWithInitials(unit.text)) run.push(index);
    else {
      endRun();
      // Not the first line (the title) nor a heading: "Health, Safety, Wellbeing" as a title is no list of people.
      const plain = lines > 1 && !HEADING_STYLE.test(unit.style) && !TITLE_STYLE.test(unit.style);
      if (plain && lines <= FIRST_LINES && namesLine(unit.text)) found.add(index);
    }
  }
  endRun();
  return found;
}

/** In the opening of the minutes, or in a first item about who is there ("Welcome and introductions"). */
function inOpening(state: Readonly<ReadState>): boolean {
  if (state.zone === 'header') return true;
  const items = state.out.items;
  return items.count <= 2 && OPENING_ITEM.test(items.items.at(-1)?.title ?? '');
}

/** A line of an unlabelled list of people (see unlabelledPeople): present. */
export const unlabelledPersonLine: LineRecogniser<Attendee[]> = {
  id: 'unlabelled-person-line',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (state.attendance !== null || !state.unlabelledPeople.has(line.paragraph.index) || !inOpening(state))
      return null;
    const found = entriesOf(stripBullet(line.text), 'present');
    return found.length > 0 ? found : null;
  },
  read: (found, line, state) => addAttendees(state, found, 'unlabelled-person-line', line.paragraph),
  // An example is one line: a line of names under the title; runs of lines are read in the walk's tests.
  examples: [
    {
      given: 'Ola, Tomas, Priya, Wen',
      after: 'title',
      gives: [{ name: 'Ola' }, { name: 'Tomas' }, { name: 'Priya' }, { name: 'Wen' }],
    },
    { given: 'Health, Safety, Wellbeing', gives: null },
    { given: 'Members Allowances, Expenses and Travel', after: 'title', gives: null },
    { given: 'Ruth Okafor (RO)', gives: null },
    { given: 'Monday, Tuesday, Friday', gives: null },
  ],
};

/**
 * A table cell of nothing but full names, one per line, three or more: the people at the meeting (Word's
 * minutes template puts them beside "Facilitator" and "Note taker"). It only notes them: the row is read on.
 */
export const namesCell: RowRecogniser<{ cell: number; found: Attendee[] }> = {
  id: 'names-cell',
  unit: 'row',
  notes: true,
  triggers: [],
  recognise({ row, columns }) {
    if (columns) return null;
    for (let c = 0; c < row.cells.length; c += 1) {
      // A cell of one paragraph (no list of lines) cannot hold enough people: nothing to gather.
      const cellLines = row.cells[c]!.lines;
      if (cellLines === null || cellLines.length < MIN_PEOPLE) continue;
      const lines: string[] = [];
      forEachLine(row.cells[c]!, (text) => {
        if (text) lines.push(text);
      });
      if (lines.length < MIN_PEOPLE || !lines.every((l) => isFullName(l))) continue;
      return { cell: c, found: lines.flatMap((l) => entriesOf(l, 'present')) };
    }
    return null;
  },
  read({ found }, { row }, state) {
    addAttendees(state, found, 'names-cell', row.paragraph);
  },
  examples: [
    {
      given: { cells: ['Facilitator: Group', 'Ada Lowe\nBen Kerr\nCy Dunn'] },
      gives: { cell: 1, found: [{ name: 'Ada Lowe' }, { name: 'Ben Kerr' }, { name: 'Cy Dunn' }] },
    },
    { given: { cells: ['Note taker', 'Ada Lowe\nBudget review\nCy Dunn'] }, gives: null },
  ],
};

/** "Ruth Okafor": two or three name words, none a role, a body or an item word. */
function isFullName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && isPlainName(text.trim()) && !NOT_A_NAME.test(text);
}

// "5/10/16 Meeting with Eddie, Dave and Steve": a short line, a date or nothing, then the people to its end.
// The phrases' last words (" with "), as written in lower case or capitalised: the cheap test first.
const WITH_WORDS = [...new Set(MEETING_WITH_WORDS.map((p) => p.split(' ').at(-1)!))].flatMap((w) => [
  ` ${w} `,
  ` ${w.charAt(0).toUpperCase()}${w.slice(1)} `,
]);
const BEFORE_MEETING_WITH_WORD = new RegExp(String.raw`\b${anyOf(BEFORE_MEETING_WITH)}\b`, 'gi');
const MEETING_WITH = new RegExp(`^([^,]{0,30}?)\\b${anyOf(MEETING_WITH_WORDS)}\\s+(.+?)\\.?$`, 'iu');

/**
 * "Meeting with Eddie, Dave and Steve" as a line or heading of its own: those named were at the meeting. It only
 * notes them, so the line is still read as the heading or text it is. Every name must be a plain name.
 */
export const meetingWithLine: LineRecogniser<Attendee[]> = {
  id: 'meeting-with-line',
  unit: 'line',
  notes: true,
  triggers: MEETING_WITH_WORDS,
  recognise(line) {
    const text = line.text;
    if (text.length > 120 || !WITH_WORDS.some((w) => text.includes(w))) return null;
    const m = MEETING_WITH.exec(stripBullet(line.text));
    if (!m || /[a-z]/.test(m[1]!.replace(BEFORE_MEETING_WITH_WORD, ''))) return null;
    const parts = splitEntries(m[2]!);
    if (parts.length === 0 || !parts.every(isPlainName) || NOT_A_NAME.test(m[2]!)) return null;
    return entriesOf(m[2]!, 'present');
  },
  read: (found, line, state) => addAttendees(state, found, 'meeting-with-line', line.paragraph),
  examples: [
    {
      given: '5/10/16 Meeting with Edda, Dov and Stef',
      gives: [{ name: 'Edda' }, { name: 'Dov' }, { name: 'Stef' }],
    },
    { given: 'During our meeting with Chris, we told him about the game', gives: null },
    { given: 'Meeting with the Finance Team', gives: null },
  ],
};
