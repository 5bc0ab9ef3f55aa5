import { isW, type ListReference, readListReference, wAttr } from './paragraph-collector';
import type { XmlHandler, XmlTag } from './xml-parse';

/** Reads styles.xml: style id → name, and the default paragraph style. */
export class StylesCollector implements XmlHandler {
  readonly names = new Map<string, string>();
  /** A paragraph style's own list (Word's "List Number", numbered headings), and the style it is based on. */
  readonly numbering = new Map<string, ListReference>();
  readonly basedOn = new Map<string, string>();
  defaultParagraphStyle = '';
  private current: string | null = null;

  open(tag: XmlTag): void {
    if (isW(tag, 'style')) {
      this.current = wAttr(tag, 'styleId') ?? null;
      if (this.current && wAttr(tag, 'type') === 'paragraph' && isOn(wAttr(tag, 'default'))) {
        this.defaultParagraphStyle = this.current;
      }
    } else if (this.current && isW(tag, 'name')) {
      const name = wAttr(tag, 'val');
      if (name) this.names.set(this.current, name);
    } else if (this.current && isW(tag, 'basedOn')) {
      const base = wAttr(tag, 'val');
      if (base) this.basedOn.set(this.current, base);
    } else if (this.current && (isW(tag, 'numId') || isW(tag, 'ilvl'))) {
      const style = { numbering: this.numbering.get(this.current) ?? null };
      readListReference(style, tag.local as 'numId' | 'ilvl', wAttr(tag, 'val'));
      if (style.numbering) this.numbering.set(this.current, style.numbering);
    }
  }

  /** The list a style numbers its paragraphs in, its own or inherited (a few steps up, never round a loop). */
  listOf(styleId: string): ListReference | null {
    let id: string | undefined = styleId || this.defaultParagraphStyle;
    for (let step = 0; id && step < 10; step += 1) {
      const own = this.numbering.get(id);
      if (own) return own;
      id = this.basedOn.get(id);
    }
    return null;
  }

  close(tag: XmlTag): void {
    if (isW(tag, 'style')) this.current = null;
  }

  text(): void {}
}

function isOn(value: string | undefined): boolean {
  return value === '1' || value === 'true' || value === 'on';
}

/** Word stores built-in names in lower case ("heading 1") but shows them capitalised, as Office.js reports them. */
function displayName(name: string): string {
  return /^(heading \d|title|subtitle|normal)$/.test(name) ? name[0]!.toUpperCase() + name.slice(1) : name;
}

/** The style a paragraph reports: its style's name where styles.xml gives one, else the id. */
export function styleNameOf(styleId: string, styles: StylesCollector | null): string {
  const id = styleId || styles?.defaultParagraphStyle || '';
  if (!id) return '';
  const name = styles?.names.get(id);
  return name ? displayName(name) : id;
}
