import { officeErrorCode } from './errors';
import { MARKING_TAG, MARKING_TITLE } from './tags';

/**
 * The protective marking and status go into the first section's page header/footer as our own paragraph in a
 * `minutebook:marking` control, so the user's header text is never overwritten.
 * Step 1 (queued before a sync): find our control. Step 2 (after it): update it, or add it.
 *
 * Every section has a Primary header and footer. FirstPage ones exist only with "different first page" and
 * EvenPages ones only with "different odd and even pages"; WordApi 1.3 cannot ask which a section uses, and using
 * a type the section lacks fails the whole batch with GeneralException (office-js-docs-reference#1202). So the
 * Primary ones go with the block's own batch, and each other type is looked up in a batch of its own
 * (`lookUpOtherMarkings`): a GeneralException there means "this section has none", and nothing is written.
 */
export interface MarkingLookup {
  body: Word.Body;
  controls: Word.ContentControlCollection;
  text: string;
}

type Where = 'header' | 'footer';

export function lookUpMarking(
  section: Word.Section,
  where: Where,
  text: string,
  type: Word.HeaderFooterType | 'Primary' | 'FirstPage' | 'EvenPages' = 'Primary',
): MarkingLookup {
  const body = where === 'header' ? section.getHeader(type) : section.getFooter(type);
  const controls = body.contentControls.getByTag(MARKING_TAG);
  controls.load('items/id');
  return { body, controls, text };
}

export function queueMarkingWrite(lookup: MarkingLookup): void {
  const existing = lookup.controls.items[0];
  if (existing) {
    existing.insertText(lookup.text, 'Replace');
    return;
  }
  if (lookup.text === '') return;
  const paragraph = lookup.body.insertParagraph(lookup.text, 'End');
  const control = paragraph.insertContentControl();
  control.tag = MARKING_TAG;
  control.title = MARKING_TITLE;
}

export interface PageTexts {
  header?: string;
  footer?: string;
}

/** The header and footer of one type share "different first page" / "odd and even": one lookup asks for both. */
function lookUpType(
  section: Word.Section,
  texts: PageTexts,
  type: 'FirstPage' | 'EvenPages',
): MarkingLookup[] {
  const lookups: MarkingLookup[] = [];
  if (texts.header !== undefined) lookups.push(lookUpMarking(section, 'header', texts.header, type));
  if (texts.footer !== undefined) lookups.push(lookUpMarking(section, 'footer', texts.footer, type));
  return lookups;
}

/** One sync: the type's lookups when the section has that type, none when Word says it has not. */
async function probe(
  context: Word.RequestContext,
  section: Word.Section,
  texts: PageTexts,
  type: 'FirstPage' | 'EvenPages',
): Promise<MarkingLookup[]> {
  const lookups = lookUpType(section, texts, type);
  if (lookups.length === 0) return [];
  try {
    await context.sync();
    return lookups;
  } catch (error) {
    if (officeErrorCode(error) === 'GeneralException') return [];
    throw error;
  }
}

/**
 * The marking lookups for the FirstPage and EvenPages header/footer the section has: sync 1 asks for FirstPage,
 * sync 2 for EvenPages (two fixed types, not a loop over data). Their writes go with the caller's write batch.
 */
export async function lookUpOtherMarkings(
  context: Word.RequestContext,
  section: Word.Section,
  texts: PageTexts,
): Promise<MarkingLookup[]> {
  const firstPage = await probe(context, section, texts, 'FirstPage');
  const evenPages = await probe(context, section, texts, 'EvenPages');
  return [...firstPage, ...evenPages];
}
