import type { Attendee } from '../model/attendee';
import type { OoxmlBlock } from '../port';
import { attendanceRows } from './block-rows';
import { tableBlock } from './table-block';

export { orderAttendees } from './block-rows';

export function buildAttendanceBlock(attendees: Attendee[]): OoxmlBlock {
  return tableBlock('attendance', 'Attendance', 'Minutebook: attendance', {
    caption: 'Attendance',
    description:
      'Who attended, with capacity, initials and status: present, in attendance, apologies or absent.',
    columns: [
      { heading: 'Name', widthPercent: 30 },
      { heading: 'Capacity', widthPercent: 40 },
      { heading: 'Initials', widthPercent: 12 },
      { heading: 'Status', widthPercent: 18 },
    ],
    rows: attendanceRows(attendees),
  });
}
