import { STORED_MEETING_CHANGED } from '../../src/core/port';
import { createPreviewPort } from '../../src/memory/preview';
import { MemoryDocumentPort } from '../../src/memory/port';
import { readFlatOoxml } from '../../src/docx/flat';
import { flatPackage } from '../../src/core/write/package';
import { DocumentOperationError, TAGS } from '../../src/core/port';
import { paragraph, type SourceParagraph, StoredMeeting } from '../../src/core/model';

/** A converter for tests: one paragraph per line of the "OOXML". */
const linesToParagraphs = (xml: string): SourceParagraph[] =>
  xml.split('\n').map((text, i) => paragraph(i, text));

const doc = (...texts: string[]) =>
  new MemoryDocumentPort({
    paragraphs: texts.map((t, i) => paragraph(i, t)),
    ooxmlToParagraphs: linesToParagraphs,
  });

const texts = (port: MemoryDocumentPort) => port.paragraphs.map((p) => p.text);

describe('MemoryDocumentPort', () => {
  it('inserts a block after the cursor paragraph inside a tagged control, user text untouched', async () => {
    const port = doc('first', 'second', 'third');
    port.placeCursor(0);
    const result = await port.insertBlock({ kind: 'attendance', ooxml: 'A\nB' });
    expect(texts(port)).toEqual(['first', 'A', 'B', 'second', 'third']);
    expect(port.paragraphs[1]?.contentControl).toEqual(
      expect.objectContaining({ tag: TAGS.attendance, id: result.contentControlId }),
    );
    expect(port.paragraphs.map((p) => p.index)).toEqual([0, 1, 2, 3, 4]);
    expect(port.paragraphs[3]?.contentControl).toBeNull();
  });

  it('leaves the cursor after an inserted block so the next one follows it', async () => {
    const port = doc('top');
    await port.insertBlock({ kind: 'header', ooxml: 'H' });
    await port.insertBlock({ kind: 'items', ooxml: 'I' });
    expect(texts(port)).toEqual(['top', 'H', 'I']);
  });

  it('reads a real flat OOXML package through the .docx reader, shifting later tables', async () => {
    const port = new MemoryDocumentPort({
      paragraphs: [paragraph(0, 'intro'), paragraph(1, 'cell', { table: { table: 0, row: 0, cell: 0 } })],
      cursor: 0,
      ooxmlToParagraphs: readFlatOoxml,
    });
    const body = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>';
    await port.insertBlock({ kind: 'attendance', ooxml: flatPackage(body) });
    const read = port.paragraphs;
    expect(read.find((p) => p.text === 'Name')?.table?.table).toBe(0);
    expect(read.find((p) => p.text === 'cell')?.table?.table).toBe(1);
  });

  it('inserts an action line in a minutebook:action control carrying the ref', async () => {
    const port = doc('1. Finance', 'Discussion');
    port.placeCursor(1);
    await port.insertActionLine('ACTION: JI to send the report', '1-A1');
    expect(port.paragraphs[2]).toMatchObject({
      text: 'ACTION: JI to send the report',
      contentControl: { tag: TAGS.action, title: 'Action 1-A1' },
    });
  });

  it('inserts at the top of an empty document', async () => {
    const port = doc();
    await port.insertActionLine('ACTION: x', '1');
    expect(texts(port)).toEqual(['ACTION: x']);
  });

  it('fails the next operation by name and leaves the document as it was', async () => {
    const port = doc('a');
    port.failNext('insertBlock', 'Word is busy.');
    const error = await port.insertBlock({ kind: 'header', ooxml: 'H' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentOperationError);
    expect(error).toMatchObject({ operation: 'Insert block', message: 'Word is busy.', changed: '' });
    expect(texts(port)).toEqual(['a']);
    await port.insertBlock({ kind: 'header', ooxml: 'H' });
    expect(texts(port)).toEqual(['a', 'H']);
  });

  it('records the last goTo and refuses a paragraph that is gone', async () => {
    const port = doc('a', 'b');
    await port.goTo({ paragraph: 1, contentControlId: null, excerpt: 'b', occurrence: 0, part: 'body' });
    expect(port.lastGoTo?.paragraph).toBe(1);
    await expect(
      port.goTo({ paragraph: 9, contentControlId: null, excerpt: '', occurrence: 0, part: 'body' }),
    ).rejects.toThrow(/no longer in the document/);
  });

  it('keeps the stored meeting as a copy', async () => {
    const port = doc();
    expect(await port.loadStoredMeeting()).toEqual({ stored: null, notices: [] });
    const stored = StoredMeeting.parse({ schemaVersion: 1, meeting: { title: 'Board' } });
    await port.saveStoredMeeting(stored);
    stored.meeting.title = 'changed afterwards';
    expect((await port.loadStoredMeeting()).stored?.meeting.title).toBe('Board');
  });

  it('refuses a save when someone else saved since the last load, unless told to overwrite', async () => {
    const port = doc();
    await port.loadStoredMeeting();
    port.saveFromElsewhere(StoredMeeting.parse({ schemaVersion: 1, meeting: { title: 'Theirs' } }));
    const mine = StoredMeeting.parse({ schemaVersion: 1, meeting: { title: 'Mine' } });
    await expect(port.saveStoredMeeting(mine)).rejects.toMatchObject({ code: STORED_MEETING_CHANGED });
    expect(port.storedMeeting?.meeting.title).toBe('Theirs');
    await port.saveStoredMeeting(mine, { overwrite: true });
    expect(port.storedMeeting?.meeting.title).toBe('Mine');
    // Its own saves never conflict with each other.
    await port.saveStoredMeeting(mine);
  });

  it('a reload takes their version and lets the next save through', async () => {
    const port = doc();
    port.saveFromElsewhere(StoredMeeting.parse({ schemaVersion: 1, meeting: { title: 'Theirs' } }));
    expect((await port.loadStoredMeeting()).stored?.meeting.title).toBe('Theirs');
    await port.saveStoredMeeting(StoredMeeting.parse({ schemaVersion: 1, meeting: { title: 'Next' } }));
    expect(port.storedMeeting?.meeting.title).toBe('Next');
  });

  it('an edit with no change event still changes the fingerprint the read gave', async () => {
    const port = doc('a', 'b');
    const read = await port.readParagraphs();
    expect(await port.documentFingerprint()).toEqual(read.fingerprint);
    const listener = jest.fn();
    port.onDocumentChanged(listener);
    port.replaceBodyUnannounced([{ ...read.paragraphs[0]!, text: 'a!' }, read.paragraphs[1]!]);
    expect(listener).not.toHaveBeenCalled();
    expect(await port.documentFingerprint()).not.toEqual(read.fingerprint);
  });

  it('tells listeners when the body is replaced, until they unsubscribe', () => {
    const port = doc('a');
    const listener = jest.fn();
    const unsubscribe = port.onDocumentChanged(listener);
    port.replaceBody([paragraph(0, 'b')]);
    unsubscribe();
    port.replaceBody([paragraph(0, 'c')]);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('returns page header and footer text after the body', async () => {
    const port = doc('a');
    await port.insertBlock({
      kind: 'header',
      ooxml: 'H',
      pageHeader: 'OFFICIAL-SENSITIVE',
      pageFooter: 'DRAFT',
    });
    const { paragraphs } = await port.readParagraphs();
    expect(paragraphs.map((p) => `${p.part}:${p.text}`)).toEqual([
      'body:a',
      'body:H',
      'header:OFFICIAL-SENSITIVE',
      'footer:DRAFT',
    ]);
  });
});

describe('createPreviewPort', () => {
  it('starts on the sample text with no Minutebook blocks', async () => {
    const port = createPreviewPort(undefined, 0);
    const { paragraphs } = await port.readParagraphs();
    expect(paragraphs.map((p) => p.text).join('\n')).toContain('Quarterly Team Meeting');
    expect(paragraphs.some((p) => p.contentControl !== null)).toBe(false);
  });
});
