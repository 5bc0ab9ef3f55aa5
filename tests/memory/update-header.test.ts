import { MemoryDocumentPort } from '../../src/memory/port';
import { readFlatOoxml } from '../../src/docx/flat';
import { readMinutes } from '../../src/core/read';
import { buildHeaderBlock } from '../../src/core/write';
import { headerFingerprints, wantedHeaderLines } from '../../src/core/write/header-update';
import { paragraph } from '../../src/core/model';
import { newStoredMeeting } from '../../src/taskpane/hooks/useMeetingStore';
import { TAGS } from '../../src/core/port';

const meeting = {
  ...newStoredMeeting().meeting,
  title: 'Fennick Lane residents’ group',
  date: '2026-06-02',
  chair: 'Hollis Marchbank',
};
type M = typeof meeting;

const port = () =>
  new MemoryDocumentPort({ paragraphs: [paragraph(0, 'Typed first')], ooxmlToParagraphs: readFlatOoxml });
const request = (now: M, last: M) => ({
  wanted: wantedHeaderLines(now),
  lastWritten: headerFingerprints(wantedHeaderLines(last)),
});
const headerTexts = (doc: MemoryDocumentPort) =>
  doc.paragraphs.filter((p) => p.contentControl?.tag === TAGS.header && p.text !== '').map((p) => p.text);

describe('MemoryDocumentPort.updateHeader (the preview does what Word does)', () => {
  it('a new chair and a venue: the reader reads the new details once, nothing doubled', async () => {
    const doc = port();
    await doc.insertBlock(buildHeaderBlock(meeting));
    const now = { ...meeting, chair: 'Perpetua Gorse', venue: 'Community hall' };
    const result = await doc.updateHeader(request(now, meeting));
    expect(result).toMatchObject({ found: true, applied: true, updatedLines: 1, addedLines: 1 });
    expect(headerTexts(doc)).toEqual([
      'Fennick Lane residents’ group',
      'Date: Tuesday 2 June 2026',
      'Chair: Perpetua Gorse',
      'Venue: Community hall',
    ]);
    expect(readMinutes(doc.paragraphs).meeting).toMatchObject({
      chair: 'Perpetua Gorse',
      venue: 'Community hall',
    });
    expect(doc.paragraphs[0]!.text).toBe('Typed first');
  });

  it('a line the user typed inside the block and one they edited are left as they are', async () => {
    const doc = port();
    await doc.insertBlock(buildHeaderBlock(meeting));
    doc.replaceBody(
      doc.paragraphs.flatMap((p) =>
        p.text.startsWith('Chair:')
          ? [
              { ...p, text: 'Chair: Hollis Marchbank (vice)' },
              { ...p, text: 'Guests: none' },
            ]
          : [p],
      ),
    );
    const result = await doc.updateHeader(request({ ...meeting, chair: 'Perpetua Gorse' }, meeting));
    expect(result.conflicts).toEqual([
      { label: 'Chair', form: 'Perpetua Gorse', document: 'Hollis Marchbank (vice)' },
    ]);
    expect(headerTexts(doc).slice(-2)).toEqual(['Chair: Hollis Marchbank (vice)', 'Guests: none']);
  });

  it('a dry run writes nothing; no header block: found false', async () => {
    const doc = port();
    expect((await doc.updateHeader(request(meeting, meeting))).found).toBe(false);
    await doc.insertBlock(buildHeaderBlock(meeting));
    const before = doc.paragraphs;
    const dry = await doc.updateHeader({ ...request({ ...meeting, chair: 'X Y' }, meeting), dryRun: true });
    expect(dry).toMatchObject({ applied: false, updatedLines: 1 });
    expect(doc.paragraphs).toEqual(before);
  });
});
