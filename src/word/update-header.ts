import { TAGS, type HeaderUpdate, type HeaderUpdateRequest } from '../core/port';
import {
  headerOutcome,
  headerPlanIsEmpty,
  noHeader,
  planHeaderUpdate,
  TITLE_LABEL,
  type HeaderPlan,
} from '../core/write/header-update';
import { officeErrorCode, toDocumentOperationError } from './errors';

const OPERATION = 'Update header';

/** A line break inside a value: "\v" is Word's manual line break; "\n" in insertText would start a paragraph. */
const forWord = (text: string) => text.replace(/\n/g, '\v');

/**
 * Updates the header block in place, paragraph by paragraph (WordApi 1.3), never by inserting OOXML into the
 * control. Sync 1 reads the first `minutebook:header` control's paragraphs; sync 2 writes. A value is rewritten
 * by searching its own paragraph for the old value (Paragraph.search, in Word's notation, within the 255-character
 * limit; the plan only rewrites a value that is the paragraph's first hit) and `insertText(…, 'Replace')` on that
 * hit, so the bold label before it is not touched. A new line is an `insertParagraph` after the line before it in
 * the form's order, its label set bold and its value not. A dry run, or a header already up to date, costs sync 1.
 * learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-search-member(1),
 * …/word.range#word-word-range-inserttext-member(1), …/word.paragraph#word-word-paragraph-insertparagraph-member(1)
 */
export async function updateHeader(
  context: Word.RequestContext,
  request: HeaderUpdateRequest,
): Promise<HeaderUpdate> {
  const control = context.document.contentControls.getByTag(TAGS.header).getFirst();
  control.load('id');
  // A navigation property (a proxy, nothing to load yet); the office-addins rules read it as a property read.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const paragraphs = control.paragraphs;
  paragraphs.load('items/text');
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') return noHeader();
    throw toDocumentOperationError(OPERATION, error);
  }
  const plan = planHeaderUpdate({
    paragraphs: paragraphs.items.map((p) => p.text),
    wanted: request.wanted,
    lastWritten: request.lastWritten,
    force: request.force ?? [],
  });
  if (request.dryRun || headerPlanIsEmpty(plan)) return headerOutcome(plan, false, control.id);
  queueHeaderEdits(paragraphs.items, plan);
  try {
    await context.sync();
  } catch (error) {
    throw toDocumentOperationError(
      OPERATION,
      error,
      'Some lines of the header may already be updated. Update again: lines that already match are left as they are.',
    );
  }
  return headerOutcome(plan, true, control.id);
}

/**
 * Rewrites first (on the paragraphs as read), then new lines, then deletions, all through the paragraph
 * objects loaded in sync 1, so no index shifts under a later edit.
 */
function queueHeaderEdits(paragraphs: Word.Paragraph[], plan: HeaderPlan): void {
  for (const r of plan.rewrites) {
    paragraphs[r.paragraph]!.search(r.search, { matchCase: true })
      .getFirst()
      .insertText(forWord(r.text), 'Replace');
  }
  // Lines going after the same paragraph are chained, so they keep the form's order.
  const lastMade = new Map<number, Word.Paragraph>();
  for (const line of plan.inserts) {
    const before = lastMade.get(line.after);
    const made = before
      ? before.insertParagraph('', 'After')
      : line.after < 0
        ? paragraphs[0]!.insertParagraph('', 'Before')
        : paragraphs[line.after]!.insertParagraph('', 'After');
    lastMade.set(line.after, made);
    if (line.label === TITLE_LABEL) {
      made.styleBuiltIn = 'Title';
      made.insertText(forWord(line.value), 'Start').font.bold = false;
      continue;
    }
    // insertParagraph takes the style of the paragraph beside it (the title's, after the title): set Normal.
    made.styleBuiltIn = 'Normal';
    made.insertText(`${line.label}: `, 'Start').font.bold = true;
    made.insertText(forWord(line.value), 'End').font.bold = false;
  }
  for (const d of plan.deletes) paragraphs[d.paragraph]!.delete();
}
