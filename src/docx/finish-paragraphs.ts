import type { SourceParagraph } from '../core/model/paragraph';
import type { ParagraphSink } from './paragraph-collector';
import { styleNameOf, type StylesCollector } from './styles-collector';

/** Body paragraphs, then header and footer paragraphs (each with its own index counter), styles named. */
export function finishParagraphs(sinks: ParagraphSink[], styles: StylesCollector | null): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  const names = new Map<string, string>();
  const nameOf = (styleId: string) => {
    let name = names.get(styleId);
    if (name === undefined) names.set(styleId, (name = styleNameOf(styleId, styles)));
    return name;
  };
  for (const sink of sinks) {
    for (const raw of sink.paragraphs) {
      out.push({
        index: raw.index,
        text: raw.text,
        style: nameOf(raw.styleId),
        table: raw.table,
        contentControl: raw.contentControl,
        part: raw.part,
      });
    }
  }
  return out;
}
