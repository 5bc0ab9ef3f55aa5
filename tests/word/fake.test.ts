import { asWordContext, buildDocument, FakeContext } from '../fakes/word';

const fresh = (options = {}) => new FakeContext(buildDocument({ body: ['One', 'Two'] }), options);

describe('the Word fake behaves like a request context', () => {
  test('a property read before sync throws PropertyNotLoaded, and after sync gives the value', async () => {
    const context = asWordContext(fresh());
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/text');
    expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(paragraphs.items.map((p) => p.text)).toEqual(['One', 'Two']);
    expect(() => paragraphs.items[0]?.style).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  test('a bare load() is refused', () => {
    const context = asWordContext(fresh());
    expect(() => context.document.body.paragraphs.load()).toThrow(/name the ones you need/);
  });

  test('a failing sync keeps the commands queued before the failing one and hands out no values', async () => {
    const fake = fresh({ failSync: { sync: 1, command: 'Paragraph.insertText' } });
    const context = asWordContext(fake);
    const first = context.document.body.paragraphs.getFirst();
    first.load('text');
    first.insertParagraph('Added', 'After');
    first.insertText('!', 'End');
    await expect(context.sync()).rejects.toMatchObject({
      code: 'GeneralException',
      debugInfo: { errorLocation: 'Paragraph.insertText' },
    });
    expect(fake.model.body.paragraphs.map((p) => p.text)).toEqual(['One', 'Added', 'Two']);
    expect(() => first.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    expect(fake.syncCount).toBe(1);
  });

  test('every write is recorded with the paragraphs it touched', async () => {
    const fake = fresh();
    const context = asWordContext(fake);
    context.document.body.paragraphs.getLast().insertParagraph('Three', 'After');
    await context.sync();
    expect(fake.model.writes).toEqual([
      { method: 'Paragraph.insertParagraph', story: 'body', paragraphUids: [expect.any(Number)] },
    ]);
  });

  test('an OrNullObject proxy for something missing loads as a null object', async () => {
    const context = asWordContext(fresh());
    const control = context.document.contentControls.getByIdOrNullObject(12345);
    control.load('id');
    await context.sync();
    expect(control.isNullObject).toBe(true);
  });

  test('WordApi 1.4 methods fail with ApiNotFound where the host has only 1.3', async () => {
    const context = asWordContext(fresh());
    context.document.body.paragraphs.getFirst().getReviewedText('Current');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  test('search text longer than 255 characters is refused, like Word', async () => {
    const context = asWordContext(fresh());
    const hits = context.document.body.search('x'.repeat(256));
    hits.load('items/$none');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});
