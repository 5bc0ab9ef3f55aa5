import type { FakeContext } from './context';
import type { FakeParagraph, FakeRange, FakeStory, HeaderFooterType } from './model';
import { FakeObject, pick } from './base';
import { ContentControlCollection, RangeCollection } from './controls';
import { Paragraph, ParagraphCollection, Range } from './paragraphs';
import { findInParagraph } from './search';

/** Bodies (main text, page headers, page footers), sections and the document. */

export class Body extends FakeObject<FakeStory> {
  protected readonly typeName = 'Body';
  snapshot(s: FakeStory, props: string[]) {
    return pick(
      { text: () => s.paragraphs.map((p) => p.text).join('\r'), type: () => s.kind },
      props,
      this.typeName,
    );
  }
  get paragraphs(): ParagraphCollection {
    return new ParagraphCollection(this.context, () => this.must('Body.paragraphs').paragraphs);
  }
  get contentControls(): ContentControlCollection {
    return new ContentControlCollection(this.context, () =>
      this.context.model.allControls(this.must('Body.contentControls')),
    );
  }
  insertParagraph(text: string, location: 'Start' | 'End'): Paragraph {
    let created: FakeParagraph | null = null;
    this.queue('insertParagraph', (s) => {
      created = this.context.model.newParagraph(text);
      if (location === 'Start') s.paragraphs.unshift(created);
      else s.paragraphs.push(created);
      this.context.model.recordWrite('Body.insertParagraph', [created]);
    });
    return new Paragraph(this.context, () => created);
  }
  search(text: string, options: { matchCase?: boolean; matchWildcards?: boolean } = {}): RangeCollection {
    return new RangeCollection(this.context, () => {
      const story = this.must('Body.search');
      const hits: FakeRange[] = [];
      for (const p of story.paragraphs) {
        for (const match of findInParagraph(p.text, text, options.matchCase ?? false)) {
          hits.push({ story, first: p, last: p, edge: 'Whole', text: match });
        }
      }
      return hits;
    });
  }
}

export class Section extends FakeObject<number> {
  protected readonly typeName = 'Section';
  snapshot() {
    return {};
  }
  getHeader(type: HeaderFooterType): Body {
    return new Body(
      this.context,
      () => this.context.model.sections[this.must('Section.getHeader')]?.headers[type] ?? null,
    );
  }
  getFooter(type: HeaderFooterType): Body {
    return new Body(
      this.context,
      () => this.context.model.sections[this.must('Section.getFooter')]?.footers[type] ?? null,
    );
  }
}

export class SectionCollection extends FakeObject<number[]> {
  protected readonly typeName = 'SectionCollection';
  constructor(context: FakeContext) {
    super(context, () => context.model.sections.map((_, i) => i), false, true);
  }
  snapshot(list: number[]) {
    return { items: list.map((i) => new Section(this.context, () => i).preset(i, {})) };
  }
  get items(): Section[] {
    return this.read('items');
  }
  getFirst(): Section {
    return new Section(this.context, () => 0);
  }
}

export class FakeDocument {
  constructor(private readonly context: FakeContext) {}
  get body(): Body {
    return new Body(this.context, () => this.context.model.body);
  }
  get sections(): SectionCollection {
    return new SectionCollection(this.context);
  }
  get contentControls(): ContentControlCollection {
    return new ContentControlCollection(this.context, () => this.context.model.allControls());
  }
  getSelection(): Range {
    return new Range(this.context, () => this.context.model.selection);
  }
}
