import { ActionsExport, parseActionsJson, toActionsJson } from '../../../src/core/export';
import { action, decision, item, minutes, owner } from './fixtures';

const m = minutes({
  items: [item('2', 'Performance'), item('9', 'Part II', { confidential: true })],
  actions: [
    action({
      ref: '2-A1',
      item: '2',
      text: 'Review',
      owner: 'PCC',
      owners: [owner('Alan Smith', 'Police and Crime Commissioner (PCC)', 'AS')],
      due: 'by 30 September',
      dueDate: '2022-09-30',
    }),
    action({ item: '9', text: 'Secret' }),
    action({ text: 'CC will share', marked: false }),
  ],
  decisions: [decision('Approved', '2'), decision('Closed', '9')],
});

describe('JSON export', () => {
  test('is versioned and read back by the same schema', () => {
    const { json } = toActionsJson(m);
    const parsed = parseActionsJson(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.schemaVersion).toBe(1);
    expect(parsed.value).toEqual(ActionsExport.parse(JSON.parse(json)));
    expect(parsed.value.actions).toEqual([
      {
        ref: '2-A1',
        item: '2',
        itemTitle: 'Performance',
        text: 'Review',
        owner: 'PCC',
        owners: [{ name: 'Alan Smith', capacity: 'Police and Crime Commissioner (PCC)', initials: 'AS' }],
        due: 'by 30 September',
        dueDate: '2022-09-30',
        status: 'Open',
        marked: true,
        confidential: false,
      },
    ]);
    expect(parsed.value.decisions.map((d) => d.text)).toEqual(['Approved']);
  });

  test('says what it left out, and includes it when asked', () => {
    expect(toActionsJson(m).leftOut).toEqual({ suggestions: 1, confidential: 1 });
    const all = parseActionsJson(
      toActionsJson(m, { includeConfidential: true, includeSuggestions: true }).json,
    );
    expect(all.ok && all.value.actions.map((a) => [a.text, a.confidential])).toEqual([
      ['Review', false],
      ['Secret', true],
      ['CC will share', false],
    ]);
    expect(all.ok && all.value.decisions.map((d) => d.confidential)).toEqual([false, true]);
  });

  test('does not carry document positions', () => {
    expect(toActionsJson(m).json).not.toContain('"location"');
  });

  test('a file that is not JSON is refused with a message', () => {
    const parsed = parseActionsJson('{ nope');
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/^This is not valid JSON/) });
  });

  test('another version or shape is refused, naming the field', () => {
    const wrongVersion = parseActionsJson(
      JSON.stringify({ ...JSON.parse(toActionsJson(m).json), schemaVersion: 2 }),
    );
    expect(wrongVersion).toEqual({ ok: false, message: expect.stringContaining('schemaVersion') });
    const badDate = JSON.parse(toActionsJson(m).json);
    badDate.actions[0].dueDate = '30/09/2022';
    expect(parseActionsJson(JSON.stringify(badDate))).toEqual({
      ok: false,
      message: expect.stringContaining('actions.0.dueDate'),
    });
  });

  test('a byte-order mark before the JSON is accepted', () => {
    expect(parseActionsJson('\uFEFF' + toActionsJson(m).json).ok).toBe(true);
  });
});
