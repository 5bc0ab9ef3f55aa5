import type { Attendee, AttendanceStatus } from '../../model/attendee';
import { readApologiesSentence, readStatusLabel } from '../attendance';
import { ATTENDANCE_LABELS } from '../lexicon/people';
import { wrappedTail } from '../../attendance/list';
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
    const label = readStatusLabel(line.text);
    if (!label) return null;
    return { status: label.status, entries: label.rest ? entriesOf(label.rest, label.status) : [] };
  },
  read({ status, entries }, line, state) {
    state.attendance = status;
    state.actionSection = false;
    state.attendanceTail = null;
    const rest = entries.length > 0 || wrappedTail(line.text) ? readStatusLabel(line.text)?.rest : '';
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
    { given: 'Apologies were given for the late papers.', gives: null },
  ],
};

// "Context: …": a line that starts with a label of its own goes on with no list.
const STARTS_WITH_LABEL = /^[^\s:]{1,30}:/;

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
      state.attendanceTail?.paragraph === line.paragraph.index - 1 && !STARTS_WITH_LABEL.test(line.text);
    return found.length > 0 || continues ? found : null;
  },
  read: (_, line, state) =>
    addListLine(state, line.text, state.attendance!, 'attendance-list', line.paragraph),
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
