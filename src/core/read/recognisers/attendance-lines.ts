import type { Attendee, AttendanceStatus } from '../../model/attendee';
import { readApologiesSentence, readInnerApologies, readLabelLine, readPresentSentence } from '../attendance';
import {
  AGENDA_WORDS,
  ATTENDANCE_LABELS,
  ATTENDANCE_SUBLABEL_WORDS,
  PRESENT_AFTER_WORDS,
} from '../lexicon/people';
import { readEntry } from '../../attendance/entry';
import { continuesList, splitEntries, wrappedTail } from '../../attendance/list';
import { stripBullet } from '../clean';
import { withListNumber } from '../items';
import { anyOf } from '../lexicon/build';
import { addAttendees, addListLine, entriesOf } from '../structure/state';
import type { LineRecogniser } from './structure-types';

/** Lines of attendance: a label that opens a list ("Present:"), the list under it, an apologies sentence. */

const labelsOf = (status: AttendanceStatus) =>
  ATTENDANCE_LABELS.filter(([, s]) => s === status).map(([l]) => l);

/** "Present: Jane Smith (JS), Tom Jones (TJ)" or "Apologies" alone: the people listed take its status. */
export const attendanceLabel: LineRecogniser<{ status: AttendanceStatus; entries: Attendee[] }> = {
  id: 'attendance-label',
  unit: 'line',
  triggers: ATTENDANCE_LABELS.map(([label]) => label),
  recognise(line) {
    const label = readLabelLine(line.text);
    if (!label) return null;
    return { status: label.status, entries: label.rest ? entriesOf(label.rest, label.status) : [] };
  },
  read({ status, entries }, line, state) {
    state.attendance = status;
    state.actionSection = false;
    state.attendanceTail = null;
    state.attendanceLabelAlone = entries.length === 0;
    const rest = entries.length > 0 || wrappedTail(line.text) ? readLabelLine(line.text)?.rest : '';
    if (rest) addListLine(state, rest, status, 'attendance-label', line.paragraph);
  },
  examples: [
    {
      given: 'Apologies: Tom Jones (TJ)',
      gives: {
        status: 'apologies',
        entries: [{ name: 'Tom Jones', capacity: '', initials: 'TJ', status: 'apologies' }],
      },
    },
    { given: 'In attendance', gives: { status: 'in attendance', entries: [] } },
    { given: 'Present were the members of the board.', gives: null },
    {
      given: 'Present Ann Lee (AL) Chair, Bo Hart (BH)',
      gives: { status: 'present', entries: [{ name: 'Ann Lee', capacity: 'Chair' }, { name: 'Bo Hart' }] },
    },
    { given: 'Present Arrangements for the summer', gives: null },
  ],
};

/** "Apologies were received from Cllr A Brown." */
export const apologiesSentence: LineRecogniser<Attendee[]> = {
  id: 'apologies-sentence',
  unit: 'line',
  triggers: labelsOf('apologies'),
  recognise(line) {
    const list = readApologiesSentence(line.text);
    const found = list ? entriesOf(list, 'apologies') : [];
    return found.length > 0 ? found : null;
  },
  read: (found, line, state) => addAttendees(state, found, 'apologies-sentence', line.paragraph),
  examples: [
    {
      given: 'Apologies were received from Tom Jones.',
      gives: [
        { name: 'Tom Jones', capacity: '', initials: 'TJ', initialsDerived: true, status: 'apologies' },
      ],
    },
    {
      given: 'There were apologies for absence from Ivo Park (student rep)',
      gives: [{ name: 'Ivo Park', capacity: 'student rep', status: 'apologies' }],
    },
    {
      given: 'Apologies were accepted from ACC Omar Vance, Supt Hal Brennan and Lia Moss.',
      gives: [{ name: 'Omar Vance' }, { name: 'Supt Hal Brennan' }, { name: 'Lia Moss' }],
    },
    { given: 'Ann Lee and Bo Hart sent apologies.', gives: [{ name: 'Ann Lee' }, { name: 'Bo Hart' }] },
    { given: 'Apologies were given for the late papers.', gives: null },
  ],
};

/**
 * An apologies sentence inside a longer line ("Apologies and Substitutions Minutes: Apologies for absence were
 * received from …"): it only notes the people, so the line is still read as the text it is.
 */
export const apologiesInText: LineRecogniser<Attendee[]> = {
  id: 'apologies-in-text',
  unit: 'line',
  notes: true,
  triggers: labelsOf('apologies'),
  recognise(line) {
    const list = readInnerApologies(line.text);
    const found = list ? entriesOf(list, 'apologies') : [];
    return found.length > 0 ? found : null;
  },
  read: (found, line, state) => addAttendees(state, found, 'apologies-in-text', line.paragraph),
  examples: [
    {
      given:
        'Apologies and Substitutions Minutes: Apologies for absence were received from Councillors Ann Lee and Cllr B. Hart. |',
      gives: [{ name: 'Ann Lee' }, { name: 'Cllr B. Hart' }],
    },
    { given: 'The Chair noted the apologies. The meeting was quorate.', gives: null },
  ],
};

/** "Priya, Tom & Wen present.": a list of people, then the word that says they were there. */
export const presentSentence: LineRecogniser<Attendee[]> = {
  id: 'present-sentence',
  unit: 'line',
  triggers: PRESENT_AFTER_WORDS,
  recognise(line) {
    const list = readPresentSentence(stripBullet(line.text));
    if (!list) return null;
    const found = entriesOf(list, 'present');
    // Every part a person, and more than one word in all: "Quorum present" names no one.
    const whole =
      found.length === splitEntries(list).length && (found.length > 1 || /\s/.test(found[0]?.name ?? ''));
    return found.length > 0 && whole ? found : null;
  },
  read: (found, line, state) => addAttendees(state, found, 'present-sentence', line.paragraph),
  examples: [
    { given: 'Priya, Tom & Wen present', gives: [{ name: 'Priya' }, { name: 'Tom' }, { name: 'Wen' }] },
    { given: 'Quorum present', gives: null },
    { given: 'Ten members were present.', gives: null },
  ],
};

const UNTICKED = /^(?:[-*•]\s+)?\[ \]\s/;

/** A line under an attendance label: the people on it take the label's status. */
export const attendanceList: LineRecogniser<Attendee[]> = {
  id: 'attendance-list',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (state.attendance === null || line.text.length > 400) return null;
    const found = entriesOf(line.text, state.attendance);
    // A line that goes on with the entry a line break cut ("Arridge; John Wood; …" after "…; Simon").
    const continues =
      state.attendanceTail?.paragraph === line.paragraph.index - 1 &&
      continuesList(line.text, state.attendanceTail.text);
    return found.length > 0 || continues ? found : null;
  },
  // "- [ ] Bo Hart": an unticked box in a roll call is someone who was not there.
  read: (_, line, state) =>
    addListLine(
      state,
      line.text,
      UNTICKED.test(line.text) ? 'absent' : state.attendance!,
      'attendance-list',
      line.paragraph,
    ),
  examples: [
    {
      given: 'Jane Smith (JS) – Chair',
      after: 'present',
      gives: [{ name: 'Jane Smith', capacity: 'Chair', initials: 'JS', status: 'present' }],
    },
    { given: 'Jane Smith (JS) – Chair', gives: null },
  ],
};

/** Any other line ends the list under an attendance label (it is read on by the recognisers after). */
export const attendanceListEnds: LineRecogniser<true> = {
  id: 'attendance-list-ends',
  unit: 'line',
  notes: true,
  triggers: [],
  recognise: (_, state) => (state.attendance !== null ? true : null),
  read(_, __, state) {
    state.attendance = null;
  },
  examples: [
    { given: 'The Chair welcomed everyone to the meeting.', after: 'present', gives: true },
    { given: 'The Chair welcomed everyone to the meeting.', gives: null },
  ],
};

// "1. Ann Lee", "2) Bo Hart": a number, then the entry.
const NUMBERED = /^\d{1,3}[.)]\s+(.+)$/;
const AGENDA_WORD = new RegExp(`(?<![\\p{L}])${anyOf(AGENDA_WORDS)}(?![\\p{L}])`, 'iu');

/**
 * "1. Ann Lee" under "Attendees:": a numbered list of people (Markdown writes every one "1."), not items. Only
 * whole names count (two words or more, or initials written), never a word of an item title ("3. Matters
 * Arising"); "1. Nil" names no one and keeps the list going.
 */
export const attendanceNumbered: LineRecogniser<Attendee[]> = {
  id: 'attendance-numbered',
  unit: 'line',
  triggers: [],
  recognise(line, state) {
    if (state.attendance === null || !state.attendanceLabelAlone || line.isHeading) return null;
    // Word's or Markdown's list number stands apart from the text (listString): read it as written.
    const m = NUMBERED.exec(stripBullet(withListNumber(line.text, line.unit.listString)));
    if (!m || m[1]!.length > 200 || AGENDA_WORD.test(m[1]!)) return null;
    const entry = readEntry(m[1]!);
    if ('nobody' in entry && entry.nobody) return [];
    const found = entriesOf(m[1]!, state.attendance);
    const whole = found.every((a) => a.name.split(/\s+/).length >= 2 || !a.initialsDerived);
    return found.length > 0 && found.length === splitEntries(m[1]!).length && whole ? found : null;
  },
  read: (found, line, state) => addAttendees(state, found, 'attendance-numbered', line.paragraph),
  examples: [
    {
      given: '1. Ada Lowe',
      after: 'present',
      gives: [{ name: 'Ada Lowe', capacity: '', initials: 'AL', initialsDerived: true, status: 'present' }],
    },
    { given: '1. Nil', after: 'present', gives: [] },
    {
      given: 'Ben Kerr',
      listString: '2.',
      after: 'present',
      gives: [{ name: 'Ben Kerr', capacity: '', initials: 'BK', initialsDerived: true, status: 'present' }],
    },
    { given: '3. Matters Arising', after: 'present', gives: null },
    { given: '1. Ada Lowe', gives: null },
  ],
};

const SUBLABEL_WORD = new RegExp(`(?<![\\p{L}])${anyOf(ATTENDANCE_SUBLABEL_WORDS)}(?![\\p{L}])`, 'iu');

/** "Attended online - eligible to vote:" inside an attendance list: it divides the list, which goes on below. */
export const attendanceSubLabel: LineRecogniser<true> = {
  id: 'attendance-sub-label',
  unit: 'line',
  triggers: ATTENDANCE_SUBLABEL_WORDS,
  recognise(line, state) {
    if (state.attendance === null) return null;
    const text = stripBullet(line.text).trim();
    return text.length <= 60 && text.endsWith(':') && SUBLABEL_WORD.test(text) ? true : null;
  },
  read() {},
  examples: [
    { given: '* Attended in person - eligible to vote:', after: 'present', gives: true },
    { given: 'Discussion:', after: 'present', gives: null },
    { given: 'Attended online:', gives: null },
  ],
};
