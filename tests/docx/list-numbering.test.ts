import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDocx } from '../../src/docx/read';
import { paragraph } from '../../src/core/model/paragraph';
import { readMinutesStrict } from '../../src/core/read';
import { handBuiltDocx, p } from './support/hand-built-docx';
import { INSTALL_HINT } from './support/libreoffice';

/**
 * Word's automatic list numbers: the number is in numbering.xml, not in the text. The fixture was written by
 * LibreOffice (`soffice --headless --convert-to docx` from numbered-minutes.fodt beside it): multi-level level
 * text (`%1.%2`), letters and roman numerals, a list continued after a bullet list, restarts written as
 * start overrides.
 */
const FIXTURE = join(__dirname, '..', 'fixtures', 'docx', 'numbered-minutes.docx');

const labelled = (bytes: Uint8Array) =>
  readDocx(bytes)
    .filter((x) => x.part === 'body')
    .map((x) => (x.listString === undefined ? x.text : `${x.listString} ${x.text}`));

/** What LibreOffice itself shows for the fixture (its plain-text export writes the list labels). */
const AS_LIBREOFFICE_SHOWS = [
  'Allotment Society Committee',
  'Date: 14 March 2024',
  '1. Apologies',
  '2. Finance',
  '2.1 Subscriptions',
  'a) Paid',
  'b) Overdue',
  '2.2 Water rates',
  '3. Plot inspections',
  '3.1 Spring walk',
  'Points raised by members:',
  '• Hosepipes left running',
  '4. Any other business',
  'i. Gate code',
  'ii. Compost bays',
  'i. Skip hire',
  '7. Date of next meeting',
];

describe('.docx list numbering', () => {
  it('gives each list paragraph of a LibreOffice-written file the number it shows', () => {
    expect(labelled(readFileSync(FIXTURE))).toEqual(AS_LIBREOFFICE_SHOWS);
  });

  it('gives each list paragraph its level in the list (w:ilvl), the outermost 0', () => {
    const levels = readDocx(readFileSync(FIXTURE))
      .filter((x) => x.part === 'body' && x.listString !== undefined)
      .slice(0, 8)
      .map((x) => `${x.listString} ${x.listLevel}`);
    expect(levels).toEqual(['1. 0', '2. 0', '2.1 1', 'a) 2', 'b) 2', '2.2 1', '3. 0', '3.1 1']);
  });

  it('agrees with LibreOffice rendering the same file as text', () => {
    const work = mkdtempSync(join(tmpdir(), 'minutebook-lists-'));
    try {
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--headless',
          '--convert-to',
          'txt:Text',
          '--outdir',
          work,
          FIXTURE,
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const shown = readFileSync(join(work, 'numbered-minutes.txt'), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      expect(shown).toEqual(AS_LIBREOFFICE_SHOWS);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(INSTALL_HINT);
      throw error;
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('reads items numbered by the list as items, sub-items under their item', () => {
    const minutes = readMinutesStrict(readDocx(readFileSync(FIXTURE)));
    const numbers = (items: typeof minutes.items): string[] =>
      items.flatMap((i) => [i.number, ...numbers(i.subItems)]);
    expect(numbers(minutes.items)).toEqual(['1', '2', '2.1', '2.2', '3', '3.1', '4', '7']);
    expect(minutes.items[1]!.title).toBe('Finance');
  });

  it('reads a numbered list under headings as the text of the heading, not as items', () => {
    const minutes = readMinutesStrict([
      paragraph(0, 'Project log', { style: 'Heading 1' }),
      paragraph(1, 'Week one', { style: 'Heading 2' }),
      paragraph(2, 'Set up the repository', { listString: '1.' }),
      paragraph(3, 'Week two', { style: 'Heading 2' }),
      paragraph(4, 'Write the survey', { listString: '1.' }),
    ]);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Week one'],
      ['2', 'Week two'],
    ]);
  });

  const numbering = (body: string) =>
    `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:numbering>`;
  const level = (ilvl: number, format: string, text: string, start = 1) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const listed = (text: string, numId: string, ilvl = 0) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const withParts = (body: string, parts: Record<string, string>) =>
    handBuiltDocx(body, {
      parts,
      relationships:
        `<Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`,
    });

  it('continues one count across instances of a definition, restarts at an override, and reads style lists', () => {
    const parts = {
      'word/numbering.xml': numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.', 3)}${level(1, 'upperLetter', '%1.%2')}</w:abstractNum>` +
          '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
          '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>',
      ),
      'word/styles.xml':
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:style w:type="paragraph" w:styleId="ItemHeading"><w:name w:val="Item Heading"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="SubItem"><w:basedOn w:val="ItemHeading"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>' +
        '</w:styles>',
    };
    const styled = (text: string, style: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      listed('Welcome', '1') +
      listed('Roof', '1', 1) +
      p('Not a list') +
      listed('Budget', '2') +
      styled('Grants', 'ItemHeading') +
      listed('Restarted', '3') +
      listed('Then on', '3') +
      listed('Not numbered after all', '0');
    expect(labelled(withParts(body, parts))).toEqual([
      '3. Welcome',
      '3.A Roof',
      'Not a list',
      '4. Budget',
      '5. Grants',
      '10. Restarted',
      '11. Then on',
      'Not numbered after all',
    ]);
  });

  it("keeps the definition's start where an instance redefines a level without one", () => {
    const parts = {
      'word/numbering.xml': numbering(
        `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '(%1)', 4)}</w:abstractNum>` +
          '<w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">' +
          '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:lvlOverride></w:num>',
      ),
      'word/styles.xml': '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    };
    expect(labelled(withParts(listed('Finance', '1') + listed('Staffing', '1'), parts))).toEqual([
      'IV. Finance',
      'V. Staffing',
    ]);
  });

  it('gives no number where numbering.xml is missing or names no such list', () => {
    expect(labelled(handBuiltDocx(listed('Welcome', '1')))).toEqual(['Welcome']);
    const parts = { 'word/numbering.xml': numbering('') };
    expect(labelled(withParts(listed('Welcome', '5'), parts))).toEqual(['Welcome']);
  });
});
