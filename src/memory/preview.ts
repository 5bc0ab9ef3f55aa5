import { readFlatOoxml } from '../docx/flat';
import { textToParagraphs } from '../core/read/text';
import { MemoryDocumentPort } from './port';
import { SAMPLE_DOCUMENT_TEXT } from './sample';

/**
 * The document the browser preview works on (`taskpane.html?preview=1`): the sample text in memory, the same
 * OOXML reader the CLI uses, and a short wait per operation so progress is visible. Loaded lazily by the pane.
 */
export function createPreviewPort(text: string = SAMPLE_DOCUMENT_TEXT, latencyMs = 150): MemoryDocumentPort {
  return new MemoryDocumentPort({
    paragraphs: textToParagraphs(text),
    ooxmlToParagraphs: readFlatOoxml,
    latencyMs,
  });
}
