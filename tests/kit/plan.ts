import type { ControlSpec, DocumentSpec, ParagraphSpec } from '../fakes/word/spec';
import { CannotBuild } from './stage';

/**
 * A scenario's set-up (the simulated host's DocumentSpec) as steps that Office.js can carry out in a blank
 * document: blocks (paragraphs and whole tables) in order, the list runs, the content controls (first and last
 * paragraph, outermost first) and the cursor. What Office.js cannot make is refused here with the reason, so
 * the real stage and the kit's tests refuse the same set-ups.
 */
export interface PlannedParagraph {
  text: string;
  /** Word's built-in style id ("Heading1"), or null for a style given only by name. */
  styleBuiltIn: string | null;
  /** A style's name, set when no built-in id is known for it. */
  styleName: string | null;
  list: { listString: string; level: number } | null;
}

export type Block =
  | { kind: 'paragraph'; paragraph: PlannedParagraph }
  | { kind: 'table'; rows: number; columns: number; values: string[][] };

export interface PlannedControl {
  specId: number;
  tag: string;
  title: string;
  /** Paragraph indices in the story, in reading order (table cells row by row). */
  first: number;
  last: number;
}

export interface StoryPlan {
  blocks: Block[];
  controls: PlannedControl[];
  /** Reading-order paragraph of each planned paragraph (for the list runs). */
  paragraphs: PlannedParagraph[];
}

export interface DocumentPlan {
  body: StoryPlan;
  header: StoryPlan;
  footer: StoryPlan;
  cursor: { paragraph: number; selectedText: boolean };
  notes: string[];
}

/** English names and ids of the built-in styles the scenarios use, against Word's locale-independent ids. */
const BUILT_IN: Record<string, string> = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  'list paragraph': 'ListParagraph',
  listparagraph: 'ListParagraph',
  quote: 'Quote',
  caption: 'Caption',
};

function builtInOf(p: Exclude<ParagraphSpec, string>): string | null {
  if (p.styleBuiltIn && p.styleBuiltIn !== 'Other') return p.styleBuiltIn;
  const name = (p.style ?? 'Normal').trim().toLowerCase();
  const heading = /^heading\s?([1-9])$/.exec(name);
  if (heading) return `Heading${heading[1]}`;
  return BUILT_IN[name] ?? null;
}

function plannedParagraph(spec: ParagraphSpec, notes: string[]): PlannedParagraph {
  if (typeof spec === 'string') return { text: spec, styleBuiltIn: 'Normal', styleName: null, list: null };
  if (spec.reviewedText !== undefined && spec.reviewedText !== spec.text)
    throw new CannotBuild('it needs a tracked deletion, which Office.js cannot make in a blank document');
  if (spec.bold !== undefined)
    throw new CannotBuild(
      'it needs bold runs (a bold label), which the kit neither builds nor reads back yet',
    );
  const builtIn = builtInOf(spec);
  if (!builtIn)
    throw new CannotBuild(
      `it needs the custom style "${spec.style}", which WordApi 1.3 cannot add to a blank document`,
    );
  if (spec.style && spec.styleBuiltIn && spec.style !== spec.styleBuiltIn)
    notes.push(
      `"${spec.text}" gets the built-in ${builtIn}; Word names it in its own language, not "${spec.style}"`,
    );
  const list = typeof spec.list === 'string' ? { listString: spec.list, level: 0 } : (spec.list ?? null);
  if (list) notes.push(`list numbers are Word's own formatting of "${list.listString}"`);
  return { text: spec.text, styleBuiltIn: builtIn, styleName: null, list };
}

const cellOf = (p: ParagraphSpec) => (typeof p === 'string' ? undefined : p.cell);
const controlsOf = (p: ParagraphSpec): ControlSpec[] => (typeof p === 'string' ? [] : (p.controls ?? []));

/** One story's paragraphs as blocks; a table must be whole, its cells given row by row, one paragraph each. */
function planStory(specs: ParagraphSpec[], where: string, notes: string[]): StoryPlan {
  const blocks: Block[] = [];
  const paragraphs: PlannedParagraph[] = [];
  for (let i = 0; i < specs.length;) {
    const cell = cellOf(specs[i]!);
    if (!cell) {
      const paragraph = plannedParagraph(specs[i]!, notes);
      blocks.push({ kind: 'paragraph', paragraph });
      paragraphs.push(paragraph);
      i += 1;
      continue;
    }
    if (where !== 'body') throw new CannotBuild(`it puts a table in the page ${where}`);
    const table = cell[0];
    let j = i;
    while (j < specs.length && cellOf(specs[j]!)?.[0] === table) j += 1;
    const cells = specs.slice(i, j).map((p) => cellOf(p)!);
    const rows = Math.max(...cells.map((c) => c[1])) + 1;
    const columns = Math.max(...cells.map((c) => c[2])) + 1;
    const rowMajor = cells.every((c, k) => c[1] === Math.floor(k / columns) && c[2] === k % columns);
    if (cells.length !== rows * columns || !rowMajor)
      throw new CannotBuild(
        `table ${table} is not whole (${cells.length} of ${rows}×${columns} cells, one paragraph each, row by row)`,
      );
    const values = Array.from({ length: rows }, (_, r) =>
      specs.slice(i + r * columns, i + (r + 1) * columns).map((p) => (typeof p === 'string' ? p : p.text)),
    );
    blocks.push({ kind: 'table', rows, columns, values });
    for (const p of specs.slice(i, j)) paragraphs.push(plannedParagraph(p, notes));
    i = j;
  }
  return { blocks, controls: planControls(specs), paragraphs };
}

/** Each control's span; a control must cover one unbroken run of paragraphs. Outermost first. */
function planControls(specs: ParagraphSpec[]): PlannedControl[] {
  const spans = new Map<number, PlannedControl & { depth: number; count: number }>();
  specs.forEach((p, index) => {
    controlsOf(p).forEach((c, depth) => {
      const span = spans.get(c.id);
      if (span) {
        span.last = index;
        span.count += 1;
      } else
        spans.set(c.id, {
          specId: c.id,
          tag: c.tag,
          title: c.title ?? '',
          first: index,
          last: index,
          depth,
          count: 1,
        });
    });
  });
  for (const s of spans.values())
    if (s.count !== s.last - s.first + 1)
      throw new CannotBuild(`control ${s.specId} covers paragraphs that are not next to each other`);
  return [...spans.values()]
    .sort((a, b) => a.depth - b.depth || a.first - b.first)
    .map(({ specId, tag, title, first, last }) => ({ specId, tag, title, first, last }));
}

export function planDocument(spec: DocumentSpec): DocumentPlan {
  if (spec.firstPageHeader || spec.firstPageFooter)
    throw new CannotBuild('it needs "Different first page", which Office.js (WordApi 1.3) cannot switch on');
  if (spec.evenPagesHeader || spec.evenPagesFooter)
    throw new CannotBuild('it needs "Different odd and even pages", which Office.js cannot switch on');
  const notes: string[] = [];
  const body = planStory(spec.body.length > 0 ? spec.body : [''], 'body', notes);
  const header = planStory(spec.header ?? [], 'header', notes);
  const footer = planStory(spec.footer ?? [], 'footer', notes);
  if (body.blocks.at(-1)?.kind === 'table')
    notes.push('Word keeps an empty paragraph after a table that ends the document: the body has one more');
  return {
    body,
    header,
    footer,
    cursor: { paragraph: spec.cursor?.paragraph ?? 0, selectedText: spec.cursor?.selectedText ?? false },
    notes: [...new Set(notes)],
  };
}

/** How a list number is made in Word: its numbering style, the text after the number, its starting number. */
export function listNumbering(listString: string): {
  numbering: 'Arabic' | 'LowerLetter' | 'UpperLetter' | 'LowerRoman' | null;
  suffix: string;
  start: number;
} {
  const [, n = '', suffix = ''] = /^(\d+|[a-z]|[A-Z]|[ivx]+)([.)]?)$/.exec(listString.trim()) ?? [];
  if (/^\d+$/.test(n)) return { numbering: 'Arabic', suffix, start: Number(n) };
  // A single letter is a letter ("i)" after "h)"); a longer run of i, v and x is a Roman number.
  if (/^[a-z]$/.test(n)) return { numbering: 'LowerLetter', suffix, start: n.charCodeAt(0) - 96 };
  if (/^[A-Z]$/.test(n)) return { numbering: 'UpperLetter', suffix, start: n.charCodeAt(0) - 64 };
  if (n !== '') return { numbering: 'LowerRoman', suffix, start: romanValue(n) };
  return { numbering: null, suffix: '', start: 1 };
}

/** "iv" → 4: each numeral added, or taken away when a larger one follows. */
function romanValue(roman: string): number {
  const value: Record<string, number> = { i: 1, v: 5, x: 10 };
  return [...roman].reduce((sum, ch, i) => {
    const v = value[ch] ?? 0;
    return (value[roman[i + 1] ?? ''] ?? 0) > v ? sum - v : sum + v;
  }, 0);
}
