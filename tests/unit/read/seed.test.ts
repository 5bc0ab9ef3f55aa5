import { flattenItems } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { readSeedText } from '../../support/seed';

const minutes = readMinutes(textToParagraphs(readSeedText()));
const marked = minutes.actions.filter((a) => a.marked);
const suggestions = minutes.actions.filter((a) => !a.marked);

describe('the model document (assurance meeting, August 2022)', () => {
  it('has exactly five marked actions with owners as written, in order', () => {
    expect(marked.map((a) => a.owner)).toEqual(['ACC Cooper', 'PCC', 'PCC', 'PCC', 'DCC']);
  });

  it('resolves role + surname, and role abbreviations, to the attendees', () => {
    const names = marked.map((a) => a.owners.map((o) => o.name));
    expect(names).toEqual([
      ['Richard Cooper'],
      ['John Campion'],
      ['John Campion'],
      ['John Campion'],
      ['Julian Moss'],
    ]);
  });

  it('attributes the ACTION- line to item 2.7, the item it follows in reading order', () => {
    const dcc = marked.find((a) => a.owner === 'DCC');
    expect(dcc?.item).toBe('2.7');
    expect(dcc?.text).toBe('review and ensure information sharing is taking place');
  });

  it('reads each marked action with its item and its words without marker or owner', () => {
    expect(marked.map((a) => [a.item, a.text])).toEqual([
      ['2.1', 'share VAWG problem profile'],
      ['2.2', 'raise with HO/APCC in how we understand the benefit of the grant they receive'],
      ['2.4', 'share relevant commissioning data with CC'],
      ['3', 'confirm which governance board action arising came from'],
      ['2.7', 'review and ensure information sharing is taking place'],
    ]);
    expect(marked.every((a) => a.status === 'Open')).toBe(true);
  });

  it('suggests the prose action from the July meeting, owned by the Chief Constable', () => {
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ owner: 'CC', text: 'share the digital strategy', item: '2.6' });
    expect(suggestions[0]!.owners.map((o) => o.name)).toEqual(['Pippa Mills']);
  });

  it('does not read "An action arose", "action plan" or "actions within the plan" as actions', () => {
    const texts = minutes.actions.map((a) => a.text).join('\n');
    expect(texts).not.toMatch(/revisit in 6 months|action plan|40 actions/);
  });

  it('reads the header fields from labelled lines, one without punctuation', () => {
    expect(minutes.meeting).toMatchObject({
      date: '2022-08-25',
      startTime: '10:00',
      chair: 'John Campion',
      minuteTaker: 'Charity Pearce',
      venue: 'West Mercia Police HQ',
    });
    expect(minutes.meeting.title).toMatch(/^Monthly Assurance Meeting August 2022/);
  });

  it('reads the next meeting from the item that confirms it', () => {
    expect(minutes.meeting.nextMeeting).toBe('Tuesday 4 th October');
    expect(minutes.meeting.nextMeetingDate).toBe('2022-10-04');
  });

  it('reads seven attendees, keeping the initials as written (Jackie Irvin is NN)', () => {
    expect(minutes.attendees.map((a) => a.name)).toEqual([
      'John Campion',
      'Jackie Irvin',
      'Charity Pearce',
      'Thom Dancox',
      'Pippa Mills',
      'Julian Moss',
      'Richard Cooper',
    ]);
    expect(minutes.attendees.find((a) => a.name === 'Jackie Irvin')?.initials).toBe('NN');
    expect(minutes.attendees.every((a) => a.status === 'present')).toBe(true);
  });

  it('keeps the items in document order, 2.7 after 3 where the extraction put it', () => {
    expect(flattenItems(minutes.items).map((i) => i.number)).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '3',
      '2.7',
      '4',
    ]);
    expect(minutes.items.find((i) => i.number === '2')?.subItems.map((i) => i.number)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
    ]);
  });

  it('gives every action a location that points at its paragraph', () => {
    for (const action of minutes.actions) {
      expect(action.location.excerpt.length).toBeGreaterThan(0);
    }
    expect(marked[0]!.location.excerpt).toBe('ACTION: ACC Cooper to share VAWG problem profile.');
  });

  it('records no decisions: the model document has none', () => {
    expect(minutes.decisions).toEqual([]);
  });
});
