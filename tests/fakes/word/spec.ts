import {
  builtInStyleOf,
  FakeDocumentModel,
  styleNameOf,
  type FakeControl,
  type FakeParagraph,
  type FakeStory,
  type FakeTable,
} from './model';

/** A control as a scenario writes it: same id ⇒ same control. */
export interface ControlSpec {
  id: number;
  tag: string;
  title?: string;
}

/** One paragraph of a set-up document: plain text, or text with its style, table cell and controls. */
export type ParagraphSpec =
  | string
  | {
      text: string;
      /** A style's name as Word shows it ("Überschrift 1"), or a built-in id ("Heading1", shown as "Heading 1"). */
      style?: string;
      /** Word's locale-independent built-in style ("Heading1"); derived from an English `style` when left out. */
      styleBuiltIn?: string;
      /** A list item: the number Word shows for it ("2.") and its level (0 by default). */
      list?: string | { listString: string; level: number };
      /** Table number (same number ⇒ same table), row and cell, all from 0. */
      cell?: [number, number, number];
      /** Content controls around the paragraph, outermost first. */
      controls?: ControlSpec[];
      /** Text without tracked deletions, when it differs. */
      reviewedText?: string;
      /** Bold stretches of the text, [from, to) character offsets (a bold label: [[0, 7]]). */
      bold?: [number, number][];
    };

export interface DocumentSpec {
  body: ParagraphSpec[];
  header?: ParagraphSpec[];
  footer?: ParagraphSpec[];
  /** "Different first page": the section's FirstPage header and footer (set ⇒ the section has them). */
  firstPageHeader?: ParagraphSpec[];
  firstPageFooter?: ParagraphSpec[];
  /** "Different odd and even pages": the EvenPages header and footer (set ⇒ the section has them). */
  evenPagesHeader?: ParagraphSpec[];
  evenPagesFooter?: ParagraphSpec[];
  /** Where the cursor is: a body paragraph index; `selectedText` marks a non-empty selection there. */
  cursor?: { paragraph: number; selectedText?: boolean };
}

export function buildDocument(spec: DocumentSpec): FakeDocumentModel {
  const doc = new FakeDocumentModel();
  const controls = new Map<number, FakeControl>();
  const tables = new Map<number, FakeTable>();
  const fill = (story: FakeStory, paragraphs: ParagraphSpec[]) => {
    for (const p of paragraphs) story.paragraphs.push(toParagraph(doc, p, controls, tables));
  };
  fill(doc.body, spec.body);
  const section = doc.sections[0];
  if (section) {
    fill(section.headers.Primary, spec.header ?? []);
    fill(section.footers.Primary, spec.footer ?? []);
    section.differentFirstPage = spec.firstPageHeader !== undefined || spec.firstPageFooter !== undefined;
    section.oddAndEven = spec.evenPagesHeader !== undefined || spec.evenPagesFooter !== undefined;
    fill(section.headers.FirstPage, spec.firstPageHeader ?? []);
    fill(section.footers.FirstPage, spec.firstPageFooter ?? []);
    fill(section.headers.EvenPages, spec.evenPagesHeader ?? []);
    fill(section.footers.EvenPages, spec.evenPagesFooter ?? []);
  }
  if (doc.body.paragraphs.length === 0) doc.body.paragraphs.push(doc.newParagraph(''));
  const at = doc.body.paragraphs[spec.cursor?.paragraph ?? 0] ?? doc.body.paragraphs[0]!;
  doc.selection = { story: doc.body, first: at, last: at, edge: spec.cursor?.selectedText ? 'Whole' : 'End' };
  return doc;
}

function toParagraph(
  doc: FakeDocumentModel,
  spec: ParagraphSpec,
  controls: Map<number, FakeControl>,
  tables: Map<number, FakeTable>,
): FakeParagraph {
  if (typeof spec === 'string') return doc.newParagraph(spec);
  const ccs = (spec.controls ?? []).map((c) => {
    const existing = controls.get(c.id) ?? doc.newControl(c.tag, c.title ?? '', c.id);
    controls.set(c.id, existing);
    return existing;
  });
  let cell: FakeParagraph['cell'] = null;
  if (spec.cell) {
    const [t, row, c] = spec.cell;
    const table = tables.get(t) ?? doc.newTable();
    tables.set(t, table);
    cell = { table, row, cell: c };
  }
  const list = typeof spec.list === 'string' ? { listString: spec.list, level: 0 } : (spec.list ?? null);
  return doc.newParagraph(spec.text, {
    style: styleNameOf(spec.style ?? 'Normal'),
    ...(spec.styleBuiltIn === undefined ? {} : { styleBuiltIn: spec.styleBuiltIn }),
    list,
    cell,
    controls: ccs,
    ...(spec.reviewedText === undefined ? {} : { reviewedText: spec.reviewedText }),
    ...(spec.bold === undefined
      ? {}
      : {
          bold: Array.from({ length: spec.text.length }, (_, i) =>
            spec.bold!.some(([from, to]) => i >= from && i < to),
          ),
        }),
  });
}

/** What a scenario compares afterwards: per paragraph its text, style, control tags (outermost first), cell. */
export interface ParagraphView {
  text: string;
  /** The style's name as Word shows it. */
  style: string;
  /** The locale-independent built-in style ("Normal", "Heading1", "Other"). */
  styleBuiltIn: string;
  /** The list number Word shows, or null outside a list. */
  listString: string | null;
  tags: string[];
  titles: string[];
  inTable: boolean;
  /** The paragraph's bold characters, as text (bold stretches joined by "|"); absent when none are bold. */
  bold?: string;
}

export interface DocumentView {
  body: ParagraphView[];
  header: ParagraphView[];
  footer: ParagraphView[];
  firstPageHeader: ParagraphView[];
  evenPagesHeader: ParagraphView[];
}

export function viewOf(doc: FakeDocumentModel): DocumentView {
  const view = (story: FakeStory | undefined): ParagraphView[] =>
    (story?.paragraphs ?? []).map((p) => ({
      text: p.text,
      style: p.style,
      styleBuiltIn: builtInStyleOf(p),
      listString: p.list?.listString ?? null,
      tags: p.controls.map((c) => c.tag),
      titles: p.controls.map((c) => c.title),
      inTable: p.cell !== null,
      ...(p.bold?.some(Boolean) ? { bold: boldText(p.text, p.bold) } : {}),
    }));
  return {
    body: view(doc.body),
    header: view(doc.sections[0]?.headers.Primary),
    footer: view(doc.sections[0]?.footers.Primary),
    firstPageHeader: view(doc.sections[0]?.headers.FirstPage),
    evenPagesHeader: view(doc.sections[0]?.headers.EvenPages),
  };
}

function boldText(text: string, bold: readonly boolean[]): string {
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && bold[i]) piece += text[i];
    else if (piece !== '') {
      pieces.push(piece);
      piece = '';
    }
  }
  return pieces.join('|');
}
