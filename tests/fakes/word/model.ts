/**
 * The in-memory document behind the Word fake: stories (body, page headers, page footers) holding flat lists of
 * paragraphs. A paragraph knows its table cell and the content controls around it (outermost first), so a
 * control's range is simply the paragraphs that list it.
 */

export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages';
export type StoryKind = 'body' | 'header' | 'footer';

export interface FakeTable {
  id: number;
}

export interface FakeControl {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  type: 'RichText';
}

export interface FakeParagraph {
  uid: number;
  text: string;
  style: string;
  /** Text as Word's reviewed text would give it (tracked deletions left out); defaults to `text`. */
  reviewedText?: string;
  cell: { table: FakeTable; row: number; cell: number } | null;
  controls: FakeControl[];
}

export interface FakeStory {
  kind: StoryKind;
  paragraphs: FakeParagraph[];
}

export interface FakeSection {
  headers: Record<HeaderFooterType, FakeStory>;
  footers: Record<HeaderFooterType, FakeStory>;
}

/** A stretch of one story: whole paragraphs, or the start/end point of them. */
export interface FakeRange {
  story: FakeStory;
  first: FakeParagraph;
  last: FakeParagraph;
  edge: 'Whole' | 'Start' | 'End';
  /** For a search hit: the matched text. */
  text?: string;
}

export interface WriteRecord {
  method: string;
  story: StoryKind;
  paragraphUids: number[];
}

export class FakeDocumentModel {
  readonly body: FakeStory = { kind: 'body', paragraphs: [] };
  readonly sections: FakeSection[] = [newSection()];
  selection: FakeRange | null = null;
  /** Every range a command wrote to, in order. */
  readonly writes: WriteRecord[] = [];
  private nextUid = 1;
  private nextControlId = 1000;
  private nextTableId = 1;

  newParagraph(text: string, extra: Partial<Omit<FakeParagraph, 'uid'>> = {}): FakeParagraph {
    return { uid: this.nextUid++, text, style: 'Normal', cell: null, controls: [], ...extra };
  }

  newControl(tag = '', title = '', id?: number): FakeControl {
    const control = {
      id: id ?? this.nextControlId++,
      tag,
      title,
      appearance: 'BoundingBox',
      type: 'RichText' as const,
    };
    if (id !== undefined) this.nextControlId = Math.max(this.nextControlId, id + 1);
    return control;
  }

  newTable(): FakeTable {
    return { id: this.nextTableId++ };
  }

  stories(): FakeStory[] {
    const out = [this.body];
    for (const s of this.sections) out.push(...Object.values(s.headers), ...Object.values(s.footers));
    return out;
  }

  storyOf(p: FakeParagraph): FakeStory {
    const story = this.stories().find((s) => s.paragraphs.includes(p));
    if (!story) throw new Error(`fake: paragraph ${p.uid} is no longer in the document`);
    return story;
  }

  /** Paragraphs of a control, in order, across the story that holds it. */
  controlParagraphs(control: FakeControl): { story: FakeStory; paragraphs: FakeParagraph[] } | null {
    for (const story of this.stories()) {
      const paragraphs = story.paragraphs.filter((p) => p.controls.includes(control));
      if (paragraphs.length > 0) return { story, paragraphs };
    }
    return null;
  }

  allControls(story?: FakeStory): FakeControl[] {
    const seen = new Set<FakeControl>();
    for (const s of story ? [story] : this.stories())
      for (const p of s.paragraphs) p.controls.forEach((c) => seen.add(c));
    return [...seen];
  }

  recordWrite(method: string, paragraphs: FakeParagraph[]): void {
    const first = paragraphs[0];
    const story = first ? this.storyOf(first).kind : 'body';
    this.writes.push({ method, story, paragraphUids: paragraphs.map((p) => p.uid) });
  }
}

function newSection(): FakeSection {
  const story = (kind: StoryKind): FakeStory => ({ kind, paragraphs: [] });
  return {
    headers: { Primary: story('header'), FirstPage: story('header'), EvenPages: story('header') },
    footers: { Primary: story('footer'), FirstPage: story('footer'), EvenPages: story('footer') },
  };
}
