import { buildDocument, installWordHost, type FakeHostOptions } from '../fakes/word';

/** The simulated host under the real Office.js client: what the client does is Office.js's own. */
async function run<T>(
  body: (context: Word.RequestContext) => Promise<T>,
  options: FakeHostOptions = {},
  spec = { body: ['One', 'Two', 'Three'] },
) {
  const host = installWordHost(buildDocument(spec), options);
  try {
    const result = await Word.run(body).catch((error: unknown) => error);
    return { result, host };
  } finally {
    host.uninstall();
  }
}

describe('the real Office.js client over the simulated Word host', () => {
  test('navigation properties are cached: a second load of body.paragraphs replaces the first one’s items', async () => {
    const { result } = await run(async (context) => {
      expect(context.document.body).toBe(context.document.body);
      const a = context.document.body.paragraphs;
      const b = context.document.body.paragraphs;
      expect(a).toBe(b);
      a.load({ select: 'text', top: 1, skip: 0 });
      b.load({ select: 'text', top: 1, skip: 2 });
      await context.sync();
      return a.items.map((p) => p.text);
    });
    expect(result).toEqual(['Three']);
  });

  test('a property read before sync throws PropertyNotLoaded; after it, only what was selected is there', async () => {
    const { result } = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(() => paragraphs.items[0]?.style).toThrow(
        expect.objectContaining({ code: 'PropertyNotLoaded' }),
      );
      return paragraphs.items.map((p) => p.text);
    });
    expect(result).toEqual(['One', 'Two', 'Three']);
  });

  test('an OrNullObject for something missing loads as a null object', async () => {
    const { result } = await run(async (context) => {
      const control = context.document.contentControls.getByIdOrNullObject(12345);
      control.load('id');
      await context.sync();
      return control.isNullObject;
    });
    expect(result).toBe(true);
  });

  test('a failing sync keeps the commands before the failing one, and hands out no values', async () => {
    const model = buildDocument({ body: ['One', 'Two'] });
    const host = installWordHost(model, { failSync: { sync: 1, command: 'Paragraph.insertText' } });
    try {
      const first = await Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.load('text');
        p.insertParagraph('Added', 'After');
        p.insertText('!', 'End');
        const error = await context.sync().catch((e: unknown) => e);
        expect(error).toMatchObject({
          code: 'GeneralException',
          debugInfo: { errorLocation: 'Paragraph.insertText' },
        });
        expect(() => p.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
        return host.syncs;
      });
      expect(first).toBe(1);
      expect(model.body.paragraphs.map((p) => p.text)).toEqual(['One', 'Added', 'Two']);
    } finally {
      host.uninstall();
    }
  });

  test("an empty sync sends nothing after a context's first; Word.run ends by releasing its references", async () => {
    const { host } = await run(async (context) => {
      await context.sync();
      const p = context.document.body.paragraphs.getFirst();
      p.load('text');
      await context.sync();
      await context.sync();
    });
    // The first sync of a context instantiates the document object even with nothing queued.
    expect(host.requests.map((r) => [r.kind, r.actions])).toEqual([
      ['sync', 1],
      ['sync', expect.any(Number)],
      ['cleanup', expect.any(Number)],
    ]);
  });

  test('objects kept by reference stay themselves when paragraphs are inserted before them', async () => {
    const { result } = await run(async (context) => {
      const last = context.document.body.paragraphs.getLast();
      last.load('text');
      await context.sync();
      context.document.body.insertParagraph('New first', 'Start');
      last.load('text');
      await context.sync();
      return last.text;
    });
    expect(result).toBe('Three');
  });

  test("search text over 255 characters is refused with Word's code", async () => {
    const { result } = await run(async (context) => {
      const hits = context.document.body.search('x'.repeat(256));
      hits.load('items/$none');
      await context.sync();
    });
    expect(result).toMatchObject({ code: 'SearchStringInvalidOrTooLong' });
  });

  test('a header type the section does not use fails as GeneralException; Primary always works', async () => {
    const { result } = await run(async (context) => {
      const section = context.document.sections.getFirst();
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, nothing to load
      const primary = section.getHeader('Primary').paragraphs;
      primary.load('items/text');
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a navigation property, nothing to load
      const first = section.getHeader('FirstPage').paragraphs;
      first.load('items/text');
      return context.sync().catch((e: unknown) => e);
    });
    expect(result).toMatchObject({ code: 'GeneralException' });
  });

  test('WordApi 1.4 methods fail where the host has only 1.3', async () => {
    const { result } = await run(async (context) => {
      context.document.body.paragraphs.getFirst().getReviewedText('Current');
      await context.sync();
    });
    expect(result).toMatchObject({ code: 'ApiNotFound' });
  });

  test('every request is measured in bytes, as the client sends and receives it', async () => {
    const { host } = await run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
    });
    const [sync] = host.requests;
    expect(sync?.requestBytes).toBeGreaterThan(100);
    expect(sync?.responseBytes).toBeGreaterThan('OneTwoThree'.length);
  });
});
