import { paragraph } from '../../../src/core/model';
import { readMinutes } from '../../../src/core/read';
import { TAGS, actionControlTitle } from '../../../src/core/port';

describe("Minutebook's own blocks", () => {
  it('does not read the action summary or action log tables as new actions', () => {
    const summary = { tag: TAGS.actions, id: 3, title: 'Actions' };
    const log = { tag: TAGS.actionLog, id: 4, title: 'Action log' };
    const minutes = readMinutes([
      paragraph(0, '1. Business'),
      paragraph(1, 'ACTION: JS to reply.'),
      paragraph(2, 'ACTION: JS to reply.', { contentControl: summary, table: { table: 0, row: 1, cell: 0 } }),
      paragraph(3, 'JS to reply', { contentControl: log, table: { table: 1, row: 1, cell: 0 } }),
    ]);
    expect(minutes.actions).toHaveLength(1);
    expect(minutes.actions[0]!.location.paragraph).toBe(1);
  });

  it('takes the ref of an inserted action from its content control title', () => {
    const control = { tag: TAGS.action, id: 42, title: actionControlTitle('2.1-A1') };
    const [action] = readMinutes([
      paragraph(0, '2.1 Homicide'),
      paragraph(1, 'ACTION: JS to reply.', { contentControl: control }),
    ]).actions;
    expect(action).toMatchObject({ ref: '2.1-A1', item: '2.1' });
    expect(action!.location).toMatchObject({
      paragraph: 1,
      contentControlId: 42,
      excerpt: 'ACTION: JS to reply.',
    });
  });

  it('gives actions without a control no ref', () => {
    expect(readMinutes([paragraph(0, 'ACTION: JS to reply.')]).actions[0]!.ref).toBeNull();
  });
});
