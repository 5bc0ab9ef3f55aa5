import {
  emptyMeeting,
  paragraph,
  type Action,
  type Attendee,
  type Decision,
  type Item,
  type Location,
  type Meeting,
  type Minutes,
  type SourceParagraph,
} from '../../../src/core/model';

/** Small builders so each rule's examples show only what matters to that rule. */

/** A meeting whose header is complete, so other rules' examples do not trip over it. */
export function completeMeeting(extra: Partial<Meeting> = {}): Meeting {
  return {
    ...emptyMeeting(),
    title: 'Monthly Assurance Meeting',
    date: '2022-08-25',
    chair: 'John Campion',
    minuteTaker: 'Charity Pearce',
    venue: 'HQ',
    nextMeeting: 'Tuesday 4 October',
    ...extra,
  };
}

export function minutes(extra: Partial<Minutes> = {}): Minutes {
  return { meeting: completeMeeting(), attendees: [], items: [], actions: [], decisions: [], ...extra };
}

export function at(paragraphIndex: number, excerpt = ''): Location {
  return { paragraph: paragraphIndex, contentControlId: null, excerpt, occurrence: 0, part: 'body' };
}

export function attendee(
  name: string,
  initials = '',
  capacity = '',
  status: Attendee['status'] = 'present',
): Attendee {
  return { name, initials, capacity, status };
}

export function action(extra: Partial<Action> & { text: string }): Action {
  return {
    ref: null,
    item: null,
    owner: null,
    owners: [],
    due: null,
    dueDate: null,
    status: 'Open',
    marked: true,
    location: at(0),
    ...extra,
  };
}

/** An owner the reader resolved to an attendee. */
export function resolvedTo(person: Attendee): Action['owners'][number] {
  return { name: person.name, capacity: person.capacity, initials: person.initials };
}

export function item(
  number: string,
  title: string,
  paragraphIndex: number | null,
  subItems: Item[] = [],
): Item {
  return {
    number,
    title,
    confidential: false,
    subItems,
    location: paragraphIndex === null ? null : at(paragraphIndex),
  };
}

export function decision(text: string, itemNumber: string | null, paragraphIndex: number): Decision {
  return { item: itemNumber, text, location: at(paragraphIndex) };
}

/** Body paragraphs numbered from 0, one per line of text. */
export function lines(...texts: string[]): SourceParagraph[] {
  return texts.map((text, i) => paragraph(i, text));
}
