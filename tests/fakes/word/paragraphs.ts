import type { FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { FakeControl, FakeParagraph, FakeRange, FakeTable } from './model';
import { parseFlatOoxml } from './ooxml';
import { ClientResult, FakeObject, loadedItems, pick, type Page } from './base';
import { ContentControl, ContentControlCollection } from './controls';
import { addRowsAtEnd, deleteRows, setCellValue, tableParagraphs, tableValues } from './tables';

/** Ranges, paragraphs and tables of the fake. */

function rangeParagraphs(r: FakeRange): FakeParagraph[] {
  const from = r.story.paragraphs.indexOf(r.first);
  const to = r.story.paragraphs.indexOf(r.last);
  return r.story.paragraphs.slice(from, to + 1);
}

function innermostCommon(paragraphs: FakeParagraph[]): FakeControl | null {
  const first = paragraphs[0];
  if (!first) return null;
  for (let i = first.controls.length - 1; i >= 0; i--) {
    const c = first.controls[i]!;
    if (paragraphs.every((p) => p.controls.includes(c))) return c;
  }
  return null;
}

export class Range extends FakeObject<FakeRange> {
  protected readonly typeName = 'Range';
  snapshot(r: FakeRange, props: string[]) {
    return pick(
      {
        text: () =>
          r.text ??
          rangeParagraphs(r)
            .map((p) => p.text)
            .join('\r'),
      },
      props,
      this.typeName,
    );
  }
  get text(): string {
    return this.read('text');
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.context, () => rangeParagraphs(this.must('Range.paragraphs')));
  }
  get contentControls(): ContentControlCollection {
    return new ContentControlCollection(this.context, () => {
      const seen: FakeControl[] = [];
      for (const p of rangeParagraphs(this.must('Range.contentControls'))) {
        for (const c of p.controls) if (!seen.includes(c)) seen.push(c);
      }
      return seen;
    });
  }
  get parentContentControlOrNullObject(): ContentControl {
    return new ContentControl(
      this.context,
      () => innermostCommon(rangeParagraphs(this.must('Range.parent'))),
      true,
    );
  }
  getRange(location: 'Whole' | 'Start' | 'End' = 'Whole'): Range {
    return new Range(this.context, () => ({ ...this.must('Range.getRange'), edge: location }));
  }
  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.queue('select', (r) => {
      this.context.model.selection = { ...r, edge: mode === 'Select' ? r.edge : mode };
    });
  }
}

export class Paragraph extends FakeObject<FakeParagraph> {
  protected readonly typeName = 'Paragraph';
  snapshot(p: FakeParagraph, props: string[]) {
    return pick(
      {
        text: () => p.text,
        style: () => p.style,
        styleBuiltIn: () => p.style,
        tableNestingLevel: () => (p.cell ? 1 : 0),
      },
      props,
      this.typeName,
    );
  }
  get text(): string {
    return this.read('text');
  }
  get style(): string {
    return this.read('style');
  }
  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }
  set styleBuiltIn(value: string) {
    this.queue('set styleBuiltIn', (p) => {
      p.style = value;
      this.context.model.recordWrite('Paragraph.styleBuiltIn', [p]);
    });
  }
  get parentContentControlOrNullObject(): ContentControl {
    return new ContentControl(
      this.context,
      () => this.must('Paragraph.parent').controls.at(-1) ?? null,
      true,
    );
  }
  get parentTableCellOrNullObject(): TableCell {
    return new TableCell(this.context, () => this.must('Paragraph.parentTableCell').cell, true);
  }
  get parentTableOrNullObject(): Table {
    return new Table(this.context, () => this.must('Paragraph.parentTable').cell?.table ?? null, true);
  }
  getNextOrNullObject(): Paragraph {
    return new Paragraph(
      this.context,
      () => {
        const p = this.must('Paragraph.getNext');
        const list = this.context.model.storyOf(p).paragraphs;
        return list[list.indexOf(p) + 1] ?? null;
      },
      true,
    );
  }
  getRange(location: 'Whole' | 'Start' | 'End' | 'Content' = 'Whole'): Range {
    return new Range(this.context, () => {
      const p = this.must('Paragraph.getRange');
      return {
        story: this.context.model.storyOf(p),
        first: p,
        last: p,
        edge: location === 'Content' ? 'Whole' : location,
      };
    });
  }
  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.getRange().select(mode);
  }
  getReviewedText(version: 'Original' | 'Current' = 'Current'): { value: string } {
    const result = new ClientResult<string>();
    this.context.enqueue('Paragraph.getReviewedText', () => {
      if (!this.context.options.wordApi14) {
        throw new FakeOfficeError(
          'ApiNotFound',
          'getReviewedText needs WordApi 1.4.',
          'Paragraph.getReviewedText',
        );
      }
      const p = this.must('Paragraph.getReviewedText');
      const text = version === 'Current' ? (p.reviewedText ?? p.text) : p.text;
      this.context.deliverOnSuccess(() => result.set(text));
    });
    return result;
  }
  insertParagraph(text: string, location: 'Before' | 'After'): Paragraph {
    let created: FakeParagraph | null = null;
    this.queue('insertParagraph', (p) => {
      const story = this.context.model.storyOf(p);
      created = this.context.model.newParagraph(text, {
        style: p.style,
        cell: p.cell,
        controls: [...p.controls],
      });
      story.paragraphs.splice(story.paragraphs.indexOf(p) + (location === 'After' ? 1 : 0), 0, created);
      this.context.model.recordWrite('Paragraph.insertParagraph', [created]);
    });
    return new Paragraph(this.context, () => created);
  }
  insertContentControl(): ContentControl {
    let created: FakeControl | null = null;
    this.queue('insertContentControl', (p) => {
      created = this.context.model.newControl();
      p.controls.push(created);
      this.context.model.recordWrite('Paragraph.insertContentControl', [p]);
    });
    return new ContentControl(this.context, () => created);
  }
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): Range {
    this.queue('insertText', (p) => {
      p.text = location === 'Replace' ? text : location === 'Start' ? text + p.text : p.text + text;
      this.context.model.recordWrite('Paragraph.insertText', [p]);
    });
    return this.getRange(location === 'Start' ? 'Start' : 'End');
  }
  /** Word merges the package's last paragraph into this one; the others go before it. */
  insertOoxml(ooxml: string, location: 'Replace' | 'Start' | 'End'): Range {
    let inserted: FakeRange | null = null;
    this.queue('insertOoxml', (p) => {
      const model = this.context.model;
      let parsed;
      try {
        parsed = parseFlatOoxml(ooxml);
      } catch {
        throw new FakeOfficeError(
          'InvalidArgument',
          'The OOXML is not well-formed.',
          'Paragraph.insertOoxml',
        );
      }
      if (parsed.length === 0)
        throw new FakeOfficeError('InvalidArgument', 'The OOXML has no body.', 'Paragraph.insertOoxml');
      const controls = new Map<number, FakeControl>();
      const tables = new Map<number, ReturnType<typeof model.newTable>>();
      const made = parsed.map((q) => {
        const cell = q.cell
          ? {
              table:
                tables.get(q.cell.table) ?? tables.set(q.cell.table, model.newTable()).get(q.cell.table)!,
              row: q.cell.row,
              cell: q.cell.cell,
            }
          : p.cell;
        const ccs = q.controls.map(
          (c) => controls.get(c.key) ?? controls.set(c.key, model.newControl(c.tag, c.title)).get(c.key)!,
        );
        return model.newParagraph(q.text, { style: q.style, cell, controls: [...p.controls, ...ccs] });
      });
      const last = made.pop()!;
      p.text =
        location === 'Replace' ? last.text : location === 'Start' ? last.text + p.text : p.text + last.text;
      const story = model.storyOf(p);
      story.paragraphs.splice(story.paragraphs.indexOf(p), 0, ...made);
      model.recordWrite('Paragraph.insertOoxml', [...made, p]);
      inserted = { story, first: made[0] ?? p, last: p, edge: 'Whole' };
    });
    return new Range(this.context, () => inserted);
  }
  delete(): void {
    this.queue('delete', (p) => {
      this.context.model.recordWrite('Paragraph.delete', [p]);
      const list = this.context.model.storyOf(p).paragraphs;
      list.splice(list.indexOf(p), 1);
    });
  }
}

export class ParagraphCollection extends FakeObject<FakeParagraph[]> {
  protected readonly typeName = 'ParagraphCollection';
  constructor(context: FakeContext, locate: () => FakeParagraph[] | null) {
    super(context, locate, false, true);
  }
  snapshot(list: FakeParagraph[], props: string[], page: Page) {
    const skip = page.skip ?? 0;
    const slice = list.slice(skip, page.top === undefined ? undefined : skip + page.top);
    this.context.countParagraphsLoaded(slice.length);
    return { items: loadedItems(slice, (p) => new Paragraph(this.context, () => p), props) };
  }
  get items(): Paragraph[] {
    return this.read('items');
  }
  getFirst(): Paragraph {
    return new Paragraph(this.context, () => this.must('ParagraphCollection.getFirst')[0] ?? null);
  }
  getLast(): Paragraph {
    return new Paragraph(this.context, () => this.must('ParagraphCollection.getLast').at(-1) ?? null);
  }
}

/** Inserts `text` as a new paragraph right after `last`, inside the given controls and cell. */
export function insertAfter(
  context: FakeContext,
  method: string,
  last: FakeParagraph,
  text: string,
  extra: Pick<FakeParagraph, 'controls' | 'cell'>,
): FakeParagraph {
  const story = context.model.storyOf(last);
  const created = context.model.newParagraph(text, { style: 'Normal', ...extra });
  story.paragraphs.splice(story.paragraphs.indexOf(last) + 1, 0, created);
  context.model.recordWrite(method, [created]);
  return created;
}

export class Table extends FakeObject<FakeTable> {
  protected readonly typeName = 'Table';
  private paragraphs(t: FakeTable): FakeParagraph[] {
    return tableParagraphs(this.context, t);
  }
  snapshot(t: FakeTable, props: string[]) {
    const rows = () => new Set(this.paragraphs(t).map((p) => p.cell?.row)).size;
    return pick({ rowCount: rows, values: () => tableValues(this.context, t) }, props, this.typeName);
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get values(): string[][] {
    return this.read('values');
  }
  getCell(row: number, cell: number): TableCell {
    return new TableCell(this.context, () => ({ table: this.must('Table.getCell'), row, cell }));
  }
  addRows(location: 'Start' | 'End', count: number, values?: string[][]): void {
    if (location !== 'End')
      throw new FakeOfficeError('InvalidArgument', 'The fake only adds rows at the end.');
    this.queue('addRows', (t) => addRowsAtEnd(this.context, t, count, values));
  }
  deleteRows(row: number, count?: number): void {
    this.queue('deleteRows', (t) => deleteRows(this.context, t, row, count));
  }
  /** After the table, inside the controls that wrap the whole table. */
  insertParagraph(text: string, location: 'Before' | 'After'): Paragraph {
    let created: FakeParagraph | null = null;
    this.queue('insertParagraph', (t) => {
      if (location !== 'After')
        throw new FakeOfficeError('InvalidArgument', 'The fake only inserts after a table.');
      const ps = this.paragraphs(t);
      const last = ps.at(-1)!;
      const wrapping = last.controls.filter((c) => ps.every((p) => p.controls.includes(c)));
      created = insertAfter(this.context, 'Table.insertParagraph', last, text, {
        controls: wrapping,
        cell: null,
      });
    });
    return new Paragraph(this.context, () => created);
  }
}

export class TableCell extends FakeObject<NonNullable<FakeParagraph['cell']>> {
  protected readonly typeName = 'TableCell';
  snapshot(c: NonNullable<FakeParagraph['cell']>, props: string[]) {
    return pick({ rowIndex: () => c.row, cellIndex: () => c.cell }, props, this.typeName);
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get cellIndex(): number {
    return this.read('cellIndex');
  }
  set value(text: string) {
    this.queue('value', (c) => setCellValue(this.context, c.table, c.row, c.cell, text));
  }
}
