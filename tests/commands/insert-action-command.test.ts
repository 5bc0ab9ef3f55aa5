import { buildDocument, installFakeOffice, viewOf, type FakeHost, type FakeHostOptions } from '../fakes/word';

/** Loads the commands bundle's entry as Office would, and returns the function it associated. */
async function loadCommands(host: FakeHost): Promise<(event: { completed: () => void }) => Promise<void>> {
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const handler = host.associated.get('insertActionMarker');
  if (!handler) throw new Error('insertActionMarker was not associated');
  return handler as (event: { completed: () => void }) => Promise<void>;
}

async function press(options: FakeHostOptions = {}) {
  const model = buildDocument({ body: ['1. Welcome', 'Discussion', '2. Finance'], cursor: { paragraph: 1 } });
  const host = installFakeOffice(model, options);
  try {
    const handler = await loadCommands(host);
    const event = { completed: jest.fn() };
    await handler(event);
    return { event, host, view: viewOf(model) };
  } finally {
    host.uninstall();
  }
}

describe('the Insert ACTION ribbon command', () => {
  test('adds one marker paragraph after the cursor paragraph, inside the action control, and completes', async () => {
    const { event, host, view } = await press();
    expect(view.body.map((p) => [p.text, p.tags])).toEqual([
      ['1. Welcome', []],
      ['Discussion', []],
      ['ACTION: ', ['minutebook:action']],
      ['2. Finance', []],
    ]);
    expect(host.model.writes.every((w) => w.paragraphUids.every((uid) => uid > 3))).toBe(true);
    expect(host.syncs).toBeLessThanOrEqual(2);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('leaves the cursor after the marker, inside the control', async () => {
    const { host } = await press();
    expect(host.model.selection).toMatchObject({ edge: 'End', last: { text: 'ACTION: ' } });
    expect(host.model.selection?.last.controls.map((c) => c.tag)).toEqual(['minutebook:action']);
  });

  test('still completes when the sync fails, and leaves the document as it was', async () => {
    const { event, view } = await press({ failSync: { sync: 2, command: 'ContentControl.load' } });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(view.body.map((p) => p.text)).toEqual(['1. Welcome', 'Discussion', '2. Finance']);
  });
});
