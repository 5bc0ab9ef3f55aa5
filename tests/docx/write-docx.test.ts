import { strFromU8, unzipSync } from 'fflate';
import { Meeting } from '../../src/core/model';
import { buildMinutesBlocks } from '../../src/core/write';
import { writeDocx } from '../../src/docx/write';
import { MODEL_MINUTES } from '../fixtures/model-meeting';

const partsOf = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

describe('writeDocx', () => {
  it('writes the parts of a .docx, with the page header and footer referenced from the section', () => {
    const parts = partsOf(writeDocx(buildMinutesBlocks(MODEL_MINUTES)));
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footer1.xml',
      'word/header1.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    expect(parts['word/document.xml']).toMatch(
      /<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader1"\/><w:footerReference/,
    );
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="header1.xml"');
    expect(parts['[Content_Types].xml']).toContain('PartName="/word/header1.xml"');
    expect(parts['docProps/core.xml']).toContain(
      '<dc:title>Monthly Assurance Meeting August 2022</dc:title>',
    );
  });

  it('leaves out the page header when there is no protective marking, and escapes the title property', () => {
    const meeting = Meeting.parse({ title: 'Q&A <Board>', date: '2024-01-01' });
    const parts = partsOf(writeDocx(buildMinutesBlocks({ meeting, attendees: [], items: [] })));
    expect(parts['word/header1.xml']).toBeUndefined();
    expect(parts['word/document.xml']).not.toContain('headerReference');
    expect(parts['[Content_Types].xml']).not.toContain('header1.xml');
    expect(parts['docProps/core.xml']).toContain('<dc:title>Q&amp;A &lt;Board&gt;</dc:title>');
  });

  it('writes the same bytes for the same blocks', () => {
    const blocks = buildMinutesBlocks(MODEL_MINUTES);
    expect(writeDocx(blocks)).toEqual(writeDocx(blocks));
  });
});
