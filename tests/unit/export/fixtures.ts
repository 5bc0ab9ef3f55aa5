import type { ActionRow } from '../../../src/core/export';
import { Action, Decision, Item, Minutes, type ResolvedOwner } from '../../../src/core/model';

/** The cells an attacker would try: each must reach Excel as text, never as a formula. */
export const INJECTION_VECTORS = [
  '=HYPERLINK("http://x","y")',
  '+cmd',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
] as const;

const here = { paragraph: 0, contentControlId: null, excerpt: '', occurrence: 0, part: 'body' as const };

export function owner(name: string, capacity = '', initials = ''): ResolvedOwner {
  return { name, capacity, initials };
}

export function action(fields: Partial<Action> & { text: string }): Action {
  return Action.parse({ item: null, owner: null, marked: true, location: here, ...fields });
}

export function decision(text: string, item: string | null = null): Decision {
  return Decision.parse({ item, text, location: here });
}

export function item(number: string, title: string, extra: Partial<Item> = {}): Item {
  return Item.parse({ number, title, ...extra });
}

export function minutes(fields: Partial<Minutes> = {}): Minutes {
  return Minutes.parse({
    meeting: { title: 'Assurance Meeting', date: '2022-08-25' },
    attendees: [],
    items: [],
    actions: [],
    decisions: [],
    ...fields,
  });
}

/** A complete tracker row for format tests; fields override the defaults. */
export function actionRow(fields: Partial<ActionRow> = {}): ActionRow {
  return {
    ref: '2.1-A1',
    meeting: 'Assurance Meeting',
    meetingDate: '2022-08-25',
    itemNumber: '2.1',
    itemTitle: 'Performance, "quarterly"',
    action: 'Review information sharing',
    ownerAsWritten: 'ACC Cooper',
    ownerName: 'Rachel Cooper',
    ownerRole: 'Assistant Chief Constable',
    dueAsWritten: 'by 30 September',
    dueDate: '2022-09-30',
    status: 'Open',
    update: '',
    dateClosed: null,
    ...fields,
  };
}
