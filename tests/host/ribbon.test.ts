import { completeAfter, registerRibbonCommands } from '../../src/host/ribbon';

describe('ribbon functions', () => {
  test('completed() is called after a handler that works', async () => {
    const event = { completed: jest.fn() };
    await completeAfter(async () => undefined, event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('completed() is called after a handler that throws, and the error does not escape', async () => {
    const event = { completed: jest.fn() };
    await expect(
      completeAfter(() => Promise.reject(new Error('Word said no')), event),
    ).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test('registration waits for Office.onReady, then associates each id', async () => {
    const associate = jest.fn();
    const g = globalThis as Record<string, unknown>;
    const saved = g.Office;
    g.Office = { onReady: async () => ({ host: 'Word' }), actions: { associate } };
    try {
      await registerRibbonCommands({ insertActionMarker: async () => undefined });
      expect(associate).toHaveBeenCalledWith('insertActionMarker', expect.any(Function));
    } finally {
      g.Office = saved;
    }
  });
});
