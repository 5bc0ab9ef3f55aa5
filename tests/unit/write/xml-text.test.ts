import fc from 'fast-check';
import { escapeXml, normaliseTypedText, runContentXml, runXml } from '../../../src/core/write/xml-text';
import { propertyRuns } from '../../support/property';
import { parseTree } from './xml-tree';
import { typedText } from './typed-text';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** What a run reads back as: w:t text, w:tab as tab, w:br as line break. */
function readRun(runXmlText: string): string {
  const root = parseTree(`<w:r ${W}>${runXmlText}</w:r>`);
  const run = root.children[0]!;
  return run.children.map((c) => (c.name === 'w:tab' ? '\t' : c.name === 'w:br' ? '\n' : c.text)).join('');
}

describe('typed text in XML', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
  });

  it('turns a tab into w:tab and every kind of typed line break into w:br', () => {
    expect(runContentXml('a\tb')).toBe(
      '<w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t>',
    );
    for (const lineBreak of ['\n', '\r\n', '\r', '\v', '\u2028']) {
      expect(runContentXml(`x${lineBreak}y`)).toBe(
        '<w:t xml:space="preserve">x</w:t><w:br/><w:t xml:space="preserve">y</w:t>',
      );
    }
  });

  it('keeps leading and trailing spaces with xml:space="preserve"', () => {
    expect(runContentXml('  two spaces  ')).toBe('<w:t xml:space="preserve">  two spaces  </w:t>');
  });

  it('drops characters XML 1.0 forbids: other controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(normaliseTypedText('a\u0000b\u0001c\u001Fd\fe\uFFFEf\uFFFFg')).toBe('abcdefg');
    expect(normaliseTypedText('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
  });

  it('keeps emoji (surrogate pairs) and right-to-left text intact', () => {
    expect(normaliseTypedText('👩🏽‍⚖️ שלום مرحبا')).toBe('👩🏽‍⚖️ שלום مرحبا');
    expect(readRun(runContentXml('👍 שלום'))).toBe('👍 שלום');
  });

  it('gives no run at all for empty text, and a bold run when asked', () => {
    expect(runXml('')).toBe('');
    expect(runXml('\u0000')).toBe('');
    expect(runXml('Date: ', { bold: true })).toBe(
      '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Date: </w:t></w:r>',
    );
  });

  it('any typed text makes a well-formed run that reads back as normaliseTypedText says', () => {
    fc.assert(
      fc.property(typedText(20), (text) => {
        expect(readRun(runContentXml(text))).toBe(normaliseTypedText(text));
      }),
      { numRuns: propertyRuns() },
    );
  });
});
