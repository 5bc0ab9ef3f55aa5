import { HTML_TAG } from '../../attendance/entry';
import type { AttendanceStatus } from '../../model/attendee';
import { readApologiesSentence, readStatusLabel } from '../attendance';
import { addAttendees, addListLine, entriesOf } from '../structure/state';
import type { RowRecogniser } from './structure-types';

/**
 * A row with one filled cell and no columns reads as a line of attendance: a label ("<h4>PRESENT</h4>", web
 * pages saved as text put each block in a cell of its own), an apologies sentence, or a list under a label,
 * split into people as a line is.
 */
type OneCell =
  | { kind: 'label'; status: AttendanceStatus; rest: string }
  | { kind: 'apologies'; list: string }
  | { kind: 'list'; text: string };

export const attendanceOneCell: RowRecogniser<OneCell> = {
  id: 'attendance-one-cell',
  unit: 'row',
  triggers: [],
  recognise({ filled, columns }, state) {
    if (columns || filled.length !== 1) return null;
    const text = filled[0]!.text.replace(HTML_TAG, ' ').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 600) return null;
    const label = readStatusLabel(text);
    if (label) return { kind: 'label', ...label };
    const apologies = readApologiesSentence(text);
    if (apologies && entriesOf(apologies, 'apologies').length > 0)
      return { kind: 'apologies', list: apologies };
    if (state.attendance !== null && entriesOf(text, state.attendance).length > 0)
      return { kind: 'list', text };
    return null;
  },
  read(found, { paragraph }, state) {
    if (found.kind === 'label') {
      state.attendance = found.status;
      state.attendanceLabelAlone = !found.rest;
      state.attendanceTail = null;
      if (found.rest) addListLine(state, found.rest, found.status, 'attendance-one-cell', paragraph);
    } else if (found.kind === 'apologies') {
      addAttendees(state, entriesOf(found.list, 'apologies'), 'attendance-one-cell', paragraph);
    } else addListLine(state, found.text, state.attendance!, 'attendance-one-cell', paragraph);
  },
  examples: [
    { given: { cells: ['', '<h4>PRESENT</h4>', ''] }, gives: { kind: 'label', status: 'present', rest: '' } },
    {
      given: { cells: ['', '<p>Councillors Ann Lee, Bo Hart and Cy Dunn.</p>'] },
      after: 'present',
      gives: { kind: 'list' },
    },
    {
      given: { cells: ['<p>Apologies received from Cllrs. Ann Lee and Bo Hart.</p>'] },
      gives: { kind: 'apologies' },
    },
    { given: { cells: ['', '<p>Councillors Ann Lee, Bo Hart and Cy Dunn.</p>'] }, gives: null },
  ],
};
