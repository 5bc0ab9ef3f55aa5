import { fingerprintOf, type DocumentFingerprint } from '../core/fingerprint';

/**
 * The body's fingerprint in 1 sync: only each paragraph's text, none of the parents the full read asks for
 * (controls, cells), which are most of a read's request.
 */
export async function documentFingerprint(context: Word.RequestContext): Promise<DocumentFingerprint> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/text');
  await context.sync();
  return fingerprintOf(paragraphs.items.map((p) => p.text));
}
