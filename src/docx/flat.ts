import type { SourceParagraph } from '../core/model/paragraph';
import { ParagraphCollector, createSink, type PartKind } from './paragraph-collector';
import { StylesCollector } from './styles-collector';
import { finishParagraphs } from './finish-paragraphs';
import { parseXml, type XmlHandler, type XmlTag } from './xml-parse';

const PKG_NAMESPACE = 'http://schemas.microsoft.com/office/2006/xmlPackage';

const PKG = new Set([PKG_NAMESPACE]);

function pkgAttr(tag: XmlTag, local: string): string {
  return tag.attribute(PKG, local) ?? '';
}

function kindOfPart(name: string, contentType: string): PartKind | 'styles' | null {
  if (name === '/word/document.xml' || contentType.includes('document.main+xml')) return 'body';
  if (contentType.includes('wordprocessingml.header+xml')) return 'header';
  if (contentType.includes('wordprocessingml.footer+xml')) return 'footer';
  if (name === '/word/styles.xml' || contentType.includes('wordprocessingml.styles+xml')) return 'styles';
  return null;
}

/**
 * Reads a flat OOXML package (`pkg:package`, what Word's insertOoxml takes and getOoxml gives) into the
 * reader's paragraphs, exactly as readDocx reads a .docx: body, then header and footer parts in package order.
 */
export function readFlatOoxml(pkgXml: string): SourceParagraph[] {
  const sinks = { body: createSink('body'), header: createSink('header'), footer: createSink('footer') };
  const styles = new StylesCollector();
  let sawStyles = false;
  let current: (XmlHandler & { end?: () => void }) | null = null;
  let depth = 0;
  parseXml(pkgXml, {
    open(tag) {
      if (current) {
        depth++;
        current.open(tag);
      } else if (tag.uri === PKG_NAMESPACE && tag.local === 'part') {
        const kind = kindOfPart(pkgAttr(tag, 'name'), pkgAttr(tag, 'contentType'));
        if (kind === 'styles') {
          sawStyles = true;
          current = styles;
        } else if (kind) {
          current = new ParagraphCollector(sinks[kind]);
        }
        depth = 0;
      }
    },
    close(tag) {
      if (!current) return;
      if (depth === 0) {
        current.end?.();
        current = null;
        return;
      }
      depth--;
      current.close(tag);
    },
    text(text) {
      current?.text(text);
    },
  });
  return finishParagraphs([sinks.body, sinks.header, sinks.footer], sawStyles ? styles : null);
}
