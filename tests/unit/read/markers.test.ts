import { actionMarkersIn, readMinutes, textToParagraphs } from '../../../src/core/read';
import { owners, read } from './support';

describe('marked actions in every form', () => {
  it.each([
    ['ACTION: JS to circulate the paper.', 'JS'],
    ['Action: JS to circulate the paper.', 'JS'],
    ['ACTION – JS to circulate the paper.', 'JS'],
    ['ACTION — JS to circulate the paper.', 'JS'],
    ['Action - JS to circulate the paper.', 'JS'],
    ['ACTION- JS to circulate the paper.', 'JS'],
    ['ACTION JS to circulate the paper.', 'JS'],
    ['Action JS to circulate the paper', 'JS'],
    ['[ACTION] JS to circulate the paper.', 'JS'],
    ['AI: JS to circulate the paper.', 'JS'],
    ['Action point: JS to circulate the paper.', 'JS'],
    ['ACTION (JS): circulate the paper.', 'JS'],
    ['Action - JS: circulate the paper.', 'JS'],
    ['ACTION the JS to circulate the paper.', 'the JS'],
  ])('reads "%s"', (line, owner) => {
    const [action] = read([line]).actions;
    expect(action).toMatchObject({ owner, text: 'circulate the paper', marked: true, item: '1' });
  });

  it('reads a marker in the middle of a paragraph', () => {
    const [action] = read([
      'The CC welcomed the letter and asked where it came from. ACTION: JS to confirm the source.',
    ]).actions;
    expect(action).toMatchObject({ owner: 'JS', text: 'confirm the source' });
  });

  it('reads the owner on its own line as the owner of the paragraph before', () => {
    const [action] = read([
      'Members asked for a note on enforcement of hedgerow conditions.',
      'Action: Head of Finance',
    ]).actions;
    expect(action).toMatchObject({
      owner: 'Head of Finance',
      text: 'Members asked for a note on enforcement of hedgerow conditions',
    });
    expect(action!.owners.map((o) => o.name)).toEqual(['Helen Price']);
  });

  it('reads a trailing "Action: JS" and a trailing "Action TJ" after the text', () => {
    const actions = read([
      'The Clerk will circulate the policy to all governors. Action: GC',
      'A dashboard should be shared with the committee Action TJ',
    ]).actions;
    expect(actions.map((a) => [a.owner, a.text])).toEqual([
      ['GC', 'circulate the policy to all governors'],
      ['TJ', 'A dashboard should be shared with the committee'],
    ]);
  });

  it('reads the owner in brackets mid-sentence: "(RM) to provide an update"', () => {
    const [action] = read([
      'The Finance Director (RM) to provide an update on overtime at the next meeting.',
    ]).actions;
    expect(action).toMatchObject({ owner: 'RM', marked: true, due: 'at the next meeting' });
  });

  it('reads joint owners as written and resolves each', () => {
    const actions = read([
      'ACTION: HP and GC to draft the proposal.',
      'AI: JS/TJ to merge the annexes.',
    ]).actions;
    expect(actions.map((a) => a.owner)).toEqual(['HP and GC', 'JS/TJ']);
    expect(actions.map((a) => a.owners.length)).toEqual([2, 2]);
  });

  it('reads an action with no owner as an action without owner', () => {
    const [action] = read(['ACTION: Circulate the revised terms of reference to members.']).actions;
    expect(action).toMatchObject({
      owner: null,
      owners: [],
      text: 'Circulate the revised terms of reference to members',
    });
  });

  it('reads no owner from a decision written behind the marker ("Action: Agreed to …")', () => {
    const [action] = read(['Action: Agreed to move the printer to the library.']).actions;
    expect(action?.owner).toBeNull();
  });

  it('reads the due date and leaves it out of the words', () => {
    const [action] = read(['ACTION: JS to circulate the paper by 30/09/2022.']).actions;
    expect(action).toMatchObject({
      text: 'circulate the paper',
      due: 'by 30/09/2022',
      dueDate: '2022-09-30',
    });
  });

  it('reads a completed action as Done', () => {
    const [action] = read(['ACTION: TJ to pay the invoice – complete.']).actions;
    expect(action).toMatchObject({ status: 'Done', text: 'pay the invoice' });
  });

  it('reads a numbered list under an Actions label as actions, not items', () => {
    const minutes = read(['Actions:', '1. JS to circulate the paper', '2. Tom to book the room']);
    expect(minutes.actions.map((a) => [a.owner, a.text, a.marked, a.item])).toEqual([
      ['JS', 'circulate the paper', true, '1'],
      ['Tom', 'book the room', true, '1'],
    ]);
    expect(minutes.items.map((i) => i.number)).toEqual(['1']);
  });

  it('reads several markers in one paragraph', () => {
    expect(owners(['ACTION: JS to write. ACTION: TJ to pay.'])).toEqual(['JS', 'TJ']);
  });
});

describe('look-alikes that are not actions', () => {
  it.each([
    'Residents should report fraud to Action Fraud on 0300 123 2040.',
    'The Action Fraud data shows 212 reports in the quarter.',
    'The force developed a homicide action plan with a number of actions.',
    'There are 40 actions within the plan, a number already completed.',
    'An action arose to revisit in 6 months to determine if changes had been made.',
    'The VAT reclaim had been actioned.',
    'No further action was required.',
    'Action 14/23 (JS to share the maps) – complete.',
    'ACTION 12: closed.',
    'RESOLVED: that the report be noted.',
    'PROPOSED by TJ that the partnership fund a second run; not seconded.',
    'DECISION: the budget of £1,500 to be met from the fund.',
    'JS asked whether the action on the leaflet had been completed.',
    'Actions:',
    'Action Plan update',
  ])('"%s" is not a marked action', (line) => {
    expect(owners([line])).toEqual([]);
  });
});

describe('the form of each marker, as the check sees it', () => {
  it.each([
    ['ACTION: JS to circulate the paper.', 'ACTION:', 'standard'],
    ['action : JS to circulate the paper.', 'action :', 'standard'],
    ['ACTIONS: JS to circulate the paper.', 'ACTIONS:', 'standard'],
    ['ACTION- JS to circulate the paper.', 'ACTION-', 'dash'],
    ['Action – JS to circulate the paper.', 'Action –', 'dash'],
    ['Action point: JS to circulate the paper.', 'Action point:', 'qualified'],
    ['[ACTION] JS to circulate the paper.', '[ACTION]', 'bracket'],
    ['AI: JS to circulate the paper.', 'AI:', 'ai'],
    ['Action JS to circulate the paper.', 'Action JS', 'bare'],
    ['ACTION the DCC to review information sharing.', 'ACTION the DCC', 'bare'],
    ['Circulate the revised terms of reference. Action JS', 'Action JS', 'trailing'],
  ])('"%s" uses %s (%s)', (line, marker, form) => {
    expect(actionMarkersIn(line)).toEqual([{ marker, form }]);
  });

  it('gives one marker per marked action, in reading order', () => {
    expect(actionMarkersIn('ACTION: PCC to confirm which board. ACTION- DCC to review sharing.')).toEqual([
      { marker: 'ACTION:', form: 'standard' },
      { marker: 'ACTION-', form: 'dash' },
    ]);
  });

  it('gives none for the look-alikes', () => {
    expect(actionMarkersIn('Residents should report fraud to Action Fraud.')).toEqual([]);
    expect(actionMarkersIn('Action the recommendations to the board.')).toEqual([]);
  });
});

describe('a due after an owner who stands alone', () => {
  it.each([
    ['Action: Clerk – by 1 May', 'Clerk', 'by 1 May', '2024-05-01'],
    ['ACTION: JS - by 30 June.', 'JS', 'by 30 June', '2024-06-30'],
    ['Action: JS by end of Q3', 'JS', 'by end of Q3', '2024-09-30'],
  ])('"%s": owner %s, due %s, the words from the sentence before', (line, owner, due, dueDate) => {
    const minutes = readMinutes(
      textToParagraphs(
        `Board\nDate: 1 April 2024\nPresent: Jane Smith (JS), Gareth Cole (Clerk)\n1. Business\nThe hall boiler needs replacing before winter.\n${line}`,
      ),
    );
    expect(minutes.actions).toMatchObject([
      { owner, due, dueDate, text: 'The hall boiler needs replacing before winter', marked: true },
    ]);
  });
});
