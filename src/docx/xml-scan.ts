/** What the scanner reports: element names as written (prefix included), attributes by qualified name. */
export interface XmlScanHandler {
  /**
   * The attributes are checked but not read: readAttributes(xml, from, to) reads them when needed.
   * `declaresNamespaces`: some attribute is `xmlns` or `xmlns:…`, so the scope may change here.
   */
  open(name: string, from: number, to: number, declaresNamespaces: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Thrown for XML that is not well-formed; the message says what and where (character offset). */
export class XmlSyntaxError extends Error {
  constructor(what: string, at: number) {
    super(`${what} (at character ${at})`);
    this.name = 'XmlSyntaxError';
  }
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const EQUALS = 61;
const QUOTE = 34;
const APOSTROPHE = 39;
const LT = 60;
const AMPERSAND = 38;
const COLON = 58;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** A character inside a name: letters, digits, `-`, `.`, `_`, `:` or non-ASCII. */
function inName(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 58) ||
    code === 45 ||
    code === 46 ||
    code === 95 ||
    code >= 0xb7
  );
}

/** A name's first character: a letter, `_`, `:` or any non-ASCII character (as XML 1.0 fifth edition allows). */
function startsName(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 58 || code >= 0xc0
  );
}

function decodeEntities(raw: string, at: number): string {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0) throw new XmlSyntaxError('an & that starts no entity', at + amp);
    const name = raw.slice(amp + 1, semi);
    let value: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
        ? Number.parseInt(name.slice(2), 16)
        : /^#[0-9]{1,7}$/.test(name)
          ? Number.parseInt(name.slice(1), 10)
          : NaN;
      const allowed =
        code === 9 ||
        code === 10 ||
        code === 13 ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (allowed) value = String.fromCodePoint(code);
    } else if (Object.prototype.hasOwnProperty.call(PREDEFINED, name)) {
      value = PREDEFINED[name];
    }
    if (value === undefined) throw new XmlSyntaxError(`an unknown entity &${name};`, at + amp);
    out += raw.slice(from, amp) + value;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

/** Character data as the XML spec hands it on: line ends normalised, entities decoded. */
function textOf(raw: string, at: number): string {
  const normal = raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw;
  return normal.indexOf('&') >= 0 ? decodeEntities(normal, at) : normal;
}

/** An attribute value as the XML spec hands it on: whitespace characters become spaces, entities decoded. */
function attributeValueOf(raw: string, at: number): string {
  const normal = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return normal.indexOf('&') >= 0 ? decodeEntities(normal, at) : normal;
}

/**
 * One pass over an XML document, checking it is well-formed (one root, tags nested and matched, names, quoted
 * and unique attributes, known entities) and reporting elements and character data. Far faster than a
 * general-purpose parser on a large Word part. No DTD: OOXML forbids one, so a DOCTYPE is refused.
 */
export function scanXml(xml: string, handler: XmlScanHandler): void {
  const open: string[] = [];
  let sawRoot = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (open.length === 0) {
        if (raw.trim() !== '') throw new XmlSyntaxError('text outside the root element', at);
      } else {
        if (raw.indexOf(']]>') >= 0) throw new XmlSyntaxError(']]> in text', at);
        handler.text(textOf(raw, at));
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === SLASH) at = closeTag(xml, lt, open, handler);
    else if (next === BANG) at = markupDeclaration(xml, lt, open.length > 0, handler);
    else if (next === QUESTION) at = processingInstruction(xml, lt);
    else {
      if (open.length === 0 && sawRoot) throw new XmlSyntaxError('a second root element', lt);
      sawRoot = true;
      at = startTag(xml, lt, open, handler);
    }
  }
  if (open.length > 0) throw new XmlSyntaxError(`<${open[open.length - 1]}> is never closed`, length);
  if (!sawRoot) throw new XmlSyntaxError('no root element', length);
}

/** Where each attribute name of the tag being read starts and ends, for the duplicate check (reused). */
const nameStarts: number[] = [];
const nameEnds: number[] = [];

function sameText(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (; a < aEnd; a++, b++) if (xml.charCodeAt(a) !== xml.charCodeAt(b)) return false;
  return true;
}

/**
 * Checks a start tag and reports it. Attributes are checked here but only located (from, to): most elements'
 * attributes are never read, and building them all would cost more than the whole check.
 */
function startTag(xml: string, lt: number, open: string[], handler: XmlScanHandler): number {
  let p = lt + 1;
  if (!startsName(xml.charCodeAt(p))) throw new XmlSyntaxError('a < that starts no tag', lt);
  while (inName(xml.charCodeAt(p))) p++;
  const name = xml.slice(lt + 1, p);
  const from = p;
  let count = 0;
  let declaresNamespaces = false;
  for (;;) {
    const before = p;
    while (isSpace(xml.charCodeAt(p))) p++;
    const code = xml.charCodeAt(p);
    if (code === GT) {
      open.push(name);
      handler.open(name, from, p, declaresNamespaces);
      return p + 1;
    }
    if (code === SLASH && xml.charCodeAt(p + 1) === GT) {
      handler.open(name, from, p, declaresNamespaces);
      handler.close(name);
      return p + 2;
    }
    if (p === before || !startsName(code)) throw new XmlSyntaxError(`a malformed tag <${name}>`, p);
    const nameStart = p;
    while (inName(xml.charCodeAt(p))) p++;
    const nameEnd = p;
    while (isSpace(xml.charCodeAt(p))) p++;
    if (xml.charCodeAt(p) !== EQUALS) throw new XmlSyntaxError(`an attribute of <${name}> has no value`, p);
    p++;
    while (isSpace(xml.charCodeAt(p))) p++;
    const quote = xml.charCodeAt(p);
    if (quote !== QUOTE && quote !== APOSTROPHE)
      throw new XmlSyntaxError(`an attribute of <${name}> is not quoted`, p);
    const close = xml.indexOf(quote === QUOTE ? '"' : "'", p + 1);
    if (close < 0) throw new XmlSyntaxError(`an attribute of <${name}> is never closed`, p);
    let entities = false;
    for (let at = p + 1; at < close; at++) {
      const c = xml.charCodeAt(at);
      if (c === LT) throw new XmlSyntaxError('a < inside an attribute value', at);
      if (c === AMPERSAND) entities = true;
    }
    if (entities) decodeEntities(xml.slice(p + 1, close), p + 1);
    for (let k = 0; k < count; k++) {
      if (sameText(xml, nameStarts[k]!, nameEnds[k]!, nameStart, nameEnd))
        throw new XmlSyntaxError(`an attribute of <${name}> given twice`, nameStart);
    }
    nameStarts[count] = nameStart;
    nameEnds[count] = nameEnd;
    count++;
    if (
      xml.startsWith('xmlns', nameStart) &&
      (nameEnd - nameStart === 5 || xml.charCodeAt(nameStart + 5) === COLON)
    )
      declaresNamespaces = true;
    p = close + 1;
  }
}

/** The attributes scanXml located (from, to) in a start tag it has checked, by qualified name. */
export function readAttributes(xml: string, from: number, to: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let p = from;
  for (;;) {
    while (p < to && isSpace(xml.charCodeAt(p))) p++;
    if (p >= to) return attributes;
    const nameStart = p;
    while (inName(xml.charCodeAt(p))) p++;
    const name = xml.slice(nameStart, p);
    p = xml.indexOf('=', p) + 1;
    while (isSpace(xml.charCodeAt(p))) p++;
    const close = xml.indexOf(xml.charCodeAt(p) === QUOTE ? '"' : "'", p + 1);
    attributes[name] = attributeValueOf(xml.slice(p + 1, close), p + 1);
    p = close + 1;
  }
}

function closeTag(xml: string, lt: number, open: string[], handler: XmlScanHandler): number {
  const name = open.pop();
  if (name === undefined) throw new XmlSyntaxError('an unexpected close tag', lt);
  let p = lt + 2;
  for (let i = 0; i < name.length; i++, p++) {
    if (xml.charCodeAt(p) !== name.charCodeAt(i))
      throw new XmlSyntaxError(`an unexpected close tag (<${name}> is open)`, lt);
  }
  while (isSpace(xml.charCodeAt(p))) p++;
  if (xml.charCodeAt(p) !== GT) throw new XmlSyntaxError(`an unexpected close tag (<${name}> is open)`, lt);
  handler.close(name);
  return p + 1;
}

function markupDeclaration(xml: string, lt: number, inRoot: boolean, handler: XmlScanHandler): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw new XmlSyntaxError('a comment that is never closed', lt);
    const body = xml.slice(lt + 4, end);
    if (body.includes('--') || body.endsWith('-')) throw new XmlSyntaxError('-- inside a comment', lt);
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    if (!inRoot) throw new XmlSyntaxError('CDATA outside the root element', lt);
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw new XmlSyntaxError('a CDATA section that is never closed', lt);
    const raw = xml.slice(lt + 9, end);
    handler.text(raw.indexOf('\r') >= 0 ? raw.replace(/\r\n?/g, '\n') : raw);
    return end + 3;
  }
  if (xml.startsWith('<!DOCTYPE', lt))
    throw new XmlSyntaxError('a DOCTYPE, which Office Open XML does not allow', lt);
  throw new XmlSyntaxError('a malformed <! declaration', lt);
}

function processingInstruction(xml: string, lt: number): number {
  const end = xml.indexOf('?>', lt + 2);
  if (end < 0) throw new XmlSyntaxError('a processing instruction that is never closed', lt);
  let p = lt + 2;
  if (!startsName(xml.charCodeAt(p))) throw new XmlSyntaxError('a malformed processing instruction', lt);
  while (inName(xml.charCodeAt(p))) p++;
  if (p !== end && !isSpace(xml.charCodeAt(p)))
    throw new XmlSyntaxError('a malformed processing instruction', lt);
  if (xml.slice(lt + 2, p).toLowerCase() === 'xml' && lt !== 0)
    throw new XmlSyntaxError('an XML declaration that is not at the start', lt);
  return end + 2;
}
