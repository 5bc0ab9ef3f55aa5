import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../src/docx/read';
import { handBuiltDocx, NAMESPACES, p } from './support/hand-built-docx';

const texts = (bytes: Uint8Array) =>
  readDocx(bytes)
    .filter((x) => x.part === 'body')
    .map((x) => x.text);

describe('readDocx on hand-built documents', () => {
  it('reads text whose characters straddle the pieces the XML is decoded in', () => {
    // 40,000 en dashes (three bytes each) run past the first 64 KB piece; with 0, 1 and 2 letters before them
    // the piece boundary falls inside a character in at least one of the three documents.
    for (const lead of ['', 'a', 'ab']) {
      const long = `${lead}${'–'.repeat(40000)}’end`;
      expect(texts(handBuiltDocx(`${p(long)}${p('next – after')}`))).toEqual([long, 'next – after']);
    }
  });

  it('reads tracked changes as the final text reads: deletions out, insertions in', () => {
    const body =
      '<w:p><w:r><w:t>The CC </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>will not </w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t>agreed to </w:t></w:r></w:ins><w:r><w:t>share it.</w:t></w:r></w:p>' +
      '<w:p><w:moveFrom w:id="3" w:author="A"><w:r><w:t>moved away </w:t></w:r></w:moveFrom><w:r><w:t>stays</w:t></w:r></w:p>';
    expect(texts(handBuiltDocx(body))).toEqual(['The CC agreed to share it.', 'stays']);
  });

  it('joins a paragraph whose mark was deleted to the next, and drops a wholly deleted paragraph', () => {
    const deletedMark = '<w:pPr><w:rPr><w:del w:id="9" w:author="A"/></w:rPr></w:pPr>';
    const body =
      `<w:p>${deletedMark}<w:r><w:t xml:space="preserve">ACTION: PCC </w:t></w:r></w:p>${p('to write.')}` +
      `<w:p>${deletedMark}<w:del w:id="10" w:author="A"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>${p('next')}`;
    expect(texts(handBuiltDocx(body))).toEqual(['ACTION: PCC to write.', 'next']);
  });

  it('leaves out a tracked-deleted table row and field codes, keeps field results', () => {
    const body =
      '<w:tbl><w:tr><w:tc>' +
      p('kept') +
      '</w:tc></w:tr>' +
      '<w:tr><w:trPr><w:del w:id="4" w:author="A"/></w:trPr><w:tc>' +
      p('deleted row') +
      '</w:tc></w:tr>' +
      '<w:tr><w:tc>' +
      p('also kept') +
      '</w:tc></w:tr></w:tbl>' +
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>25 August 2022</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    const paragraphs = readDocx(handBuiltDocx(body));
    expect(paragraphs.map((x) => [x.text, x.table])).toEqual([
      ['kept', { table: 0, row: 0, cell: 0 }],
      ['also kept', { table: 0, row: 1, cell: 0 }],
      ['25 August 2022', null],
    ]);
    expect(paragraphs.map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('turns tabs, breaks, carriage returns, non-breaking hyphens and symbol ticks into text', () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/>' +
      '<w:t>co</w:t><w:noBreakHyphen/><w:t>op</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Arial" w:char="00E9"/></w:r></w:p>';
    expect(texts(handBuiltDocx(body))).toEqual(['a\tb\nc\nco-op✓é']);
  });

  it('flattens a nested table into the outer cell and counts top-level tables only', () => {
    const nested = `<w:tbl><w:tr><w:tc>${p('inner 1')}</w:tc><w:tc>${p('inner 2')}</w:tc></w:tr></w:tbl>`;
    const body =
      `<w:tbl><w:tr><w:tc>${p('A')}</w:tc><w:tc>${p('B')}${nested}${p('B after')}</w:tc></w:tr></w:tbl>` +
      `<w:tbl><w:tr><w:tc>${p('second table')}</w:tc></w:tr></w:tbl>`;
    expect(readDocx(handBuiltDocx(body)).map((x) => [x.text, x.table])).toEqual([
      ['A', { table: 0, row: 0, cell: 0 }],
      ['B', { table: 0, row: 0, cell: 1 }],
      ['inner 1', { table: 0, row: 0, cell: 1 }],
      ['inner 2', { table: 0, row: 0, cell: 1 }],
      ['B after', { table: 0, row: 0, cell: 1 }],
      ['second table', { table: 1, row: 0, cell: 0 }],
    ]);
  });

  it('gives each paragraph its innermost content control (tag, id, title), block or inline', () => {
    const body =
      '<w:sdt><w:sdtPr><w:alias w:val="Outer"/><w:tag w:val="minutebook:items"/><w:id w:val="-12"/></w:sdtPr><w:sdtContent>' +
      p('outer') +
      '<w:sdt><w:sdtPr><w:tag w:val="minutebook:action"/><w:id w:val="7"/><w:alias w:val="Action 2.1-A1"/></w:sdtPr><w:sdtContent>' +
      p('inner') +
      '</w:sdtContent></w:sdt></w:sdtContent></w:sdt>' +
      '<w:p><w:r><w:t xml:space="preserve">inline: </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="minutebook:action"/><w:id w:val="8"/></w:sdtPr>' +
      '<w:sdtContent><w:r><w:t>ACTION: AL to go.</w:t></w:r></w:sdtContent></w:sdt></w:p>' +
      p('none');
    expect(readDocx(handBuiltDocx(body)).map((x) => [x.text, x.contentControl])).toEqual([
      ['outer', { tag: 'minutebook:items', id: -12, title: 'Outer' }],
      ['inner', { tag: 'minutebook:action', id: 7, title: 'Action 2.1-A1' }],
      ['inline: ACTION: AL to go.', { tag: 'minutebook:action', id: 8, title: '' }],
      ['none', null],
    ]);
  });

  it('reads a text box once (not its fallback copy) and ignores old properties of tracked formatting changes', () => {
    const textBox = (text: string) => `<w:txbxContent>${p(text)}</w:txbxContent>`;
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange w:id="5" w:author="A"><w:pPr><w:pStyle w:val="Title"/></w:pPr></w:pPrChange></w:pPr>` +
      '<w:r><w:t>Heading</w:t></w:r></w:p>' +
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${textBox('in the box')}</w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict>${textBox('in the box')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>after</w:t></w:r></w:p>`;
    expect(readDocx(handBuiltDocx(body)).map((x) => [x.text, x.style])).toEqual([
      ['Heading', 'Heading1'],
      ['in the box', ''],
      ['after', ''],
    ]);
  });

  it('names styles from styles.xml (built-in names as Word shows them) and gives unstyled paragraphs the default', () => {
    const styles =
      `<w:styles ${NAMESPACES}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
      '<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Minutes Action"/></w:style></w:styles>';
    const body =
      '<w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t>H</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Custom"/></w:pPr><w:r><w:t>C</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:pStyle w:val="Unknown"/></w:pPr><w:r><w:t>U</w:t></w:r></w:p>' +
      p('plain');
    const docx = handBuiltDocx(body, {
      parts: { 'word/styles.xml': styles },
      relationships:
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    });
    expect(readDocx(docx).map((x) => x.style)).toEqual(['Heading 1', 'Minutes Action', 'Unknown', 'Normal']);
  });

  it('reads page headers and footers referenced by the section, each with its own counter', () => {
    const rel = (id: string, type: string, target: string) =>
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
    const body =
      p('body') +
      '<w:sectPr><w:headerReference w:type="default" r:id="rH"/><w:headerReference w:type="first" r:id="rH2"/><w:footerReference w:type="default" r:id="rF"/></w:sectPr>';
    const docx = handBuiltDocx(body, {
      parts: {
        'word/header1.xml': `<w:hdr ${NAMESPACES}>${p('OFFICIAL')}</w:hdr>`,
        'word/header2.xml': `<w:hdr ${NAMESPACES}>${p('OFFICIAL – first page')}</w:hdr>`,
        'word/footer1.xml': `<w:ftr ${NAMESPACES}>${p('DRAFT')}</w:ftr>`,
      },
      relationships:
        rel('rH', 'header', 'header1.xml') +
        rel('rH2', 'header', 'header2.xml') +
        rel('rF', 'footer', 'footer1.xml'),
    });
    expect(readDocx(docx).map((x) => [x.part, x.index, x.text])).toEqual([
      ['body', 0, 'body'],
      ['header', 0, 'OFFICIAL'],
      ['header', 1, 'OFFICIAL – first page'],
      ['footer', 0, 'DRAFT'],
    ]);
  });

  it('reads WordprocessingML whatever prefix the document binds its namespace to', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const xml =
      `<x:document xmlns:x="${W}"><x:body><x:p><x:pPr><x:pStyle x:val="Heading1"/></x:pPr><x:r><x:t>prefixed</x:t></x:r></x:p>` +
      `<p xmlns="${W}"><r><t>default namespace</t></r></p><w:p xmlns:w="urn:not-word"><w:r><w:t>not Word</w:t></w:r></w:p></x:body></x:document>`;
    const docx = zipSync({ 'word/document.xml': strToU8(xml) });
    expect(readDocx(docx).map((x) => [x.text, x.style])).toEqual([
      ['prefixed', 'Heading1'],
      ['default namespace', ''],
    ]);
  });
});
