import { Meeting } from '../../../src/core/model/meeting';
import { StoredMeeting } from '../../../src/core/model/stored';
import {
  loadStoredMeeting,
  saveStoredMeeting,
  STORED_MEETING_NAMESPACE,
} from '../../../src/word/stored-meeting';
import { scenario } from '../scenario';

export const storedMeeting = StoredMeeting.parse({
  schemaVersion: 1,
  meeting: Meeting.parse({ title: 'Board & <friends>', date: '2022-08-25' }),
});

/** The meeting form kept in one custom XML part (Common API: callbacks counted, no syncs). */
export const storedMeetingScenarios = [
  scenario({
    name: 'Save then load gives the same meeting back and leaves exactly one part',
    setUp: { body: [''] },
    operation: async () => {
      await saveStoredMeeting(storedMeeting, new Date('2022-08-25T10:00:00Z'));
      await saveStoredMeeting(storedMeeting, new Date('2022-08-25T10:05:00Z'));
      return loadStoredMeeting();
    },
    check: (o) => {
      expect(o.result).toEqual({ stored: storedMeeting, warning: null });
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).toContain(STORED_MEETING_NAMESPACE);
    },
    // first save: list + add; second: list + add + delete; load: list + read.
    budget: { syncs: 0, callbacks: 7 },
  }),
  scenario({
    name: 'Save whose add fails keeps the old part',
    setUp: { body: [''] },
    host: { failCallback: 4 },
    operation: async () => {
      await saveStoredMeeting(storedMeeting);
      await saveStoredMeeting({ ...storedMeeting, disabledRules: ['item-empty'] });
    },
    check: (o) => {
      expect(o.error).toBeDefined();
      expect(o.host.parts).toHaveLength(1);
      expect(o.host.parts[0]?.xml).not.toContain('item-empty');
    },
    budget: { syncs: 0, callbacks: 4 },
  }),
];
