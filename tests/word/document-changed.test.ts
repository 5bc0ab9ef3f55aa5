import { onDocumentChanged } from '../../src/word/document-changed';
import { goTo } from '../../src/word/go-to';
import { Location } from '../../src/core/model/location';
import { asWordContext, buildDocument, FakeContext, installFakeOffice } from '../fakes/word';

describe('onDocumentChanged', () => {
  test('a user selection change is reported, and stops after unsubscribe', () => {
    const host = installFakeOffice(buildDocument({ body: ['A'] }));
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
    jest.useFakeTimers({ now: new Date('2022-08-25T10:00:00Z') });
    const model = buildDocument({ body: ['A', 'B'] });
    const host = installFakeOffice(model);
    try {
      const listener = jest.fn();
      onDocumentChanged(listener);
      await goTo(asWordContext(new FakeContext(model)), Location.parse({ paragraph: 1, excerpt: 'B' }));
      host.fireSelectionChanged();
      expect(listener).not.toHaveBeenCalled();
      jest.setSystemTime(new Date('2022-08-25T10:00:05Z'));
      host.fireSelectionChanged();
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      host.uninstall();
      jest.useRealTimers();
    }
  });
});
