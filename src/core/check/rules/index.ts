import type { Rule } from '../rule';
import { actionDuplicate } from './action-duplicate';
import { actionMarkerNonstandard } from './action-marker-nonstandard';
import { actionOwnerAmbiguous } from './action-owner-ambiguous';
import { actionOwnerOutside } from './action-owner-outside';
import { actionOwnerUnknown } from './action-owner-unknown';
import { actionRefMismatch } from './action-ref-mismatch';
import { actionWithoutDue } from './action-without-due';
import { actionWithoutOwner } from './action-without-owner';
import { attendeeInitialsDuplicate } from './attendee-initials-duplicate';
import { chairNotAttending } from './chair-not-attending';
import { headerFieldMissing } from './header-field-missing';
import { initialsUndefined } from './initials-undefined';
import { itemEmpty } from './item-empty';
import { itemNumbering } from './item-numbering';
import { nextMeetingMissing } from './next-meeting-missing';
import { quorumNotMet } from './quorum-not-met';
import { unmarkedAction } from './unmarked-action';

/** Every rule, in the order the pane lists them: header and attendance first, then items, then actions. */
export const ALL_RULES: readonly Rule[] = [
  headerFieldMissing,
  attendeeInitialsDuplicate,
  chairNotAttending,
  quorumNotMet,
  initialsUndefined,
  itemNumbering,
  itemEmpty,
  nextMeetingMissing,
  actionWithoutOwner,
  actionOwnerUnknown,
  actionOwnerAmbiguous,
  actionOwnerOutside,
  actionRefMismatch,
  actionMarkerNonstandard,
  actionWithoutDue,
  actionDuplicate,
  unmarkedAction,
];
