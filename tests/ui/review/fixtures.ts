import {
  Action,
  Decision,
  emptyTrace,
  Meeting,
  type Item,
  type Minutes,
  type Problem,
  type ReadTrace,
} from '../../../src/core/model';

/** The document the pane tests read: one line per paragraph. The reader is stubbed with `FIXTURE` below. */
export const TEXTS = [
  'Assurance Meeting',
  'Date: 25 August 2022',
  '1. Finance',
  'RESOLVED that the budget is approved.',
  'ACTION: PCC to write to the Home Office by 30 September 2022.',
  'The CC will share the digital strategy.',
  '2. Estates',
  'ACTION: review the budget.',
  'ACTION: Bob to check the figures.',
  'ACTION- DCC to review information sharing.',
  '3. Confidential staffing',
  'ACTION: DCC to brief the panel.',
];

const at = (paragraph: number) => ({
  paragraph,
  contentControlId: null,
  excerpt: TEXTS[paragraph] ?? '',
  occurrence: 0,
  part: 'body' as const,
});

const campion = { name: 'John Campion', capacity: 'Police and Crime Commissioner (PCC)', initials: 'JC' };
const moss = { name: 'Julian Moss', capacity: 'Deputy Chief Constable (DCC)', initials: 'JM' };
const bell = { name: 'Anna Bell', capacity: 'Chief Constable (CC)', initials: 'AB' };

const action = (
  fields: Partial<Action> & Pick<Action, 'text' | 'item' | 'owner' | 'marked'>,
  paragraph: number,
) => Action.parse({ ...fields, location: at(paragraph) });

const items: Item[] = [
  { number: '1', title: 'Finance', confidential: false, subItems: [] },
  { number: '2', title: 'Estates', confidential: false, subItems: [] },
  { number: '3', title: 'Confidential staffing', confidential: true, subItems: [] },
];

export const FIXTURE_MINUTES: Minutes = {
  meeting: Meeting.parse({ title: 'Assurance Meeting', date: '2022-08-25' }),
  attendees: [
    { ...campion, status: 'present' },
    { ...moss, status: 'present' },
    { ...bell, status: 'present' },
  ],
  items,
  actions: [
    action(
      {
        item: '1',
        text: 'write to the Home Office',
        owner: 'PCC',
        owners: [campion],
        due: 'by 30 September 2022',
        dueDate: '2022-09-30',
        marked: true,
      },
      4,
    ),
    action(
      { item: '1', text: 'share the digital strategy', owner: 'The CC', owners: [bell], marked: false },
      5,
    ),
    action({ item: '2', text: 'review the budget', owner: null, marked: true }, 7),
    action(
      {
        item: '2',
        text: 'check the figures',
        owner: 'Bob',
        marked: true,
        due: 'next meeting',
        dueDate: '2022-10-04',
      },
      8,
    ),
    action({ item: '2', text: 'review information sharing', owner: 'DCC', owners: [moss], marked: true }, 9),
    action({ item: '3', text: 'brief the panel', owner: 'DCC', owners: [moss], marked: true }, 11),
  ],
  decisions: [Decision.parse({ item: '1', text: 'The budget is approved.', location: at(3) })],
};

export const FIXTURE_PROBLEMS: Problem[] = [
  {
    rule: 'action-without-owner',
    severity: 'error',
    message: 'This action has no owner: name who will do it.',
    location: at(7),
  },
  {
    rule: 'header-field-missing',
    severity: 'error',
    message: 'The minutes do not say who the chair was.',
    location: null,
  },
  {
    rule: 'action-owner-unknown',
    severity: 'warning',
    message: '“Bob” is not in the attendance list.',
    location: at(8),
  },
  {
    rule: 'action-marker-nonstandard',
    severity: 'warning',
    message: 'Write “ACTION:” rather than “ACTION-”.',
    location: at(9),
  },
  { rule: 'action-without-due', severity: 'info', message: 'This action has no due date.', location: at(7) },
];

/**
 * A stand-in for `review`: returns the fixture for the fixture document, honours switched-off rules like the
 * real check, and returns nothing for any other text.
 */
export function fakeReview(
  paragraphs: readonly { text: string }[],
  options: { disabledRules?: readonly string[] } = {},
): { minutes: Minutes; problems: Problem[]; trace: ReadTrace; unread: [] } {
  const isFixture = paragraphs[0]?.text === TEXTS[0];
  const trace = emptyTrace();
  const off = new Set(options.disabledRules ?? []);
  if (!isFixture) {
    return {
      minutes: {
        meeting: Meeting.parse({ title: '' }),
        attendees: [],
        items: [],
        actions: [],
        decisions: [],
      },
      problems: [],
      trace,
      unread: [],
    };
  }
  return {
    minutes: FIXTURE_MINUTES,
    problems: FIXTURE_PROBLEMS.filter((p) => !off.has(p.rule)),
    trace,
    unread: [],
  };
}
