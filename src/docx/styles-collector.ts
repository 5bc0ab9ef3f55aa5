import { isW, wAttr } from './paragraph-collector';
import type { XmlHandler, XmlTag } from './xml-parse';

/** Reads styles.xml: style id → name, and the default paragraph style. */
export class StylesCollector implements XmlHandler {
  readonly names = new Map<string, string>();
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
    }
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
