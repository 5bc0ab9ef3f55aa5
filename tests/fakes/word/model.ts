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
  /** The style's name as Word shows it in the document's language ("Überschrift 1" in German Word). */
  style: string;
  /** Word's locale-independent name of a built-in style ("Heading1"), "Other" for a custom one; derived from `style` when unset. */
  styleBuiltIn?: string;
  /** When the paragraph is a list item: the number or bullet Word shows ("2.", "a)", "•") and its level. */
  list?: { listString: string; level: number } | null;
  /** Text as Word's reviewed text would give it (tracked deletions left out); defaults to `text`. */
  reviewedText?: string;
  cell: { table: FakeTable; row: number; cell: number } | null;
  controls: FakeControl[];
  /**
   * Which characters of `text` are bold (direct formatting), one flag each; absent: none. Only the operations
   * that write part of a paragraph (a search hit's insertText, Range.font.bold) keep it; others drop it.
   */
  bold?: boolean[];
}

export interface FakeStory {
  kind: StoryKind;
  paragraphs: FakeParagraph[];
}

export interface FakeSection {
  headers: Record<HeaderFooterType, FakeStory>;
  footers: Record<HeaderFooterType, FakeStory>;
  /** "Different first page" (OOXML w:titlePg): the section has FirstPage headers and footers. */
  differentFirstPage: boolean;
  /** "Different odd and even pages" (settings w:evenAndOddHeaders): the section has EvenPages ones. */
  oddAndEven: boolean;
}

/** Whether the section uses that header/footer type; Primary always. */
export function sectionHas(section: FakeSection, type: HeaderFooterType): boolean {
  if (type === 'FirstPage') return section.differentFirstPage;
  if (type === 'EvenPages') return section.oddAndEven;
  return true;
}

/** Built-in style names of English Word against their locale-independent ids (Word.Style / Word.BuiltInStyleName). */
const ENGLISH_BUILT_IN: Record<string, string> = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  'list paragraph': 'ListParagraph',
  'table grid': 'TableGrid',
  quote: 'Quote',
  caption: 'Caption',
  header: 'Header',
  footer: 'Footer',
};

/** The locale-independent built-in style of a paragraph: given, or read from an English name or an id. */
export function builtInStyleOf(p: Pick<FakeParagraph, 'style' | 'styleBuiltIn'>): string {
  if (p.styleBuiltIn) return p.styleBuiltIn;
  const name = p.style.trim().toLowerCase();
  const heading = /^heading\s?([1-9])$/.exec(name);
  if (heading) return `Heading${heading[1]}`;
  return (
    ENGLISH_BUILT_IN[name] ?? (/^[A-Z][A-Za-z0-9]*$/.test(p.style) && p.style in ID_NAMES ? p.style : 'Other')
  );
}

/** English display names of the built-in ids a scenario may give as a style. */
const ID_NAMES: Record<string, string> = {
  Normal: 'Normal',
  Title: 'Title',
  Subtitle: 'Subtitle',
  ListParagraph: 'List Paragraph',
  TableGrid: 'Table Grid',
  Quote: 'Quote',
  Caption: 'Caption',
  Header: 'Header',
  Footer: 'Footer',
};

/** The name Word shows for a style given as an id ("Heading1" → "Heading 1"), or the name as given. */
export function styleNameOf(style: string): string {
  const heading = /^Heading([1-9])$/.exec(style);
  if (heading) return `Heading ${heading[1]}`;
  return ID_NAMES[style] ?? style;
}

/** A stretch of one story: whole paragraphs, or the start/end point of them. */
export interface FakeRange {
  story: FakeStory;
  first: FakeParagraph;
  last: FakeParagraph;
  edge: 'Whole' | 'Start' | 'End';
  /** For a search hit: the matched text. */
  text?: string;
  /** For a stretch inside one paragraph (a search hit, text just inserted): where `text` starts in it. */
  start?: number;
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
    differentFirstPage: false,
    oddAndEven: false,
  };
}
