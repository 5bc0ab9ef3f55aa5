import type { XmlHandler, XmlTag } from './xml-parse';

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Collects `Relationship` elements of a .rels part. */
export class RelationshipsCollector implements XmlHandler {
  readonly relationships: Relationship[] = [];

  open(tag: XmlTag): void {
    if (tag.local !== 'Relationship') return;
    const attr = (name: string) => tag.attribute(null, name) ?? '';
    if (attr('TargetMode') === 'External') return;
    this.relationships.push({ id: attr('Id'), type: attr('Type'), target: attr('Target') });
  }

  close(): void {}
  text(): void {}
}

/** The part a relationship points to, as a zip entry name (no leading slash), relative to `fromPart`'s folder. */
export function resolveTarget(fromPart: string, target: string): string {
  const base = target.startsWith('/') ? [] : fromPart.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** Where a part's relationships are stored: word/document.xml → word/_rels/document.xml.rels. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relationshipOfType(
  relationships: readonly Relationship[],
  type: string,
): Relationship | undefined {
  return relationships.find((r) => r.type.endsWith(`/${type}`));
}
