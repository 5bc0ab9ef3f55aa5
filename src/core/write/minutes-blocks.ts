import type { Attendee } from '../model/attendee';
import type { Item } from '../model/item';
import type { Meeting } from '../model/meeting';
import type { OoxmlBlock } from '../port';
import { buildAttendanceBlock } from './attendance-block';
import { buildHeaderBlock } from './header-block';
import { buildItemsBlock } from './items-block';

export interface MinutesInput {
  meeting: Meeting;
  attendees: Attendee[];
  items: Item[];
}

/** A whole new set of minutes: header, attendance, items. */
export function buildMinutesBlocks(input: MinutesInput): OoxmlBlock[] {
  return [
    buildHeaderBlock(input.meeting),
    buildAttendanceBlock(input.attendees),
    buildItemsBlock(input.items, { nextMeeting: input.meeting.nextMeeting }),
  ];
}
