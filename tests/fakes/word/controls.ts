import type { FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { FakeControl, FakeParagraph, FakeRange } from './model';
import { FakeObject, loadedItems, pick } from './base';
import { insertAfter, Paragraph, ParagraphCollection, Range } from './paragraphs';
import { TableCollection, tablesIn } from './tables';

/** Content controls, and the ranges a search finds. */

export class ContentControl extends FakeObject<FakeControl> {
  protected readonly typeName = 'ContentControl';
  snapshot(c: FakeControl, props: string[]) {
    const text = () =>
      this.context.model
        .controlParagraphs(c)
        ?.paragraphs.map((p) => p.text)
        .join('\r') ?? '';
    return pick(
      {
        id: () => c.id,
        tag: () => c.tag,
        title: () => c.title,
        appearance: () => c.appearance,
        text,
        type: () => c.type,
      },
      props,
      this.typeName,
    );
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(value: string) {
    this.queue('set tag', (c) => (c.tag = value));
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.queue('set title', (c) => (c.title = value));
  }
  get appearance(): string {
    return this.read('appearance');
  }
  set appearance(value: string) {
    this.queue('set appearance', (c) => (c.appearance = value));
  }
  get text(): string {
    return this.read('text');
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(
      this.context,
      () => this.context.model.controlParagraphs(this.must('ContentControl.paragraphs'))?.paragraphs ?? [],
    );
  }
  get tables(): TableCollection {
    return new TableCollection(this.context, () =>
      tablesIn(this.context, this.must('ContentControl.tables')),
    );
  }
  getRange(location: 'Whole' | 'Start' | 'End' | 'Content' = 'Whole'): Range {
    return new Range(this.context, () => {
      const found = this.context.model.controlParagraphs(this.must('ContentControl.getRange'));
      if (!found) return null;
      const edge = location === 'Content' ? 'Whole' : location;
      return { story: found.story, first: found.paragraphs[0]!, last: found.paragraphs.at(-1)!, edge };
    });
  }
  select(mode: 'Select' | 'Start' | 'End' = 'Select'): void {
    this.getRange('Content').select(mode);
  }
  /** After the control, in whatever holds the control. */
  insertParagraph(text: string, location: 'Before' | 'After'): Paragraph {
    let created: FakeParagraph | null = null;
    this.queue('insertParagraph', (c) => {
      if (location !== 'After')
        throw new FakeOfficeError('InvalidArgument', 'The fake only inserts after a control.');
      const last = this.context.model.controlParagraphs(c)!.paragraphs.at(-1)!;
      const outer = last.controls.slice(0, last.controls.indexOf(c));
      created = insertAfter(this.context, 'ContentControl.insertParagraph', last, text, {
        controls: outer,
        cell: last.cell,
      });
    });
    return new Paragraph(this.context, () => created);
  }
  insertText(text: string, location: 'Replace' | 'Start' | 'End'): Range {
    this.queue('insertText', (c) => {
      const found = this.context.model.controlParagraphs(c);
      if (!found) return;
      const [first, ...rest] = found.paragraphs;
      if (location === 'Replace') {
        first!.text = text;
        for (const p of rest) found.story.paragraphs.splice(found.story.paragraphs.indexOf(p), 1);
      } else if (location === 'Start') first!.text = text + first!.text;
      else found.paragraphs.at(-1)!.text += text;
      this.context.model.recordWrite('ContentControl.insertText', [first!]);
    });
    return this.getRange('End');
  }
  delete(keepContent: boolean): void {
    this.queue('delete', (c) => {
      const found = this.context.model.controlParagraphs(c);
      if (!found) return;
      this.context.model.recordWrite('ContentControl.delete', found.paragraphs);
      for (const p of found.paragraphs) {
        if (keepContent) p.controls.splice(p.controls.indexOf(c), 1);
        else found.story.paragraphs.splice(found.story.paragraphs.indexOf(p), 1);
      }
    });
  }
}

export class ContentControlCollection extends FakeObject<FakeControl[]> {
  protected readonly typeName = 'ContentControlCollection';
  constructor(context: FakeContext, locate: () => FakeControl[] | null) {
    super(context, locate, false, true);
  }
  snapshot(list: FakeControl[], props: string[]) {
    return { items: loadedItems(list, (c) => new ContentControl(this.context, () => c), props) };
  }
  get items(): ContentControl[] {
    return this.read('items');
  }
  getByIdOrNullObject(id: number): ContentControl {
    return new ContentControl(
      this.context,
      () => this.must('getByIdOrNullObject').find((c) => c.id === id) ?? null,
      true,
    );
  }
  getByTag(tag: string): ContentControlCollection {
    return new ContentControlCollection(this.context, () =>
      this.must('getByTag').filter((c) => c.tag === tag),
    );
  }
  getFirstOrNullObject(): ContentControl {
    return new ContentControl(this.context, () => this.must('getFirstOrNullObject')[0] ?? null, true);
  }
  getFirst(): ContentControl {
    return new ContentControl(this.context, () => this.must('getFirst')[0] ?? null);
  }
}

export class RangeCollection extends FakeObject<FakeRange[]> {
  protected readonly typeName = 'RangeCollection';
  constructor(context: FakeContext, locate: () => FakeRange[] | null) {
    super(context, locate);
  }
  snapshot(list: FakeRange[], props: string[]) {
    return { items: loadedItems(list, (r) => new Range(this.context, () => r), props) };
  }
  get items(): Range[] {
    return this.read('items');
  }
  getFirst(): Range {
    return new Range(this.context, () => this.must('RangeCollection.getFirst')[0] ?? null);
  }
  getFirstOrNullObject(): Range {
    return new Range(this.context, () => this.must('RangeCollection.getFirstOrNullObject')[0] ?? null, true);
  }
}
