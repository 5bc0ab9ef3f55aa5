import type { SourceParagraph } from '../core/model/paragraph';
import { ListCounter, type NumberingCollector } from './numbering';
import type { ParagraphSink, RawParagraph } from './paragraph-collector';
import { styleNameOf, type StylesCollector } from './styles-collector';

/**
 * Body paragraphs, then header and footer paragraphs (each with its own index counter), styles named, and each
 * list paragraph of the body given the number Word shows for it (`listString`), counted in reading order.
 */
export function finishParagraphs(
  sinks: ParagraphSink[],
  styles: StylesCollector | null,
  numbering: NumberingCollector | null = null,
): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const counter = numbering ? new ListCounter(numbering) : null;
  const names = new Map<string, string>();
  const nameOf = (styleId: string) => {
    let name = names.get(styleId);
    if (name === undefined) names.set(styleId, (name = styleNameOf(styleId, styles)));
    return name;
  };
  for (const sink of sinks) {
    for (const raw of sink.paragraphs) {
      const list = counter && sink.part === 'body' ? listLabel(raw, styles, counter) : null;
      out.push({
        index: raw.index,
        text: raw.text,
        style: nameOf(raw.styleId),
        table: raw.table,
        contentControl: raw.contentControl,
        part: raw.part,
        ...(list === null ? {} : { listString: list.listString, listLevel: list.level }),
      });
    }
  }
  return out;
}

/** The paragraph's list label and level: its own list reference over its style's, "0" meaning no list. */
function listLabel(
  raw: RawParagraph,
  styles: StylesCollector | null,
  counter: ListCounter,
): { listString: string; level: number } | null {
  const own = raw.numbering;
  const style = styles ? styles.listOf(raw.styleId) : null;
  if (!own && !style) return null;
  const numId = own?.numId ?? style?.numId ?? null;
  if (!numId || numId === '0') return null;
  const level = own?.ilvl ?? style?.ilvl ?? 0;
  const listString = counter.label(numId, level);
  // Word has nine levels (0–8); a file that says more is read as the deepest.
  return listString === null ? null : { listString, level: Math.min(level, 8) };
}
