import type { Attendee } from '../../../src/core/model';
import { paragraph } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { formatActionLine } from '../../../src/core/write/action-line';

describe('formatActionLine', () => {
  it('writes "ACTION: <owner> to <task>"', () => {
    expect(formatActionLine({ owner: 'JS', task: 'share the report' })).toBe(
      'ACTION: JS to share the report',
    );
  });

  it('adds the due date in words', () => {
    expect(formatActionLine({ owner: 'PCC', task: 'share data.', dueDate: '2022-09-30' })).toBe(
      'ACTION: PCC to share data (due 30 September 2022).',
    );
  });

  it('drops a leading "to" and never doubles the full stop', () => {
    expect(formatActionLine({ owner: 'CC', task: 'to confirm the board..' })).toBe(
      'ACTION: CC to confirm the board.',
    );
  });
});

describe('an action line reads back to the same owner, words and due date', () => {
  const attendees: Attendee[] = [
    { name: 'Helen Price', capacity: 'Head of Finance (HP)', initials: 'HP', status: 'present' },
    { name: 'Gareth Cole', capacity: 'Clerk', initials: 'GC', status: 'present' },
    { name: 'Jackie Irvin', capacity: 'Policy Officer', initials: 'JI', status: 'present' },
    { name: 'Charity Pearce', capacity: 'Assistant Policy Officer', initials: 'CP', status: 'present' },
    {
      name: 'Richard Cooper',
      capacity: 'Assistant Chief Constable (ACC)',
      initials: 'ACC',
      status: 'present',
    },
  ];
  const attendance = [
    'Present: ' +
      attendees.map((a) => `${a.name} (${a.initials}) – ${a.capacity.replace(/\s*\(.*\)/, '')}`).join('; '),
    '2.1 Homicide',
  ];

  it.each([
    ['HP', ['Helen Price']],
    ['Clerk', ['Gareth Cole']],
    ['ACC Cooper', ['Richard Cooper']],
    ['Helen Price', ['Helen Price']],
    ['HP and GC', ['Helen Price', 'Gareth Cole']],
    ['JI/CP', ['Jackie Irvin', 'Charity Pearce']],
    ['ALL', attendees.map((a) => a.name)],
  ])('owner "%s"', (owner, names) => {
    for (const dueDate of [null, '2022-09-30']) {
      const task = 'share the VAWG problem profile with partners';
      const line = formatActionLine({ owner, task, dueDate });
      const minutes = readMinutes(textToParagraphs([...attendance, line].join('\n')));
      expect(minutes.actions).toHaveLength(1);
      expect(minutes.actions[0]).toMatchObject({ owner, text: task, dueDate, marked: true, item: '2.1' });
      expect(minutes.actions[0]!.owners.map((o) => o.name)).toEqual(names);
    }
  });

  it('reads back a line on its own, with no attendance list', () => {
    const line = formatActionLine({
      owner: 'The DCC',
      task: 'review information sharing.',
      dueDate: '2023-01-31',
    });
    expect(readMinutes([paragraph(0, line)]).actions[0]).toMatchObject({
      owner: 'The DCC',
      text: 'review information sharing',
      dueDate: '2023-01-31',
    });
  });
});
