import type { Attendee, AttendanceStatus } from '../model/attendee';
import type { OoxmlBlock } from '../port';
import { tableBlock } from './table-block';

const STATUS_ORDER: AttendanceStatus[] = ['present', 'in attendance', 'apologies', 'absent'];
const STATUS_LABEL: Record<AttendanceStatus, string> = {
  present: 'Present',
  'in attendance': 'In attendance',
  apologies: 'Apologies',
  absent: 'Absent',
};

/** Present, in attendance, apologies, absent; the given order kept within each. */
export function orderAttendees(attendees: readonly Attendee[]): Attendee[] {
  return STATUS_ORDER.flatMap((status) => attendees.filter((a) => a.status === status));
}

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
    rows: orderAttendees(attendees).map((a) => [a.name, a.capacity, a.initials, STATUS_LABEL[a.status]]),
  });
}
