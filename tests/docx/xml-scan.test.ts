import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { readAttributes, scanXml } from '../../src/docx/xml-scan';
import { propertyRuns } from '../support/property';

type XmlEvent = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/**
 * Adjacent text events joined (parsers may split character data differently; readers only append it), and
 * whitespace outside the root element left out (saxes reports it, it means nothing).
 */
function joinText(events: XmlEvent[]): XmlEvent[] {
  const out: XmlEvent[] = [];
  let depth = 0;
  for (const event of events) {
    if (event[0] === 'open') depth++;
    if (event[0] === 'close') depth--;
    const last = out[out.length - 1];
    if (event[0] === 'text' && depth === 0) continue;
    if (event[0] === 'text' && last?.[0] === 'text') last[1] += event[1];
    else out.push(event[0] === 'text' ? ['text', event[1]] : event);
  }
  return out.filter((e) => e[0] !== 'text' || e[1] !== '');
}

function withScan(xml: string): XmlEvent[] | 'refused' {
  const events: XmlEvent[] = [];
  try {
    scanXml(xml, {
      open: (name, from, to, declaresNamespaces) => {
        const attributes = readAttributes(xml, from, to);
        const declared = Object.keys(attributes).some((a) => a === 'xmlns' || a.startsWith('xmlns:'));
        // a wrong flag would leave namespaces unresolved: make it show as a difference from saxes
        events.push(declaresNamespaces === declared ? ['open', name, attributes] : ['text', 'wrong flag']);
      },
      close: (name) => events.push(['close', name]),
      text: (text) => events.push(['text', text]),
    });
  } catch {
    return 'refused';
  }
  return joinText(events);
}

/** saxes, the general-purpose parser the reader used before: the reference for what well-formed means. */
function withSaxes(xml: string): XmlEvent[] | 'refused' {
  const events: XmlEvent[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) =>
    events.push(['open', tag.name, { ...(tag.attributes as Record<string, string>) }]),
  );
  parser.on('closetag', (tag) => events.push(['close', tag.name]));
  parser.on('text', (text) => events.push(['text', text]));
  parser.on('cdata', (text) => events.push(['text', text]));
  try {
    parser.write(xml).close();
  } catch {
    return 'refused';
  }
  return joinText(events);
}

const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'p', 'a:b', 'w:sdt', 'x-y.z', 'é');
const attributeName = fc.constantFrom('w:val', 'val', 'xmlns:w', 'xml:space', 'r:id', 'w:char');
const characters = fc.constantFrom(
  'a',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  'é',
  '✓',
  '>',
  '"',
  "'",
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#65;',
  '&#x2713;',
  '&#x1F600;',
);
const textOf = (extra: string[]) =>
  fc
    .array(extra.length > 0 ? fc.oneof(characters, fc.constantFrom(...extra)) : characters, { maxLength: 8 })
    .map((a) => a.join(''));
const attributeValue = textOf([]).map((v) => v.replace(/"/g, '&quot;'));
const text = textOf(['<![CDATA[x < y & z]]>', '<!-- note -->']);

interface Element {
  name: string;
  attributes: [string, string][];
  children: (Element | string)[];
}

const element: fc.Arbitrary<Element> = fc.letrec<{ element: Element }>((tie) => ({
  element: fc.record({
    name,
    attributes: fc.uniqueArray(fc.tuple(attributeName, attributeValue), {
      maxLength: 3,
      selector: (a) => a[0],
    }),
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('element')), { maxLength: 4 }),
  }),
})).element;

function serialise(e: Element, gap: string): string {
  const attributes = e.attributes.map(([n, v]) => ` ${n}${gap}="${v}"`).join('');
  if (e.children.length === 0) return `<${e.name}${attributes}${gap}/>`;
  const inner = e.children.map((c) => (typeof c === 'string' ? c : serialise(c, gap))).join('');
  return `<${e.name}${attributes}>${inner}</${e.name}${gap}>`;
}

const documentWith = (declaration: fc.Arbitrary<boolean>) =>
  fc
    .tuple(element, fc.constantFrom('', ' ', '\n'), declaration)
    .map(
      ([root, gap, declared]) =>
        `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}${serialise(root, gap)}`,
    );
const document = documentWith(fc.boolean());

describe('scanXml reads XML as a general-purpose parser (saxes) does', () => {
  it('gives the same elements, attributes and text for any well-formed document', () => {
    fc.assert(
      fc.property(document, (xml) => {
        const expected = withSaxes(xml);
        expect(expected).not.toBe('refused');
        expect(withScan(xml)).toEqual(expected);
      }),
      { numRuns: propertyRuns() },
    );
  });

  it('refuses a document with one character removed or added exactly when saxes does', () => {
    // no XML declaration: its pseudo-attributes (version, encoding) are not checked character by character
    const damage = fc.tuple(
      documentWith(fc.constant(false)),
      fc.nat(),
      fc.constantFrom(
        '',
        '<',
        '>',
        '/',
        '"',
        "'",
        '&',
        '=',
        ' ',
        'x',
        '!',
        '?',
        '-',
        ';',
        '#',
        ':',
        ']',
        '</w:p>',
      ),
    );
    fc.assert(
      fc.property(damage, ([xml, at, insert]) => {
        const cut = at % xml.length;
        const damaged =
          insert === ''
            ? xml.slice(0, cut) + xml.slice(cut + 1)
            : xml.slice(0, cut) + insert + xml.slice(cut);
        expect(withScan(damaged)).toEqual(withSaxes(damaged));
      }),
      { numRuns: propertyRuns() },
    );
  });

  it.each([
    ['a close tag that does not match', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', '<a/>text'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an attribute given twice', '<a x="1" x="2"/>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a < in an attribute value', '<a x="<"/>'],
    ['an empty document', ''],
    ['a DOCTYPE (Office Open XML allows none)', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
  ])('refuses %s', (_, xml) => {
    expect(withScan(xml)).toBe('refused');
  });
});
