import { flattenItems } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import type { ModelExpectations } from './expectations';

/** The reader's acceptance tests on a model meeting (see expectations.ts). */
export function describeModelReading(name: string, expected: ModelExpectations): void {
  const minutes = readMinutes(textToParagraphs(expected.text));
  const marked = minutes.actions.filter((a) => a.marked);
  const suggestions = minutes.actions.filter((a) => !a.marked);

  describe(`reading ${name}`, () => {
    it('finds every marked action with its owner as written, in order', () => {
      expect(marked.map((a) => a.owner)).toEqual(expected.marked.map((a) => a.owner));
    });

    it('resolves role + surname, and role abbreviations, to the attendees', () => {
      expect(marked.map((a) => a.owners.map((o) => o.name))).toEqual(expected.marked.map((a) => a.names));
    });

    it('attributes the malformed ACTION line to the item it follows in reading order', () => {
      const action = marked.find((a) => a.owner === expected.malformed.owner);
      expect(action?.item).toBe(expected.malformed.item);
    });

    it('reads each marked action with its item and its words without marker or owner', () => {
      expect(marked.map((a) => [a.item, a.text])).toEqual(expected.marked.map((a) => [a.item, a.text]));
      expect(marked.every((a) => a.status === 'Open')).toBe(true);
    });

    if (expected.due) {
      const due = expected.due;
      it('reads the due date written inside an action', () => {
        expect(marked.find((a) => a.owner === due.owner && a.dueDate)?.dueDate).toBe(due.dueDate);
      });
    }

    it('suggests the prose action carried over from an earlier meeting', () => {
      expect(suggestions).toHaveLength(1);
      const { owner, text, item, name: owned } = expected.suggestion;
      expect(suggestions[0]).toMatchObject({ owner, text, item });
      expect(suggestions[0]!.owners.map((o) => o.name)).toEqual([owned]);
    });

    it('does not read mentions of actions or plans as actions', () => {
      expect(minutes.actions.map((a) => a.text).join('\n')).not.toMatch(expected.notActions);
    });

    it('reads the header fields from labelled lines, one without punctuation', () => {
      const { title, ...fields } = expected.header;
      expect(minutes.meeting).toMatchObject(fields);
      expect(minutes.meeting.title).toMatch(title);
    });

    it('reads the next meeting from the item that confirms it', () => {
      expect(minutes.meeting.nextMeeting).toBe(expected.nextMeeting.text);
      expect(minutes.meeting.nextMeetingDate).toBe(expected.nextMeeting.date);
    });

    it('reads every attendee, keeping the initials as written', () => {
      expect(minutes.attendees.map((a) => a.name)).toEqual(expected.attendees);
      const { name: person, initials } = expected.initialsAsWritten;
      expect(minutes.attendees.find((a) => a.name === person)?.initials).toBe(initials);
      expect(minutes.attendees.every((a) => a.status === 'present')).toBe(true);
    });

    it('keeps the items in document order, the out-of-order one where the text puts it', () => {
      expect(flattenItems(minutes.items).map((i) => i.number)).toEqual(expected.items);
      expect(minutes.items.find((i) => i.number === '2')?.subItems.map((i) => i.number)).toEqual(
        expected.subItemsOf2,
      );
    });

    it('gives every action a location that points at its paragraph', () => {
      for (const action of minutes.actions) expect(action.location.excerpt.length).toBeGreaterThan(0);
      expect(marked[0]!.location.excerpt).toBe(expected.firstMarkedExcerpt);
    });

    it('records no decisions: the model meeting has none', () => {
      expect(minutes.decisions).toEqual([]);
    });
  });
}
