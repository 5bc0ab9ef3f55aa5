import { fingerprintOf } from '../core/fingerprint';
import type { ReadResult } from '../core/port';
import type { SourceParagraph } from '../core/model/paragraph';
import { supportsWordApi } from './requirements';

/** Most paragraphs whose properties one sync asks for. */
export const READ_CHUNK = 5000;
/**
 * Most characters of paragraph text one chunk should bring back. Word on the web carries every batch as one
 * message; Microsoft documents a 5 MB request/response limit for Excel on the web ("Resource limits and
 * performance optimization for Office Add-ins"), none for Word, so the read keeps each answer well under it.
 */
export const READ_CHUNK_CHARS = 1_000_000;

/** What one paragraph's text load asks for: its text, both style names, whether it is in a table, its list number. */
const PARAGRAPH_SELECT =
  'text,style,styleBuiltIn,tableNestingLevel,listItemOrNullObject/listString,listItemOrNullObject/level';

export interface ReadOptions {
  /** WordApi 1.4: read each paragraph's reviewed text, without tracked deletions. */
  reviewedText: boolean;
  chunkSize?: number;
  chunkChars?: number;
}

interface BodyRow {
  paragraph: Word.Paragraph;
  control: Word.ContentControl;
  cell: Word.TableCell | null;
  reviewed: OfficeExtension.ClientResult<string> | null;
}

interface StoryRead {
  part: 'header' | 'footer';
  paragraphs: Word.ParagraphCollection;
  controls: Word.ContentControlCollection;
}

/**
 * The whole document as the reader's paragraphs. Correlated objects, pipelined by chunk: sync 1 loads the text
 * of the first chunk; each later sync loads the parents (control, table cell, reviewed text) of the chunk before
 * and the text of the next. Up to one chunk that is 2 syncs; beyond, one more per chunk. A chunk is at most
 * `chunkSize` paragraphs, and fewer when the paragraphs read so far are long (at most about `chunkChars` of text).
 *
 * Page headers and footers: only each section's Primary ones, which every section has. FirstPage and EvenPages
 * exist only with "different first page" / "different odd and even pages", which WordApi 1.3 cannot ask about,
 * and using one a section lacks fails the whole batch (office-js-docs-reference#1202).
 */
export async function readParagraphs(
  context: Word.RequestContext,
  options: ReadOptions = { reviewedText: supportsWordApi('1.4') },
): Promise<ReadResult> {
  const limits = { count: options.chunkSize ?? READ_CHUNK, chars: options.chunkChars ?? READ_CHUNK_CHARS };
  // Office.js caches navigation properties: this is the one `body.paragraphs` of the context, and each load of
  // it replaces its items, so each chunk's items are copied out before the next load is queued.
  const body = context.document.body.paragraphs;
  const sections = context.document.sections;
  sections.load('$none');
  body.load({ select: PARAGRAPH_SELECT, top: limits.count, skip: 0 });
  await context.sync();

  const stories: StoryRead[] = [];
  for (const section of sections.items) {
    stories.push(
      queueStory('header', section.getHeader('Primary')),
      queueStory('footer', section.getFooter('Primary')),
    );
  }
  const rows = await readChunks(
    context,
    body,
    [...body.items],
    0,
    limits.count,
    limits,
    options.reviewedText,
    [],
  );
  return {
    paragraphs: [...toSourceParagraphs(rows), ...storiesToSourceParagraphs(stories)],
    trackedDeletionsMayCount: !options.reviewedText,
    fingerprint: fingerprintOf(rows.map((row) => row.paragraph.text)),
  };
}

function queueStory(part: 'header' | 'footer', story: Word.Body): StoryRead {
  const paragraphs = story.paragraphs;
  paragraphs.load('items/text,items/style,items/styleBuiltIn');
  const controls = story.contentControls;
  controls.load('items/id,items/tag,items/title,items/text');
  return { part, paragraphs, controls };
}

/** The next chunk's size: the count limit, or fewer when the paragraphs so far average long. */
export function nextChunkSize(read: Word.Paragraph[], limits: { count: number; chars: number }): number {
  const chars = read.reduce((n, p) => n + p.text.length, 0);
  const average = read.length === 0 ? 0 : chars / read.length;
  if (average === 0) return limits.count;
  return Math.max(1, Math.min(limits.count, Math.floor(limits.chars / average)));
}

/** Queue the parents of `current` and the text of the next chunk, sync once, and go on while chunks are full. */
async function readChunks(
  context: Word.RequestContext,
  body: Word.ParagraphCollection,
  current: Word.Paragraph[],
  offset: number,
  asked: number,
  limits: { count: number; chars: number },
  reviewedText: boolean,
  rows: BodyRow[],
): Promise<BodyRow[]> {
  const queued = current.map((paragraph): BodyRow => {
    const control = paragraph.parentContentControlOrNullObject;
    control.load('id,tag,title');
    const cell = paragraph.tableNestingLevel > 0 ? paragraph.parentTableCellOrNullObject : null;
    cell?.load('rowIndex,cellIndex');
    const reviewed = reviewedText ? paragraph.getReviewedText('Current') : null;
    return { paragraph, control, cell, reviewed };
  });
  const full = current.length === asked;
  const next = nextChunkSize(current, limits);
  if (full) body.load({ select: PARAGRAPH_SELECT, top: next, skip: offset + current.length });
  await context.sync();
  rows.push(...queued);
  if (!full || body.items.length === 0) return rows;
  return readChunks(
    context,
    body,
    [...body.items],
    offset + current.length,
    next,
    limits,
    reviewedText,
    rows,
  );
}

/**
 * The style the reader sees: Word's locale-independent built-in name ("Heading1" in German Word too, whose
 * `style` says "Überschrift 1"), and the document's own name only for a custom style (`styleBuiltIn` "Other").
 */
export function readerStyle(paragraph: Pick<Word.Paragraph, 'style' | 'styleBuiltIn'>): string {
  const builtIn = paragraph.styleBuiltIn as string;
  return builtIn && builtIn !== 'Other' ? builtIn : paragraph.style;
}

/** Tables count in reading order: a table paragraph after a paragraph outside tables starts the next table. */
function toSourceParagraphs(rows: BodyRow[]): SourceParagraph[] {
  let table = -1;
  let previousInTable = false;
  return rows.map((row, index) => {
    const cell = row.cell && !row.cell.isNullObject ? row.cell : null;
    if (cell && !previousInTable) table += 1;
    previousInTable = cell !== null;
    const control = row.control.isNullObject ? null : row.control;
    const listItem = row.paragraph.listItemOrNullObject;
    return {
      index,
      text: row.reviewed ? row.reviewed.value : row.paragraph.text,
      style: readerStyle(row.paragraph),
      table: cell ? { table, row: cell.rowIndex, cell: cell.cellIndex } : null,
      contentControl: control ? { tag: control.tag, id: control.id, title: control.title } : null,
      part: 'body',
      ...(listItem.isNullObject ? {} : { listString: listItem.listString, listLevel: listItem.level }),
    };
  });
}

/**
 * Header and footer paragraphs, numbered per part. Their control is found by text (one paragraph of a control
 * whose text holds it): headers are short, and this saves a sync.
 */
function storiesToSourceParagraphs(stories: StoryRead[]): SourceParagraph[] {
  const counters = { header: 0, footer: 0 };
  const out: SourceParagraph[] = [];
  for (const story of stories) {
    for (const paragraph of story.paragraphs.items) {
      if (paragraph.text.trim() === '') continue;
      const control = story.controls.items.find((c) => c.text.split('\r').includes(paragraph.text));
      out.push({
        index: counters[story.part]++,
        text: paragraph.text,
        style: readerStyle(paragraph),
        table: null,
        contentControl: control ? { tag: control.tag, id: control.id, title: control.title } : null,
        part: story.part,
      });
    }
  }
  return out;
}
