import { SaxesParser } from 'saxes';

/** An element as the readers see it: local name, namespace URI, and a way to find namespaced attributes. */
export interface XmlTag {
  local: string;
  uri: string;
  /** Attributes as written (qualified names), read on first use. */
  readonly attributes: Record<string, string>;
  /** The value of the attribute `local` in one of the namespaces `uris` (or with no namespace when uris is null). */
  attribute(uris: ReadonlySet<string> | null, local: string): string | undefined;
}

/** Receives one part's XML events. */
export interface XmlHandler {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** A class rather than object literals with closures: hundreds of thousands are made per document. */
class Tag implements XmlTag {
  constructor(
    readonly local: string,
    readonly uri: string,
    readonly attributes: Record<string, string>,
    private readonly scope: ReadonlyMap<string, string>,
  ) {}

  attribute(uris: ReadonlySet<string> | null, local: string): string | undefined {
    const attributes = this.attributes;
    for (const name in attributes) {
      const at = name.indexOf(':');
      if ((at < 0 ? name : name.slice(at + 1)) !== local) continue;
      if (uris === null ? at < 0 : at >= 0 && uris.has(this.scope.get(name.slice(0, at)) ?? ''))
        return attributes[name];
    }
    return undefined;
  }
}

interface QualifiedName {
  prefix: string;
  local: string;
}

/**
 * The same string, internalised (property keys are): readers compare local names and namespace URIs with
 * constants hundreds of thousands of times per document, and internalised strings compare by identity
 * (a URI sliced from the document would be compared character by character every time).
 */
function internalised(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}

/**
 * One streaming pass over XML text, one string or in pieces, with saxes (well-kept, strict: it throws on XML that is not
 * well-formed). Namespaces are resolved here rather than by saxes: its namespace mode costs about 40% more
 * on a large document.
 */
export function parseXml(xml: string | readonly string[], handler: XmlHandler): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let scope = new Map<string, string>([['xml', XML_NAMESPACE]]);
  const scopes: Map<string, string>[] = [];
  const tags: XmlTag[] = [];
  // A document uses a few dozen element names, each many thousands of times: split each once.
  const names = new Map<string, QualifiedName>();
  parser.on('opentag', (raw) => {
    scopes.push(scope);
    const attributes = raw.attributes as Record<string, string>;
    for (const attribute in attributes) {
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
        if (scopes[scopes.length - 1] === scope) scope = new Map(scope);
        scope.set(attribute === 'xmlns' ? '' : attribute.slice(6), internalised(attributes[attribute]!));
      }
    }
    let qualified = names.get(raw.name);
    if (!qualified) {
      const colon = raw.name.indexOf(':');
      qualified = {
        prefix: colon < 0 ? '' : internalised(raw.name.slice(0, colon)),
        local: internalised(colon < 0 ? raw.name : raw.name.slice(colon + 1)),
      };
      names.set(raw.name, qualified);
    }
    const tag = new Tag(qualified.local, scope.get(qualified.prefix) ?? '', attributes, scope);
    tags.push(tag);
    handler.open(tag);
  });
  parser.on('closetag', () => {
    const tag = tags.pop();
    scope = scopes.pop() ?? scope;
    if (tag) handler.close(tag);
  });
  parser.on('text', (text) => handler.text(text));
  parser.on('cdata', (text) => handler.text(text));
  parser.on('error', (error) => {
    throw error;
  });
  if (typeof xml === 'string') parser.write(xml);
  else for (const chunk of xml) parser.write(chunk);
  parser.close();
}
