import type { ReadResult } from '../core/port';
import type { SourceParagraph } from '../core/model/paragraph';
import { supportsWordApi } from './requirements';

/** Most paragraphs whose properties one sync asks for. */
export const READ_CHUNK = 5000;

const HEADER_FOOTER_TYPES = ['Primary', 'FirstPage', 'EvenPages'] as const;

export interface ReadOptions {
  /** WordApi 1.4: read each paragraph's reviewed text, without tracked deletions. */
  reviewedText: boolean;
  chunkSize?: number;
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
 * and the text of the next. Up to one chunk that is 2 syncs; beyond, one more per chunk.
 */
export async function readParagraphs(
  context: Word.RequestContext,
  options: ReadOptions = { reviewedText: supportsWordApi('1.4') },
): Promise<ReadResult> {
  const chunk = options.chunkSize ?? READ_CHUNK;
  const body = context.document.body.paragraphs;
  const sections = context.document.sections;
  sections.load('$none');
  body.load({ select: 'text,style,tableNestingLevel', top: chunk, skip: 0 });
  await context.sync();

  const stories: StoryRead[] = [];
  for (const section of sections.items) {
    for (const type of HEADER_FOOTER_TYPES) {
      stories.push(
        queueStory('header', section.getHeader(type)),
        queueStory('footer', section.getFooter(type)),
      );
    }
  }
  const rows = await readChunks(context, body, [...body.items], 0, chunk, options.reviewedText, []);
  return {
    paragraphs: [...toSourceParagraphs(rows), ...storiesToSourceParagraphs(stories)],
    trackedDeletionsMayCount: !options.reviewedText,
  };
}

function queueStory(part: 'header' | 'footer', story: Word.Body): StoryRead {
  const paragraphs = story.paragraphs;
  paragraphs.load('items/text,items/style');
  const controls = story.contentControls;
  controls.load('items/id,items/tag,items/title,items/text');
  return { part, paragraphs, controls };
}

/** Queue the parents of `current` and the text of the next chunk, sync once, and go on while chunks are full. */
async function readChunks(
  context: Word.RequestContext,
  body: Word.ParagraphCollection,
  current: Word.Paragraph[],
  offset: number,
  chunk: number,
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
  const full = current.length === chunk;
  if (full) body.load({ select: 'text,style,tableNestingLevel', top: chunk, skip: offset + chunk });
  await context.sync();
  rows.push(...queued);
  if (!full || body.items.length === 0) return rows;
  return readChunks(context, body, [...body.items], offset + chunk, chunk, reviewedText, rows);
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
    return {
      index,
      text: row.reviewed ? row.reviewed.value : row.paragraph.text,
      style: row.paragraph.style,
      table: cell ? { table, row: cell.rowIndex, cell: cell.cellIndex } : null,
      contentControl: control ? { tag: control.tag, id: control.id, title: control.title } : null,
      part: 'body',
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
        style: paragraph.style,
        table: null,
        contentControl: control ? { tag: control.tag, id: control.id, title: control.title } : null,
        part: story.part,
      });
    }
  }
  return out;
}
