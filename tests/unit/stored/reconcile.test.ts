import { Attendee } from '../../../src/core/model/attendee';
import { StoredMeeting } from '../../../src/core/model/stored';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { reconcileStored } from '../../../src/core/stored/reconcile';

/** Invented minutes: the document as the second minute-taker finds it. */
const DOCUMENT = `Finance Panel
Date: 3 March 2025
Venue: Room 4
Chair: Hana Pell

Present:
Hana Pell (HP) – Chair
Olu Baker (OB) – Treasurer

Apologies:
Rui Santos (RS)

1. Welcome
The chair welcomed everyone.
2. Budget
ACTION: OB to circulate the figures.`;

const minutes = () => readMinutes(textToParagraphs(DOCUMENT));

const saved = (patch: Partial<StoredMeeting> = {}) =>
  StoredMeeting.parse({
    schemaVersion: 1,
    meeting: {
      title: 'Finance Panel',
      date: '2025-03-03',
      venue: 'Room 4',
      chair: 'Hana Pell',
      minuteTaker: 'Tess Ode',
    },
    attendees: [
      Attendee.parse({ name: 'Hana Pell', capacity: 'Chair', initials: 'HP' }),
      Attendee.parse({ name: 'Olu Baker', capacity: 'Treasurer', initials: 'OB' }),
      Attendee.parse({ name: 'Rui Santos', capacity: 'Clerk', initials: 'RS', status: 'apologies' }),
    ],
    items: [
      { number: '1', title: 'Welcome', notes: 'Kept notes' },
      { number: '2', title: 'Budget' },
    ],
    ...patch,
  });

describe('reconciling the stored meeting with the document text', () => {
  test('when they agree nothing differs and the stored copy keeps what the document does not say', () => {
    const { stored, differences } = reconcileStored(saved(), minutes());
    expect(differences).toEqual([]);
    expect(stored.meeting.minuteTaker).toBe('Tess Ode');
    expect(stored.attendees.find((a) => a.name === 'Rui Santos')?.capacity).toBe('Clerk');
    expect(stored.items[0]).toEqual({
      number: '1',
      title: 'Welcome',
      confidential: false,
      subItems: [],
      notes: 'Kept notes',
    });
  });

  test('the text wins for header fields, and each difference is said in plain words', () => {
    const before = saved();
    const { stored, differences } = reconcileStored(
      { ...before, meeting: { ...before.meeting, chair: 'Olu Baker', venue: '' } },
      minutes(),
    );
    expect(stored.meeting).toMatchObject({ chair: 'Hana Pell', venue: 'Room 4' });
    expect(differences).toEqual([
      'Chair: the document says “Hana Pell”; the saved details said “Olu Baker”.',
      'Venue: the document says “Room 4”; the saved details said nothing.',
    ]);
  });

  test('attendance: a changed status, someone added and someone gone', () => {
    const before = saved();
    const { stored, differences } = reconcileStored(
      {
        ...before,
        attendees: [
          { ...before.attendees[0]! },
          { ...before.attendees[1]!, status: 'apologies' },
          Attendee.parse({ name: 'Ida Marsh', initials: 'IM' }),
        ],
      },
      minutes(),
    );
    expect(stored.attendees.map((a) => `${a.name}:${a.status}`)).toEqual([
      'Hana Pell:present',
      'Olu Baker:present',
      'Rui Santos:apologies',
    ]);
    expect(differences).toEqual([
      'Olu Baker: the document says present; the saved details said apologies.',
      "Rui Santos is in the document's attendance (apologies) but was not in the saved details.",
      "Ida Marsh was in the saved details but is not in the document's attendance.",
    ]);
  });

  test('items: a retitled item, one added and one gone', () => {
    const { stored, differences } = reconcileStored(
      saved({
        items: [
          { number: '1', title: 'Welcome and apologies', confidential: false, subItems: [] },
          { number: '3', title: 'Estates', confidential: false, subItems: [] },
        ],
      }),
      minutes(),
    );
    expect(stored.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome', '2 Budget']);
    expect(differences).toEqual([
      'Item 1: the document says “Welcome”; the saved details said “Welcome and apologies”.',
      'Item 2 (“Budget”) is in the document but was not in the saved details.',
      'Item 3 (“Estates”) was in the saved details but is not in the document.',
    ]);
  });

  test('an empty document (no header, no attendance, no items) leaves the stored copy as it is', () => {
    const before = saved();
    const { stored, differences } = reconcileStored(before, readMinutes([]));
    expect(differences).toEqual([]);
    expect(stored).toEqual(before);
  });
});
