import { readAttributes, scanXml } from './xml-scan';

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
  private read: Record<string, string> | null = null;

  constructor(
    readonly local: string,
    readonly uri: string,
    private readonly scope: ReadonlyMap<string, string>,
    private readonly xml: string,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get attributes(): Record<string, string> {
    return (this.read ??= readAttributes(this.xml, this.from, this.to));
  }

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
 * One pass over an XML string, with namespaces resolved; throws on XML that is not well-formed (scanXml).
 */
export function parseXml(xml: string, handler: XmlHandler): void {
  let scope = new Map<string, string>([['xml', XML_NAMESPACE]]);
  const scopes: Map<string, string>[] = [];
  const tags: XmlTag[] = [];
  // A document uses a few dozen element names, each many thousands of times: split each once.
  const names = new Map<string, QualifiedName>();
  scanXml(xml, {
    open(name, from, to, declaresNamespaces) {
      scopes.push(scope);
      if (declaresNamespaces) {
        const attributes = readAttributes(xml, from, to);
        scope = new Map(scope);
        for (const attribute in attributes) {
          if (attribute === 'xmlns') scope.set('', internalised(attributes[attribute]!));
          else if (attribute.startsWith('xmlns:'))
            scope.set(attribute.slice(6), internalised(attributes[attribute]!));
        }
      }
      let qualified = names.get(name);
      if (!qualified) {
        const colon = name.indexOf(':');
        qualified = {
          prefix: colon < 0 ? '' : internalised(name.slice(0, colon)),
          local: internalised(colon < 0 ? name : name.slice(colon + 1)),
        };
        names.set(name, qualified);
      }
      const tag = new Tag(qualified.local, scope.get(qualified.prefix) ?? '', scope, xml, from, to);
      tags.push(tag);
      handler.open(tag);
    },
    close() {
      const tag = tags.pop();
      scope = scopes.pop() ?? scope;
      if (tag) handler.close(tag);
    },
    text: (text) => handler.text(text),
  });
}
