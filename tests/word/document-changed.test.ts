import { onDocumentChanged } from '../../src/word/document-changed';
import { goTo } from '../../src/word/go-to';
import { Location } from '../../src/core/model/location';
import { buildDocument, installWordHost } from '../fakes/word';

describe('onDocumentChanged', () => {
  test('a user selection change is reported, and stops after unsubscribe', () => {
    const host = installWordHost(buildDocument({ body: ['A'] }));
    try {
      const listener = jest.fn();
      const stop = onDocumentChanged(listener);
      host.fireSelectionChanged();
      expect(listener).toHaveBeenCalledTimes(1);
      stop();
      host.fireSelectionChanged();
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      host.uninstall();
    }
  });

  test("the add-in's own goTo selection is not taken for a change; the user's next one is", async () => {
    const host = installWordHost(buildDocument({ body: ['A', 'B'] }));
    let now = new Date('2022-08-25T10:00:00Z').getTime();
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const listener = jest.fn();
      onDocumentChanged(listener);
      await Word.run((context) => goTo(context, Location.parse({ paragraph: 1, excerpt: 'B' })));
      host.fireSelectionChanged();
      expect(listener).not.toHaveBeenCalled();
      now += 5000;
      host.fireSelectionChanged();
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      host.uninstall();
      clock.mockRestore();
    }
  });
});
