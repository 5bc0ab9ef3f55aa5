import {
  ACTION_COLUMNS,
  EXPORT_COLUMNS,
  actionRows,
  actionTable,
  cellsOf,
  decisionRows,
  headerOf,
} from '../../../src/core/export';
import { action, decision, item, minutes, owner } from './fixtures';

const items = [
  item('1', 'Welcome'),
  item('2', 'Performance', { subItems: [item('2.1', 'Crime data')] }),
  item('9', 'Part II', { confidential: true, subItems: [item('9.1', 'Staffing case')] }),
];

describe('action rows', () => {
  test('columns are the tracker columns in the order trackers use', () => {
    expect(EXPORT_COLUMNS).toEqual([
      'Ref',
      'Meeting',
      'Meeting date',
      'Item no.',
      'Item title',
      'Action',
      'Owner (as written)',
      'Owner (name)',
      'Owner role',
      'Due (as written)',
      'Due (date)',
      'Status',
      'Update',
      'Date closed',
    ]);
    expect(headerOf(actionTable([]))).toEqual(EXPORT_COLUMNS);
  });

  test('a marked action fills every column from the minutes', () => {
    const { rows } = actionRows(
      minutes({
        items,
        actions: [
          action({
            ref: '2.1-A1',
            item: '2.1',
            text: 'Review information sharing',
            owner: 'ACC Cooper',
            owners: [owner('Rachel Cooper', 'Assistant Chief Constable', 'RC')],
            due: 'by 30 September',
            dueDate: '2022-09-30',
            status: 'In progress',
          }),
        ],
      }),
    );
    expect(cellsOf(actionTable(rows))).toEqual([
      [
        '2.1-A1',
        'Assurance Meeting',
        '2022-08-25',
        '2.1',
        'Crime data',
        'Review information sharing',
        'ACC Cooper',
        'Rachel Cooper',
        'Assistant Chief Constable',
        'by 30 September',
        '2022-09-30',
        'In progress',
        '',
        '',
      ],
    ]);
  });

  test('joint owners are joined with "; " in the name and role columns', () => {
    const { rows } = actionRows(
      minutes({
        actions: [
          action({
            text: 'Draft the plan',
            owner: 'HP and GC',
            owners: [
              owner('Helen Price', 'Policy Officer', 'HP'),
              owner('Gary Cole', 'Chief Finance Officer', 'GC'),
            ],
          }),
        ],
      }),
    );
    expect(rows[0]?.ownerName).toBe('Helen Price; Gary Cole');
    expect(rows[0]?.ownerRole).toBe('Policy Officer; Chief Finance Officer');
  });

  test('an unresolved owner keeps what was written and leaves name and role blank', () => {
    const { rows } = actionRows(
      minutes({ actions: [action({ text: 'Report back', owner: 'XY', owners: [] })] }),
    );
    expect([rows[0]?.ownerAsWritten, rows[0]?.ownerName, rows[0]?.ownerRole]).toEqual(['XY', '', '']);
  });

  test('an action before any item has blank item number and title', () => {
    const { rows } = actionRows(minutes({ items, actions: [action({ text: 'Circulate papers' })] }));
    expect([rows[0]?.itemNumber, rows[0]?.itemTitle]).toEqual(['', '']);
  });

  test('suggestions are left out and counted unless included', () => {
    const m = minutes({
      actions: [action({ text: 'Marked' }), action({ text: 'CC will share the strategy', marked: false })],
    });
    const without = actionRows(m);
    expect(without.rows.map((row) => row.action)).toEqual(['Marked']);
    expect(without.leftOut).toEqual({ suggestions: 1, confidential: 0 });
    const withThem = actionRows(m, { includeSuggestions: true });
    expect(withThem.rows.map((row) => row.action)).toEqual(['Marked', 'CC will share the strategy']);
    expect(withThem.leftOut).toEqual({ suggestions: 0, confidential: 0 });
  });

  test('actions under a Part II item or beneath one are left out and counted unless included', () => {
    const m = minutes({
      items,
      actions: [
        action({ item: '2', text: 'Open business' }),
        action({ item: '9', text: 'Part II item' }),
        action({ item: '9.1', text: 'Beneath Part II' }),
        action({ item: '9.1', text: 'Suggested in Part II', marked: false }),
      ],
    });
    const without = actionRows(m);
    expect(without.rows.map((row) => row.action)).toEqual(['Open business']);
    expect(without.leftOut).toEqual({ suggestions: 0, confidential: 3 });
    const withThem = actionRows(m, { includeConfidential: true });
    expect(withThem.rows.map((row) => row.action)).toEqual([
      'Open business',
      'Part II item',
      'Beneath Part II',
    ]);
    expect(withThem.leftOut).toEqual({ suggestions: 1, confidential: 0 });
  });

  test('every column kind is text except the three dates', () => {
    expect(ACTION_COLUMNS.filter((column) => column.kind === 'date').map((column) => column.header)).toEqual([
      'Meeting date',
      'Due (date)',
      'Date closed',
    ]);
  });
});

describe('decision rows', () => {
  test('a decision shows its meeting, item and words', () => {
    const { rows } = decisionRows(minutes({ items, decisions: [decision('The plan was approved', '2.1')] }));
    expect(rows).toEqual([
      {
        meeting: 'Assurance Meeting',
        meetingDate: '2022-08-25',
        itemNumber: '2.1',
        itemTitle: 'Crime data',
        decision: 'The plan was approved',
      },
    ]);
  });

  test('decisions under Part II items are left out and counted unless included', () => {
    const m = minutes({ items, decisions: [decision('Open', '1'), decision('Closed session', '9.1')] });
    expect(decisionRows(m).rows.map((row) => row.decision)).toEqual(['Open']);
    expect(decisionRows(m).leftOut).toEqual({ confidential: 1 });
    expect(decisionRows(m, { includeConfidential: true }).rows).toHaveLength(2);
  });
});
