/**
 * Every rule's messages speak of the document in hand: its own people and words, or neutral placeholders, and
 * never the model meeting's people (the fixture the rules were first written for) in another document. Nor do
 * they show a rule id or an internal term; the rule id is shown apart, as a detail.
 */
import { checkMinutes, RULES } from '../../../src/core/check';
import { HouseStyle, type Problem } from '../../../src/core/model';
import { MODEL_ATTENDEES, MODEL_MEETING } from '../../fixtures/model-meeting';
import { action, at, attendee, completeMeeting, item, lines, minutes } from './build';

const dana = attendee('Dana Frost', 'DF', 'Treasurer');
const kit = attendee('Kit Lowe', 'KL', 'Secretary', 'apologies');
const twins = [attendee('Jade Shaw', 'JS'), attendee('Jon Sibley', 'JS')];

/** An allotment society's minutes, invented, written to trip every rule. */
const paragraphs = lines(
  'Allotment Society committee', // 0
  'Present: Dana Frost (DF), Jade Shaw (JS), Jon Sibley (JS). Apologies: Kit Lowe (KL)', // 1
  '1 Welcome', // 2
  '2 Water troughs', // 3
  'ACTION- DF to price new troughs.', // 4
  'ACTION- DF to price new troughs.', // 5
  '4 Fencing', // 6
  'ACTION: the contractor to repair the gate.', // 7
  'ACTION: Pat Quinn to chase the council.', // 8
  'ACTION: JS to order the seed.', // 9
  'ACTION: circulate the plot list.', // 10
  'RT asked about compost. DF to look into a compost bay.', // 11
  '5 Any other business', // 12
);

const doc = minutes({
  meeting: completeMeeting({
    chair: 'Morgan Hale',
    venue: '',
    minuteTaker: '',
    date: null,
    nextMeeting: null,
  }),
  attendees: [dana, kit, ...twins],
  items: [
    item('1', 'Welcome', 2),
    item('2', 'Water troughs', 3),
    item('4', 'Fencing', 6),
    item('5', 'Any other business', 12),
  ],
  actions: [
    action({ text: 'price new troughs.', owner: 'DF', item: '2', ref: '4-A1', location: at(4) }),
    action({ text: 'price new troughs.', owner: 'DF', item: '2', location: at(5) }),
    action({ text: 'repair the gate.', owner: 'the contractor', item: '4', location: at(7) }),
    action({ text: 'chase the council.', owner: 'Pat Quinn', item: '4', location: at(8) }),
    action({ text: 'order the seed.', owner: 'JS', item: '4', location: at(9) }),
    action({ text: 'circulate the plot list.', item: '4', location: at(10) }),
    action({ text: 'look into a compost bay.', owner: 'DF', item: '4', marked: false, location: at(11) }),
  ],
});

const style = HouseStyle.parse({
  requiredHeaderFields: ['date', 'time', 'chair', 'minuteTaker', 'venue'],
  dueDateRequired: true,
});
const problems: Problem[] = [
  ...checkMinutes(doc, paragraphs, { houseStyle: style, quorum: 4 }),
  ...checkMinutes(doc, paragraphs, { quorum: 4 }),
  // The initials clash, on an attendance list of its own.
  ...checkMinutes(
    minutes({ meeting: doc.meeting, attendees: [attendee('Ann Lee', 'AL'), attendee('Al Lim', 'AL')] }),
    [],
  ),
];

/** Every name, first name and surname of the model meeting, and its chair, minute-taker and venue. */
const FOREIGN = [
  ...MODEL_ATTENDEES.flatMap((a) => [a.name, ...a.name.split(' ')]),
  MODEL_MEETING.chair,
  MODEL_MEETING.minuteTaker,
  MODEL_MEETING.venue,
  'HQ',
  'VAWG',
].filter((word) => word.length > 1);

describe('messages in the document’s own words', () => {
  it('every rule finds something in the invented minutes, so each message is looked at', () => {
    const fired = new Set(problems.map((p) => p.rule));
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it.each(FOREIGN.map((word) => [word]))('no message names “%s” from the model meeting', (word) => {
    const pattern = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    expect(problems.filter((p) => pattern.test(p.message)).map((p) => p.message)).toEqual([]);
  });

  it('no message shows a rule id or an internal term', () => {
    const internal = [...RULES.map((r) => r.id), 'content control', 'piece', 'unit', 'recogniser', 'trace'];
    for (const problem of problems)
      for (const term of internal) expect(problem.message.toLowerCase()).not.toContain(term);
  });
});
