import { TAGS, type InsertResult, type OoxmlBlock } from '../core/port';
import { officeErrorLocation, toDocumentOperationError } from './errors';
import {
  insertParagraphAt,
  isMinutebookTag,
  lookUpInsertionPoint,
  type InsertedParagraph,
} from './insertion-point';
import { removeOwnParagraph } from './leftover';
import {
  lookUpMarking,
  lookUpOtherMarkings,
  queueMarkingWrite,
  type MarkingLookup,
  type PageTexts,
} from './page-marking';

const BLOCK_NAMES: Record<OoxmlBlock['kind'], string> = {
  header: 'meeting header',
  attendance: 'attendance table',
  items: 'items table',
  actions: 'action summary',
};

/**
 * One block after the cursor's paragraph: an empty anchor paragraph the add-in makes, then one insertOoxml into
 * it (the package ends with an empty paragraph, which merges into the anchor). The page header/footer text goes
 * into our own marking paragraph. Sync 1 reads where the cursor is and our marking controls, sync 2 writes.
 * A block with a page header/footer text also marks the FirstPage and EvenPages ones the section has: one sync
 * each to ask, between the two (page-marking.ts), so such a block costs 4 syncs, any other 2.
 */
export async function insertBlock(context: Word.RequestContext, block: OoxmlBlock): Promise<InsertResult> {
  const operation = `Insert ${BLOCK_NAMES[block.kind]}`;
  const point = lookUpInsertionPoint(context, { leaveTables: true });
  const section = context.document.sections.getFirst();
  const texts: PageTexts = {
    ...(typeof block.pageHeader === 'string' ? { header: block.pageHeader } : {}),
    ...(typeof block.pageFooter === 'string' ? { footer: block.pageFooter } : {}),
  };
  const markings: MarkingLookup[] = [];
  if (texts.header !== undefined) markings.push(lookUpMarking(section, 'header', texts.header));
  if (texts.footer !== undefined) markings.push(lookUpMarking(section, 'footer', texts.footer));
  try {
    await context.sync();
    if (markings.length > 0) markings.push(...(await lookUpOtherMarkings(context, section, texts)));
  } catch (error) {
    throw toDocumentOperationError(operation, error);
  }

  const anchor = insertParagraphAt(point, '', isMinutebookTag);
  const inserted = anchor.paragraph.insertOoxml(block.ooxml, 'Replace');
  const control = inserted.contentControls.getByTag(TAGS[block.kind]).getFirstOrNullObject();
  control.load('id');
  markings.forEach(queueMarkingWrite);
  try {
    await context.sync();
  } catch (error) {
    const changed = await describeWhatStayed(context, anchor, error, markings.length > 0);
    throw toDocumentOperationError(operation, error, changed);
  }
  return { contentControlId: control.isNullObject ? null : control.id };
}

/** Commands of the write batch that make the anchor: failing there, nothing was made. */
const MAKING_THE_ANCHOR = new Set([
  'Paragraph.insertParagraph',
  'Table.insertParagraph',
  'ContentControl.insertParagraph',
]);
/** Commands after the anchor and before the block is in: failing there, the anchor is left to take out. */
const BEFORE_THE_BLOCK = new Set([
  'Paragraph.styleBuiltIn',
  'Paragraph.detachFromList',
  'Paragraph.insertOoxml',
]);

/** The write batch failed part-way. Before the block went in: take our anchor out again. After: say so. */
async function describeWhatStayed(
  context: Word.RequestContext,
  anchor: InsertedParagraph,
  error: unknown,
  hasMarking: boolean,
): Promise<string> {
  const at = officeErrorLocation(error);
  if (MAKING_THE_ANCHOR.has(at)) return '';
  if (BEFORE_THE_BLOCK.has(at))
    return removeOwnParagraph(context, anchor.findAgain, '', 'An empty paragraph');
  if (at === '')
    return 'The block may have been inserted after your cursor; check the document before trying again.';
  return hasMarking
    ? 'The block was inserted, but the protective marking or status in the page header/footer was not set.'
    : 'The block was inserted, but Word did not confirm it; check the document before inserting it again.';
}
