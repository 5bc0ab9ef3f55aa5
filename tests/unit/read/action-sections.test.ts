import { paragraph, type SourceParagraph } from '../../../src/core/model/paragraph';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { sectionLineActions } from '../../../src/core/read/section-line';
import { statusOf } from '../../../src/core/read/status';

/** Issue 14, actions: lists of actions and where they end, tables by their header words, owner forms. */

const actionsOf = (text: string) =>
  readMinutes(textToParagraphs(text)).actions.map((a) => ({
    text: a.text,
    owner: a.owner,
    marked: a.marked,
  }));

/** Paragraphs as a .docx gives them: empty paragraphs kept (they count in the index), styles named. */
function docx(lines: readonly (string | [string, string])[]): SourceParagraph[] {
  return lines.map((line, i) =>
    typeof line === 'string' ? paragraph(i, line) : paragraph(i, line[1], { style: line[0] }),
  );
}

/** The marked actions of .docx paragraphs, a list item written [its list level, its text]. */
function markedIn(lines: readonly (string | [number, string])[]): string[] {
  const paragraphs = lines.map((line, i) =>
    typeof line === 'string'
      ? paragraph(i, line)
      : paragraph(i, line[1], { style: 'List Paragraph', listString: '-', listLevel: line[0] }),
  );
  return readMinutes(paragraphs)
    .actions.filter((a) => a.marked)
    .map((a) => a.text);
}

describe('a list of actions ends where its list ends', () => {
  it('ends at the close of the meeting', () => {
    const found = actionsOf(
      [
        'Allotment society committee',
        'Next steps:',
        'Treasurer to renew the insurance',
        'Meeting closed at 9pm',
      ].join('\n'),
    );
    expect(found.map((a) => a.text)).toEqual(['renew the insurance']);
  });

  it('ends at a new label once the list has begun, and a later label opens the next list', () => {
    const found = actionsOf(
      [
        'Project log',
        'Next steps:',
        'Write up the survey results',
        'Questions for the supervisor:',
        'The sample looks small',
        'Whether the deadline can move',
        'To do before the next week:',
        'Getting the lab booking confirmed',
      ].join('\n'),
    );
    expect(found.map((a) => a.text)).toEqual([
      'Write up the survey results',
      'Getting the lab booking confirmed',
    ]);
  });

  it('ends at a date line (the next meeting of a running log)', () => {
    const found = actionsOf(
      ['Log', 'Actions:', 'Order the new banner', '14.03.2025', 'The banner looks good'].join('\n'),
    );
    expect(found.map((a) => a.text)).toEqual(['Order the new banner']);
  });

  it('in a .docx, ends at an empty paragraph then a line in another style', () => {
    const found = readMinutes(
      docx([
        'Supervision notes',
        'Tuesday catch-up: To do before the next week:',
        ['List Paragraph', 'Reading the two survey papers'],
        ['List Paragraph', 'Find a second data source'],
        '',
        'We started on the cleaning script and it now runs end to end on the sample.',
      ]),
    ).actions;
    expect(found.map((a) => a.text)).toEqual(['Reading the two survey papers', 'Find a second data source']);
  });

  it('in a .docx, a deeper list level is a detail of the action above it, not an action', () => {
    const found = markedIn([
      'Project notes',
      'To do now:',
      [0, 'Survey three venues, looking at:'],
      [1, 'Access for wheelchairs'],
      [1, 'Parking nearby'],
      [0, 'Book the caterer'],
      '',
      'Notes for the next meeting:',
      [0, 'The caterer was very helpful last time'],
    ]);
    expect(found).toEqual(['Survey three venues, looking at:', 'Book the caterer']);
  });

  it('in a .docx, the actions are the level under a label that is itself a bullet', () => {
    const found = markedIn([
      'Supervision log',
      [0, 'The prototype runs'],
      [0, 'Next steps:'],
      [1, 'Write up the method'],
      [1, 'Run the larger sample'],
      [2, 'The lab has spare capacity in May'],
    ]);
    expect(found).toEqual(['Write up the method', 'Run the larger sample']);
  });

  it('in Markdown or text, a bullet indented under another is its detail', () => {
    const found = actionsOf(
      [
        'Project notes',
        'To do now:',
        '- Survey three venues, looking at:',
        '  - Access for wheelchairs',
        '\t- Parking nearby',
        '- Book the caterer',
      ].join('\n'),
    );
    expect(found.filter((a) => a.marked).map((a) => a.text)).toEqual([
      'Survey three venues, looking at:',
      'Book the caterer',
    ]);
  });

  it('a first line ending in a colon is still the first action', () => {
    const found = actionsOf(
      ['Notes', 'Todo now:', 'Testing three venues, in order:', 'Meeting ended at 8pm'].join('\n'),
    );
    expect(found.map((a) => a.text)).toEqual(['Testing three venues, in order:']);
  });
});

describe('lines under an Actions label', () => {
  const never = () => false;

  it('an owner before a colon owns every sentence after it', () => {
    expect(sectionLineActions('Everyone: Read the brief. Try the demo.', never)).toEqual([
      { owner: 'Everyone', task: 'Read the brief.' },
      { owner: 'Everyone', task: 'Try the demo.' },
    ]);
  });

  it('a time before a colon is the due, not an owner', () => {
    expect(sectionLineActions('Week 6 weekend: Choose the best designs.', never)).toEqual([
      { owner: null, task: 'Choose the best designs.', due: 'Week 6 weekend' },
    ]);
  });

  it('a report of how something went is no action', () => {
    expect(sectionLineActions('Fire drill postponed until May', never)).toBeNull();
    expect(sectionLineActions('Room audit only 40% complete', never)).toBeNull();
    expect(sectionLineActions('Boiler service successful', never)).toBeNull();
  });

  it('an example or a need of the whole group is no action', () => {
    expect(sectionLineActions('E.g. a shorter survey for parents', never)).toBeNull();
    expect(sectionLineActions('We need a bigger room for the open day', never)).toBeNull();
    expect(sectionLineActions('Maybe we can borrow the church hall', never)).toBeNull();
  });

  it('a task that ends in an outcome word is still a task', () => {
    expect(sectionLineActions('Get the boiler service done', never)).toEqual([
      { owner: null, task: 'Get the boiler service done' },
    ]);
  });

  it('a group subject owns its sentence, each sentence of the line', () => {
    expect(sectionLineActions('Each member drafts two stories. Someone collates them.', never)).toEqual([
      { owner: 'Each member', task: 'Each member drafts two stories.' },
      { owner: 'Someone', task: 'Someone collates them.' },
    ]);
  });

  it('"Things I want to do:" gives its lines to the writer', () => {
    const found = actionsOf(['Lab diary', 'Things I want to do:', 'Try the larger model'].join('\n'));
    expect(found).toEqual([{ text: 'Try the larger model', owner: 'I', marked: true }]);
  });

  it('a verb followed by "to" is not an owner ("Try to …")', () => {
    const found = actionsOf(['Lab diary', 'Next steps:', 'Try to reproduce the first result'].join('\n'));
    expect(found[0]!.owner).toBeNull();
  });
});

describe('markers and notes', () => {
  it('"ACTION - Name - task" and "ACTION: Name - task": the name before the dash owns it', () => {
    const found = actionsOf(
      [
        'Club committee',
        'ACTION - Marta - Check the hall booking.',
        'ACTION: Devi - Follow up the grant.',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'Check the hall booking', owner: 'Marta', marked: true },
      { text: 'Follow up the grant', owner: 'Devi', marked: true },
    ]);
  });

  it('"LIST ACTIONS AND ACTIONEES" is no action: a connector never starts an owner', () => {
    expect(actionsOf(['Club committee', '* LIST ACTIONS AND ACTIONEES'].join('\n'))).toEqual([]);
  });

  it('a title in capitals and a column named "Action Made" hold no marker', () => {
    expect(
      actionsOf(
        ['FETE COMMITTEE ACTION TRACKING LIST', 'Questions from the stallholders Action Made'].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a TODO note marks a task without an owner', () => {
    expect(actionsOf(['Notes', '- TODO check the hall insurance'].join('\n'))).toEqual([
      { text: 'check the hall insurance', owner: null, marked: true },
    ]);
  });
});

describe('bare instructions in notes are suggestions without an owner', () => {
  it('reads "Check …", "Maybe start …", a one-word label before the verb', () => {
    const found = actionsOf(
      [
        'Notes',
        'Check the second draft before Friday.',
        'Maybe start on the report',
        'Idea: Compare the two venues',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'Check the second draft before Friday', owner: null, marked: false },
      { text: 'Maybe start on the report', owner: null, marked: false },
      { text: 'Idea: Compare the two venues', owner: null, marked: false },
    ]);
  });

  it('leaves questions, labels, nouns and table cells alone', () => {
    const found = actionsOf(
      [
        'Notes',
        'Check of the accounts was completed.',
        'Try a smaller sample?',
        'Start time: 19:00',
        '| Item | Notes |',
        '|---|---|',
        '| Check the float | Fine |',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });
});

describe('action tables found by their header words', () => {
  it.each([
    ['Action items', 'Person responsible', 'Deadline'],
    ['Who', 'What', 'When'],
    ['Task', 'Lead', 'Target date'],
  ])('%s | %s | %s', (a, b, c) => {
    const header = `| ${a} | ${b} | ${c} |`;
    const row =
      a === 'Who' ? '| Priya Shah | Book the hall | 1 May |' : '| Book the hall | Priya Shah | 1 May |';
    const minutes = readMinutes(
      textToParagraphs(['Fete committee', header, '|---|---|---|', row].join('\n')),
    );
    expect(minutes.actions).toMatchObject([{ text: 'Book the hall', owner: 'Priya Shah', due: '1 May' }]);
  });
});

describe('due', () => {
  it('"monthly" is the due as written, without a date', () => {
    const minutes = readMinutes(
      textToParagraphs(['Fete committee', 'ACTION: TJ to send a report monthly.'].join('\n')),
    );
    expect(minutes.actions).toMatchObject([{ owner: 'TJ', due: 'monthly', dueDate: null }]);
  });
});

describe('status', () => {
  it('"only 70% complete" is in progress; "complete" alone is done', () => {
    expect(statusOf('Access review only 70% complete')).toBe('In progress');
    expect(statusOf('Access review complete')).toBe('Done');
  });
});

describe('prose owners the attendance list does not name', () => {
  it('a role title, initials or a titled name own "X to …" at the start of a sentence', () => {
    const found = actionsOf(
      [
        'Parish meeting',
        'Clerk to order two new benches.',
        'KMW to ask the school about the crossing.',
        'Cllr. R. Obi would write to the highways team.',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'order two new benches', owner: 'Clerk', marked: false },
      { text: 'ask the school about the crossing', owner: 'KMW', marked: false },
      { text: 'write to the highways team', owner: 'Cllr. R. Obi', marked: false },
    ]);
  });

  it('a team owns "The Events Team will …"', () => {
    expect(actionsOf(['Fete committee', 'The Events Team will book the marquee.'].join('\n'))).toEqual([
      { text: 'book the marquee', owner: 'Events Team', marked: false },
    ]);
  });

  it('after a comma in the same sentence: "…, Clerk to write to the owner"', () => {
    expect(
      actionsOf(['Parish meeting', 'The hedge overhangs the path, Clerk to write to the owner.'].join('\n')),
    ).toEqual([{ text: 'write to the owner', owner: 'Clerk', marked: false }]);
  });

  it('leaves first names, bodies and "Clerk to the Council" alone', () => {
    const found = actionsOf(
      [
        'Parish meeting',
        'Sam to bring the urn.',
        'NHS to review the service.',
        'The Clerk to the Council reported on the precept.',
        'The plan was for LCGC to review the lessons.',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });
});

describe('speakers and people named before a colon', () => {
  it('"Name: I\'ll take an action to …" is the speaker\'s action', () => {
    expect(
      actionsOf(['Call notes', "Rosa: I'll take an action to check the venue with Omar."].join('\n')),
    ).toEqual([{ text: 'check the venue with Omar', owner: 'Rosa', marked: true }]);
  });

  it('"Name: I\'ll do that." takes the words of the line before', () => {
    const found = actionsOf(
      ['Call notes', 'Omar: Someone should book the minibus.', "Rosa: I'll do that."].join('\n'),
    );
    expect(found).toContainEqual({
      text: 'Omar: Someone should book the minibus',
      owner: 'Rosa',
      marked: true,
    });
  });

  it('"- Name: Book …" under a RESOLVED label is a marked task for that person, not the decision', () => {
    const found = actionsOf(
      [
        'Plenum',
        '**Resolved**',
        '- Kofi: Book the hall for the open day',
        '- Ines/Kofi: Sort out the rota',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'Book the hall for the open day', owner: 'Kofi', marked: true },
      { text: 'Sort out the rota', owner: 'Ines/Kofi', marked: true },
    ]);
  });

  it('the list under a RESOLVED label ends at the first line that gives nobody a task', () => {
    const found = actionsOf(
      [
        'Plenum',
        '**Resolved**',
        '- Kofi: Book the hall for the open day',
        'The open day was discussed at length.',
        '- Ines: Check the fire exits',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'Book the hall for the open day', owner: 'Kofi', marked: true },
      { text: 'Check the fire exits', owner: 'Ines', marked: false },
    ]);
  });

  it("a speaker's report is no task, and a label before a colon owns nothing", () => {
    expect(
      actionsOf(['Call notes', 'Rosa: We booked the hall.', 'Note: Check the fire exits.'].join('\n')),
    ).toEqual([{ text: 'Note: Check the fire exits', owner: null, marked: false }]);
  });
});

describe('follow-up work in the passive', () => {
  it('"… is to be circulated", "… will be emailed" are tasks without an owner; "by the Chair" names one', () => {
    const found = actionsOf(
      [
        'Village hall trustees',
        'The revised hire rates are to be circulated to trustees.',
        'The booking link will be emailed to all volunteers.',
        'To be signed by the Chair.',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'The revised hire rates are to be circulated to trustees', owner: null, marked: false },
      { text: 'The booking link will be emailed to all volunteers', owner: null, marked: false },
      { text: 'be signed by the Chair', owner: 'Chair', marked: false },
    ]);
  });

  it('leaves needs, arrangements and work already done alone', () => {
    const found = actionsOf(
      [
        'Village hall trustees',
        'The gutter needs to be repaired before winter.',
        'The meeting will be held in the library.',
        'The bid has been sent, and updates will be posted monthly.',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('"AP12 KW to …": an action point reference before the owner marks the action', () => {
    expect(actionsOf(['Patient group', 'AP12 KW to print the new leaflets.'].join('\n'))).toEqual([
      { text: 'print the new leaflets', owner: 'KW', marked: true },
    ]);
  });
});

describe('decisions in the passive and motions', () => {
  const decisionsOf = (text: string) => readMinutes(textToParagraphs(text)).decisions.map((d) => d.text);

  it('reads "… were agreed as a correct record", "… was unanimously approved", "… and unanimously agreed that …"', () => {
    expect(
      decisionsOf(
        [
          'Parish meeting',
          'The minutes of the last meeting were agreed as a correct record.',
          'The play area survey was unanimously approved.',
          'It was proposed by Cllr Hale, seconded by Cllr Ross and unanimously agreed that the precept stay the same.',
          'Moved by Cllr Hale and seconded by Cllr Ross to approve the accounts.',
        ].join('\n'),
      ),
    ).toHaveLength(4);
  });

  it('leaves a proposal, a list lead-in and "agreed to" work alone', () => {
    expect(
      decisionsOf(
        [
          'Parish meeting',
          'Proposed by Cllr Hale, seconded by Cllr Ross.',
          'The following grants were approved:',
          'The date was agreed with the hall committee.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});

describe('a marker alone on its line', () => {
  it('"Action Point" over the line: the next line is the action', () => {
    expect(
      actionsOf(
        ['Governors', 'Action Point', 'Clerk/chair to add the minutes to the next agenda.'].join('\n'),
      ),
    ).toEqual([{ text: 'add the minutes to the next agenda', owner: 'Clerk/chair', marked: true }]);
  });
});

describe('an owner set apart at the end, where the owner column was kept in the text', () => {
  it('a last cell after a tab run names the owner of the sentence before it', () => {
    const found = actionsOf(
      [
        'Little Marsh Parish Council',
        'The bus shelter glass was cracked again and would be reported to the county.\t\t\tClerk',
        'Bank statement 12, balance £2,410.50\t\t\tNoted',
        'Jane Okafor\tChair',
      ].join('\n'),
    );
    expect(found).toEqual([
      {
        text: 'The bus shelter glass was cracked again and would be reported to the county',
        owner: 'Clerk',
        marked: true,
      },
    ]);
  });

  it('the owner takes the sentence that gives work, not a thanks after it', () => {
    const found = actionsOf(
      [
        'Little Marsh Parish Council',
        'The accounts were approved. The return to be signed by the Chair. The Clerk was thanked.\t\tCllr. P. Rees',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'The return to be signed by the Chair', owner: 'Cllr. P. Rees', marked: true },
    ]);
  });

  it('an emphasised owner or one after a slash closes the paragraph', () => {
    const found = actionsOf(
      [
        'Little Marsh Parish Council',
        '<p>Members were asked to look for a new venue for the fete. <em>ALL</em></p>',
        'The treasurer resigned. A new treasurer will be needed before May. / All',
        'The hall is booked for the 3rd/4th of June.',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'Members were asked to look for a new venue for the fete', owner: 'ALL', marked: true },
      { text: 'A new treasurer will be needed before May', owner: 'All', marked: true },
    ]);
  });
});

describe('a log of motions with an Action column', () => {
  it('reads the Action cell as a marked action; a person it is done for is no owner; a placeholder is none', () => {
    const minutes = readMinutes(
      textToParagraphs(
        [
          'Club committee',
          '| Date raised | Motion text | Votes | Result | Action |',
          '|---|---|---|---|---|',
          '| 2030-01-02 | Buy a new kettle | 5 for | Passed | <p>Rosa will be given the petty cash</p> |',
          '| 2030-01-03 | Repaint the door | 4 for | Passed | `Not yet entered` |',
        ].join('\n'),
      ),
    );
    expect(minutes.actions.map((a) => ({ text: a.text, owner: a.owner, marked: a.marked }))).toEqual([
      { text: 'Rosa will be given the petty cash', owner: null, marked: true },
    ]);
  });
});

describe('a word of progress in the action itself is its status, not its due', () => {
  it('"- ONGOING", "was still ongoing" give no due', () => {
    const minutes = readMinutes(
      textToParagraphs(
        [
          'Patient group',
          'AP3 KW to chase the printer for a quote - ONGOING.',
          'The survey of the footpaths was still ongoing.\t\t\tClerk',
        ].join('\n'),
      ),
    );
    expect(minutes.actions.map((a) => [a.owner, a.due, a.marked])).toEqual([
      ['KW', null, true],
      ['Clerk', null, true],
    ]);
  });
});

describe('an action table laid out in spaces', () => {
  it('reads each row under its header by the Action and Lead columns, until prose crosses the columns', () => {
    const minutes = readMinutes(
      textToParagraphs(
        [
          'Village hall action tracker',
          ' NO     PAPER         ACTION                                      LEAD    TARGET',
          ' March 2031',
          ' 02.03  Kitchen       Quotes for a new oven to be obtained        RB      1 May',
          '        refit         from two local suppliers',
          ' 03.03  Car park      Potholes to be filled before the fete       GT/RB   June',
          'The tracker will be reviewed at every meeting of the trustees from now on.',
        ].join('\n'),
      ),
    );
    expect(
      minutes.actions.map((a) => ({ text: a.text, owner: a.owner, due: a.due, marked: a.marked })),
    ).toEqual([
      { text: 'Quotes for a new oven to be obtained', owner: 'RB', due: '1 May', marked: true },
      { text: 'Potholes to be filled before the fete', owner: 'GT/RB', due: 'June', marked: true },
      {
        text: 'The tracker will be reviewed at every meeting of the trustees from now on',
        owner: null,
        due: null,
        marked: false,
      },
    ]);
    expect(minutes.items).toEqual([]);
  });
});
