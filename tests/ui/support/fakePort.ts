import { MemoryDocumentPort } from '../../../src/memory/port';
import { paragraph, type SourceParagraph } from '../../../src/core/model';
import type { HostInfo } from '../../../src/host/types';

/**
 * The in-memory document the pane tests drive, with counters for what the views asked of it. Inserted
 * blocks come back as one paragraph each, so the tests need no OOXML reader.
 */
export function makePort(texts: readonly string[] = []) {
  const insertedXml: string[] = [];
  const port = new MemoryDocumentPort({
    paragraphs: texts.map((text, i) => paragraph(i, text)),
    ooxmlToParagraphs: (xml) => {
      insertedXml.push(xml);
      return [paragraph(0, 'Summary of actions arising')];
    },
  });
  const reads = jest.spyOn(port, 'readParagraphs');
  const goTo = jest.spyOn(port, 'goTo');
  const insertBlock = jest.spyOn(port, 'insertBlock');
  return { port, reads, goTo, insertBlock, insertedXml };
}

/** Simulates the user typing in the document: the port tells its listeners. */
export function editDocument(port: MemoryDocumentPort, texts: readonly string[]): void {
  port.replaceBody(texts.map((text, i): SourceParagraph => paragraph(i, text)));
}

export function makeHost(overrides: Partial<HostInfo> = {}): HostInfo {
  return {
    inOffice: true,
    platform: 'OfficeOnline',
    displayLanguage: 'en-GB',
    theme: 'light',
    supportsWordApi: () => true,
    requestedView: null,
    ...overrides,
  };
}
