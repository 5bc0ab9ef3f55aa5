import {
  FakeDocumentModel,
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
      style?: string;
      /** Table number (same number ⇒ same table), row and cell, all from 0. */
      cell?: [number, number, number];
      /** Content controls around the paragraph, outermost first. */
      controls?: ControlSpec[];
      /** Text without tracked deletions, when it differs. */
      reviewedText?: string;
    };

export interface DocumentSpec {
  body: ParagraphSpec[];
  header?: ParagraphSpec[];
  footer?: ParagraphSpec[];
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
  return doc.newParagraph(spec.text, {
    style: spec.style ?? 'Normal',
    cell,
    controls: ccs,
    ...(spec.reviewedText === undefined ? {} : { reviewedText: spec.reviewedText }),
  });
}

/** What a scenario compares afterwards: per paragraph its text, style, control tags (outermost first), cell. */
export interface ParagraphView {
  text: string;
  style: string;
  tags: string[];
  titles: string[];
  inTable: boolean;
}

export interface DocumentView {
  body: ParagraphView[];
  header: ParagraphView[];
  footer: ParagraphView[];
}

export function viewOf(doc: FakeDocumentModel): DocumentView {
  const view = (story: FakeStory | undefined): ParagraphView[] =>
    (story?.paragraphs ?? []).map((p) => ({
      text: p.text,
      style: p.style,
      tags: p.controls.map((c) => c.tag),
      titles: p.controls.map((c) => c.title),
      inTable: p.cell !== null,
    }));
  return {
    body: view(doc.body),
    header: view(doc.sections[0]?.headers.Primary),
    footer: view(doc.sections[0]?.footers.Primary),
  };
}
