import { parseLabels, type CorpusLabels } from '../../bench/corpus/labels';
import { greedyMatch, namesMatch, norm, ownerEq, similarity } from '../../bench/corpus/match';
import {
  attendeesNamed,
  dueEq,
  figuresOf,
  scoreDocument,
  sumScores,
  taskGroups,
  type ReaderAction,
  type ReaderOutput,
} from '../../bench/corpus/score';

/* Invented minutes of an invented allotment society: labels and reader outputs written for these tests only. */

const noHeader = {
  title: null,
  date: null,
  date_iso: null,
  time: null,
  chair: null,
  minute_taker: null,
  venue: null,
  next_meeting: null,
};

function labels(extra: Partial<CorpusLabels> = {}): CorpusLabels {
  return parseLabels(
    {
      actions: [],
      attendees: [],
      header: noHeader,
      items: [],
      decisions: [],
      multi_meeting: false,
      ...extra,
    },
    'test.labels.json',
  );
}

const goldAction = (text: string, owner: string | null, extra: Record<string, unknown> = {}) => ({
  text,
  owner,
  due: null,
  item: null,
  marker: owner ? 'ACTION:' : null,
  explicit: true,
  ...extra,
});

let paragraph = 0;
const predAction = (text: string, owner: string | null, extra: Partial<ReaderAction> = {}): ReaderAction => ({
  text,
  owner,
  owners: [],
  due: null,
  marked: true,
  location: { paragraph: paragraph++, excerpt: text.slice(0, 20), occurrence: 0, part: 'body' },
  ...extra,
});

function output(extra: Partial<ReaderOutput> = {}): ReaderOutput {
  return {
    meeting: { title: '', date: null, chair: '', minuteTaker: '', venue: '', nextMeeting: null },
    attendees: [],
    items: [],
    actions: [],
    decisions: [],
    problems: [],
    ...extra,
  };
}

describe('matching as the reference scorer does it', () => {
  test('normalising folds case, curly quotes, punctuation and spacing', () => {
    expect(norm('  Order  the NEW\u2019 compost—bins! ')).toBe('order the new compost bins');
    expect(norm(null)).toBe('');
  });

  test('similarity is 1 for containment, else shared words over the shorter text, and 0 for nothing', () => {
    expect(similarity('order compost', 'Gwen to order compost for the spring')).toBe(1);
    expect(similarity('repair the shed roof before winter', 'mend shed roof soon')).toBeCloseTo(2 / 4);
    expect(similarity('', 'anything')).toBe(0);
  });

  test('greedy one to one: each labelled text in order takes its best unused prediction at 0.6 or more', () => {
    const gold = ['order seed potatoes', 'order seed trays', 'paint the gate'];
    const preds = ['order seed potatoes and trays', 'paint gate green'];
    expect(
      greedyMatch(
        gold,
        preds,
        (g) => g,
        (p) => p,
      ),
    ).toEqual([0, null, 1]);
    expect(
      greedyMatch(
        ['water the beds daily', 'mend shed roof soon'],
        ['check the rota', 'repair the shed roof before winter'],
        (g) => g,
        (p) => p,
      ),
    ).toEqual([null, null]);
  });

  test('owners as written: both absent, equal bar "the", one of an "and" pair, or inside the gold owner', () => {
    expect(ownerEq(null, null)).toBe(true);
    expect(ownerEq('Gwen', null)).toBe(false);
    expect(ownerEq('the Treasurer', 'Treasurer')).toBe(true);
    expect(ownerEq('Gwen and Olu', 'Olu')).toBe(true);
    expect(ownerEq('Gwen', 'Gwen Hartley')).toBe(true);
    expect(ownerEq('Gwen Hartley', 'Gwen')).toBe(false);
  });

  test('names match when the words of one are a subset of the other', () => {
    expect(namesMatch('Olu Bankole', 'olu')).toBe(true);
    expect(namesMatch('Olu Bankole', 'Olu Brent')).toBe(false);
    expect(namesMatch('', 'Olu')).toBe(false);
  });

  test('due as written: both absent, or similar text', () => {
    expect(dueEq(null, null)).toBe(true);
    expect(dueEq('by 3 March', '3 March')).toBe(true);
    expect(dueEq(null, 'next meeting')).toBe(false);
    expect(dueEq('next week', null)).toBe(false);
  });
});

describe('actions', () => {
  test('precision and recall over all actions, marked against labelled explicit', () => {
    const score = scoreDocument(
      labels({
        actions: [
          goldAction('Gwen to order the seed potatoes', 'Gwen'),
          goldAction('The rota is to be pinned to the shed door', null, { explicit: false }),
          goldAction('Olu to book the skip for March', 'Olu'),
        ],
      }),
      output({
        actions: [
          predAction('order the seed potatoes', 'Gwen'),
          predAction('The rota is to be pinned to the shed door', null),
          predAction('tidy the compost heap', 'Olu'),
        ],
      }),
    );
    expect(score.fields.allRecall).toEqual({ hit: 2, of: 3 });
    expect(score.fields.allPrecision).toEqual({ hit: 2, of: 3 });
    // The rota line was read as marked but is labelled unmarked: no marked hit.
    expect(score.fields.markedPrecision).toEqual({ hit: 1, of: 3 });
    expect(score.fields.markedRecall).toEqual({ hit: 1, of: 2 });
    expect(score.fields.explicitRecall).toEqual({ hit: 1, of: 2 });
    expect(score.fields.ownerAsWritten).toEqual({ hit: 2, of: 2 });
  });

  test('a task found only as an unmarked suggestion counts for recall but not for marked recall', () => {
    const score = scoreDocument(
      labels({ actions: [goldAction('Olu to book the skip for March', 'Olu')] }),
      output({ actions: [predAction('Olu to book the skip for March', 'Olu', { marked: false })] }),
    );
    expect(score.fields.explicitRecall).toEqual({ hit: 1, of: 1 });
    expect(score.fields.markedRecall).toEqual({ hit: 0, of: 1 });
    expect(score.fields.markedPrecision).toEqual({ hit: 0, of: 0 });
  });

  test('a same_task_as pair is one task: found once is full recall, found twice is no false positive', () => {
    const pair = [
      goldAction('Priya to send the water bill to members', 'Priya'),
      goldAction('Priya will circulate the water bill', 'Priya', {
        explicit: false,
        same_task_as: 'Priya to send the water bill to members',
      }),
    ];
    expect(taskGroups(parseLabels({ ...labels(), actions: pair }, 'x').actions)).toEqual([[0, 1]]);
    const once = scoreDocument(
      labels({ actions: pair }),
      output({ actions: [predAction('send the water bill to members', 'Priya')] }),
    );
    expect(once.fields.allRecall).toEqual({ hit: 1, of: 1 });
    expect(once.fields.markedRecall).toEqual({ hit: 1, of: 1 });
    expect(once.reference.recallAll).toEqual({ hit: 1, of: 2 });
    const twice = scoreDocument(
      labels({ actions: pair }),
      output({
        actions: [
          predAction('send the water bill to members', 'Priya'),
          predAction('Priya will circulate the water bill', 'Priya', { marked: false }),
        ],
      }),
    );
    expect(twice.fields.allRecall).toEqual({ hit: 1, of: 1 });
    expect(twice.fields.allPrecision).toEqual({ hit: 2, of: 2 });
    expect(twice.fields.ownerAsWritten).toEqual({ hit: 1, of: 1 });
  });

  test('owner resolved: the labelled owner names an attendee, by initials here, and the reader resolved to them', () => {
    const attendees = [
      { name: 'Priya Quinn', role: 'Secretary', initials: 'PQ', status: 'present' },
      { name: 'Olu Bankole', role: null, initials: null, status: 'present' },
    ];
    expect(attendeesNamed('PQ / Olu', parseLabels({ ...labels(), attendees }, 'x').attendees)).toHaveLength(
      2,
    );
    expect(attendeesNamed('Secretary', parseLabels({ ...labels(), attendees }, 'x').attendees)).toHaveLength(
      1,
    );
    const gold = labels({
      attendees,
      actions: [
        goldAction('PQ to renew the insurance', 'PQ'),
        goldAction('Olu to fix the tap', 'Olu'),
        goldAction('Someone to buy padlocks', 'Someone'),
      ],
    });
    const score = scoreDocument(
      gold,
      output({
        actions: [
          predAction('renew the insurance', 'PQ', { owners: [{ name: 'Priya Quinn', initials: 'PQ' }] }),
          predAction('fix the tap', 'Olu', { owners: [] }),
          predAction('Someone to buy padlocks', 'Someone'),
        ],
      }),
    );
    // "Someone" names no attendee, so it is not in the total.
    expect(score.fields.ownerResolved).toEqual({ hit: 1, of: 2 });
  });

  test('due as written over matched tasks', () => {
    const score = scoreDocument(
      labels({
        actions: [
          goldAction('Gwen to order the seed potatoes', 'Gwen', { due: 'by the end of February' }),
          goldAction('Olu to book the skip', 'Olu'),
        ],
      }),
      output({
        actions: [
          predAction('order the seed potatoes', 'Gwen', { due: 'end of February' }),
          predAction('book the skip', 'Olu', { due: 'Friday' }),
        ],
      }),
    );
    expect(score.fields.due).toEqual({ hit: 1, of: 2 });
  });
});

describe('attendees, header, items and decisions', () => {
  test('attendees: subset match both ways, each labelled name counted', () => {
    const score = scoreDocument(
      labels({
        attendees: [
          { name: 'Gwen Hartley', role: 'Chair', initials: 'GH', status: 'present' },
          { name: 'Olu Bankole', role: null, initials: null, status: 'apologies' },
          { name: 'Priya Quinn', role: null, initials: null, status: 'present' },
        ],
      }),
      output({ attendees: [{ name: 'Gwen' }, { name: 'Priya Quinn' }, { name: 'Apologies' }] }),
    );
    expect(score.fields.attendeeRecall).toEqual({ hit: 2, of: 3 });
    expect(score.fields.attendeePrecision).toEqual({ hit: 2, of: 3 });
  });

  test('header: the date by ISO where labelled, the rest by similarity; unlabelled fields are not scored', () => {
    const score = scoreDocument(
      labels({
        header: {
          ...noHeader,
          title: 'Riverside Allotment Society committee',
          date: '4th March 2031',
          date_iso: '2031-03-04',
          chair: 'Gwen Hartley',
          venue: 'The pavilion',
        },
      }),
      output({
        meeting: {
          title: 'Riverside Allotment Society',
          date: '2031-04-03',
          chair: 'Gwen Hartley (Chair)',
          minuteTaker: 'Priya Quinn',
          venue: '',
          nextMeeting: null,
        },
      }),
    );
    expect(score.fields['header.title']).toEqual({ hit: 1, of: 1 });
    expect(score.fields['header.date']).toEqual({ hit: 0, of: 1 });
    expect(score.fields['header.chair']).toEqual({ hit: 1, of: 1 });
    expect(score.fields['header.venue']).toEqual({ hit: 0, of: 1 });
    expect(score.fields['header.minuteTaker']).toEqual({ hit: 0, of: 0 });
    expect(score.fields.header).toEqual({ hit: 2, of: 4 });
  });

  test('items: numbers found (trailing dot dropped, sub-items too), titles one to one, precision by title', () => {
    const score = scoreDocument(
      labels({
        items: [
          { number: '1.', title: 'Welcome and apologies' },
          { number: '2.1', title: 'Water supply' },
          { number: '3', title: 'Plot inspections' },
          { number: null, title: 'Any other business' },
        ],
      }),
      output({
        items: [
          { number: '1', title: 'Welcome and apologies', subItems: [{ number: '2.1', title: 'Water' }] },
          { number: '4', title: 'Treasurer report' },
        ],
      }),
    );
    expect(score.fields['items.number']).toEqual({ hit: 2, of: 3 });
    expect(score.fields['items.title']).toEqual({ hit: 2, of: 4 });
    expect(score.fields['items.precision']).toEqual({ hit: 2, of: 3 });
  });

  test('decisions: recall and precision, one to one', () => {
    const score = scoreDocument(
      labels({
        decisions: [
          { text: 'Plot rents to rise by five pounds', item: '3' },
          { text: 'The bonfire ban stays', item: '4' },
        ],
      }),
      output({
        decisions: [{ text: 'plot rents to rise by five pounds from April' }, { text: 'Meet monthly' }],
      }),
    );
    expect(score.fields['decisions.recall']).toEqual({ hit: 1, of: 2 });
    expect(score.fields['decisions.precision']).toEqual({ hit: 1, of: 2 });
  });
});

describe('false findings', () => {
  const problem = (rule: string, message: string, location: ReaderAction['location'] = null) => ({
    rule,
    severity: 'error',
    message,
    location,
  });

  test('a missing header field the labels give is false; one the labels also lack is not', () => {
    const score = scoreDocument(
      labels({ header: { ...noHeader, chair: 'Gwen Hartley', next_meeting: '1 April' } }),
      output({
        problems: [
          problem('header-field-missing', "The header gives no chair. Add a line such as 'Chair: A Person'."),
          problem('header-field-missing', "The header gives no venue. Add a line such as 'Venue: Hall'."),
          problem('next-meeting-missing', 'The minutes do not say when the next meeting is.'),
        ],
      }),
    );
    expect(score.falseFindings['header-field-missing']).toBe(1);
    expect(score.falseFindings['next-meeting-missing']).toBe(1);
  });

  test('item numbering: only findings beyond what the rule says on the labelled numbers count', () => {
    const gappy = [
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Rents' },
      { number: '4', title: 'Inspections' },
    ];
    const one = problem('item-numbering', 'Item numbering jumps from 2 to 4.');
    const other = problem('item-numbering', 'Item 2 is numbered twice.');
    expect(
      scoreDocument(labels({ items: gappy }), output({ problems: [one] })).falseFindings['item-numbering'],
    ).toBe(0);
    expect(
      scoreDocument(labels({ items: gappy }), output({ problems: [one, other] })).falseFindings[
        'item-numbering'
      ],
    ).toBe(1);
    const clean = gappy.map((item, i) => ({ ...item, number: String(i + 1) }));
    expect(
      scoreDocument(labels({ items: clean }), output({ problems: [one] })).falseFindings['item-numbering'],
    ).toBe(1);
  });

  test('duplicate initials: false unless the labelled attendees share initials themselves', () => {
    const dup = problem('attendee-initials-duplicate', "Initials 'GH' are given to two attendees.");
    const people = (second: string | null) => [
      { name: 'Gwen Hartley', role: null, initials: 'GH', status: 'present' },
      { name: 'Gus Hale', role: null, initials: second, status: 'present' },
    ];
    expect(
      scoreDocument(labels({ attendees: people(null) }), output({ problems: [dup] })).falseFindings[
        'attendee-initials-duplicate'
      ],
    ).toBe(1);
    expect(
      scoreDocument(labels({ attendees: people('GH') }), output({ problems: [dup] })).falseFindings[
        'attendee-initials-duplicate'
      ],
    ).toBe(0);
  });

  test('action without owner: false on a predicted action no labelled action matches', () => {
    const stray = predAction('Minutes of the last meeting were approved', null);
    const real = predAction('The rota is to be pinned up', null);
    const owned = predAction('book the skip', null);
    const score = scoreDocument(
      labels({
        actions: [
          goldAction('The rota is to be pinned up', null, { explicit: false }),
          goldAction('Olu to book the skip', 'Olu'),
        ],
      }),
      output({
        actions: [stray, real, owned],
        problems: [
          problem('action-without-owner', 'stray', stray.location),
          problem('action-without-owner', 'real', real.location),
          problem('action-without-owner', 'owned', owned.location),
        ],
      }),
    );
    expect(score.falseFindings['action-without-owner']).toBe(1);
    expect(score.falseFindings['action-without-owner.ownedInLabels']).toBe(1);
  });
});

describe('labels, totals and figures', () => {
  test('a labels file without a required key is refused, naming the file and the path', () => {
    expect(() =>
      parseLabels(
        { actions: [{ text: 'x', owner: null, due: null, item: null }], attendees: [], header: noHeader },
        'made-up.labels.json',
      ),
    ).toThrow(/made-up\.labels\.json[\s\S]*actions\.0\.explicit/);
  });

  test('documents add up as counts, and figures leave out fields with nothing labelled', () => {
    const a = scoreDocument(
      labels({ actions: [goldAction('Olu to book the skip', 'Olu')] }),
      output({ actions: [predAction('book the skip', 'Olu')] }),
    );
    const b = scoreDocument(labels({ actions: [goldAction('Gwen to paint the gate', 'Gwen')] }), output());
    const total = sumScores([a, b]);
    expect(total.fields.allRecall).toEqual({ hit: 1, of: 2 });
    expect(total.fields.allPrecision).toEqual({ hit: 1, of: 1 });
    const figures = figuresOf(b);
    expect(figures.allRecall).toBe(0);
    expect(figures).not.toHaveProperty('allPrecision');
    expect(figures['falseFindings.item-numbering']).toBe(0);
  });
});
