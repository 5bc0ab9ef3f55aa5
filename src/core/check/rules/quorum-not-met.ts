import { defineRule } from '../rule';
import { numberWord } from '../words';

/** Decisions of an inquorate meeting may not stand; only checked where the meeting type sets a quorum. */
export const quorumNotMet = defineRule({
  id: 'quorum-not-met',
  severity: 'warning',
  description: 'Fewer members are recorded as present than the quorum.',
  messages: {
    notMet:
      '{{present}} recorded as present, but this meeting needs {{quorum}} to be quorate. Check the attendance list (members present, not in attendance or apologies), or record that the meeting was not quorate.',
  },
  check(context, report) {
    const quorum = context.quorum;
    if (quorum === null || quorum <= 0) return [];
    const present = context.minutes.attendees.filter((a) => a.status === 'present').length;
    if (present >= quorum) return [];
    const presentText =
      present === 0
        ? 'No members are'
        : present === 1
          ? 'Only one member is'
          : `Only ${numberWord(present)} members are`;
    return [report('notMet', { present: presentText, quorum: numberWord(quorum) }, null)];
  },
});
