/**
 * After a failed batch: Word keeps what ran before the failing command, so a paragraph the add-in had just
 * added may still be there. Remove it if it still holds exactly what we put there (two more syncs, on the
 * failure path only). Call it only when the failure came after the paragraph was made: `findAgain` names the
 * paragraph after the insertion point, which is the user's own when nothing was inserted. (A proxy made in the
 * failed batch itself only works where Word answers a failed batch's earlier actions, which is not known.) Returns what is left
 * in the document, in words ('' when nothing).
 */
export async function removeOwnParagraph(
  context: Word.RequestContext,
  findAgain: Word.Paragraph | (() => Word.Paragraph),
  expectedText: string,
  describe: string,
): Promise<string> {
  const leftBehind = `${describe} may be left near your cursor; delete it if you see it.`;
  try {
    // The paragraph's own proxy came from the failed batch; it is found again from the first sync's objects.
    const added = typeof findAgain === 'function' ? findAgain() : findAgain;
    added.load('text');
    await context.sync();
    if (added.text !== expectedText) return leftBehind;
    added.delete();
    await context.sync();
    return '';
  } catch (error) {
    // Word never made the paragraph (the batch failed before it), or it cannot be reached any more.
    return isMissing(error) ? '' : leftBehind;
  }
}

function isMissing(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'ItemNotFound' || code === 'InvalidObjectPath';
}
