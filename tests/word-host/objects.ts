import { parseFlatOoxml } from '../fakes/word/ooxml';
import {
  builtInStyleOf,
  sectionHas,
  styleNameOf,
  type FakeControl,
  type FakeDocumentModel,
  type FakeParagraph,
  type FakeRange,
  type FakeStory,
  type FakeTable,
  type HeaderFooterType,
} from '../fakes/word/model';
import { HostError } from './errors';
import { searchPattern } from './search';

/**
 * Word's object model as the simulated host answers it, over the in-memory document (tests/fakes/word/model.ts:
 * stories of flat paragraphs, each knowing its table cell and the content controls around it, outermost first).
 *
 * Each object the client names becomes a node. Objects keep their identity (a paragraph stays that paragraph
 * when others are inserted before it); collections are live and are read when they are loaded. Names are the
 * wire names the client sends: PascalCase properties ("Text", "StyleBuiltIn") and methods ("InsertParagraph").
 */

export { HostError };

export type Node =
  | { kind: 'Document' }
  | { kind: 'Body'; story: FakeStory; absent: boolean }
  | { kind: 'SectionCollection' }
  | { kind: 'Section'; index: number }
  | { kind: 'Paragraph'; p: FakeParagraph; absent?: boolean }
  | { kind: 'ParagraphCollection'; list: () => FakeParagraph[]; absent?: boolean }
  | { kind: 'ContentControl'; c: FakeControl; absent?: boolean }
  | { kind: 'ContentControlCollection'; list: () => FakeControl[]; absent?: boolean }
  | { kind: 'Range'; r: FakeRange; absent?: boolean }
  /** A range's character formatting (Range.font); only `bold` is modelled. */
  | { kind: 'Font'; r: FakeRange }
  | { kind: 'RangeCollection'; list: FakeRange[]; absent?: boolean }
  | { kind: 'Table'; t: FakeTable }
  | { kind: 'TableCollection'; list: () => FakeTable[] }
  | { kind: 'TableCell'; t: FakeTable; row: number; cell: number }
  | { kind: 'TableRow'; t: FakeTable; row: number }
  /** A table cell's body (TableCell.body): the paragraphs of that one cell. */
  | { kind: 'CellBody'; t: FakeTable; row: number; cell: number }
  | { kind: 'ListItem'; p: FakeParagraph }
  | { kind: 'SearchOptions'; options: Record<string, unknown> }
  /** What a write method hands back that this host does not model further (Table.addRows' new rows). */
  | { kind: 'Other'; name: string };

export interface HostOptions {
  /** WordApi 1.4 methods (getReviewedText) exist; without, they fail as an unknown API. */
  wordApi14?: boolean;
  /** Word's Find dialog is open: every search fails with SearchDialogIsOpen (Word.ErrorCodes). */
  findDialogOpen?: boolean;
}

export interface WorldState {
  model: FakeDocumentModel;
  options: HostOptions;
  /** Most items one collection load handed out in this request (the read's chunk size shows here). */
  itemsLoaded: number;
}

const collectionKinds = new Set([
  'ParagraphCollection',
  'ContentControlCollection',
  'RangeCollection',
  'SectionCollection',
  'TableCollection',
]);
export const isCollection = (n: Node): boolean => collectionKinds.has(n.kind);

/** A node derived from an absent header/footer is itself absent (see Body below). */
const absentOf = (n: Node): boolean => 'absent' in n && n.absent === true;

// ----
// The document's structure

function rangeParagraphs(r: FakeRange): FakeParagraph[] {
  const from = r.story.paragraphs.indexOf(r.first);
  const to = r.story.paragraphs.indexOf(r.last);
  if (from < 0 || to < 0) throw new HostError('ItemNotFound', 'The range is no longer in the document.');
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

function storyOf(w: WorldState, p: FakeParagraph): FakeStory {
  const story = w.model.stories().find((s) => s.paragraphs.includes(p));
  if (!story) throw new HostError('ItemNotFound', 'The paragraph is no longer in the document.');
  return story;
}

function controlParagraphs(w: WorldState, c: FakeControl): { story: FakeStory; paragraphs: FakeParagraph[] } {
  const found = w.model.controlParagraphs(c);
  if (!found) throw new HostError('ItemNotFound', 'The content control is no longer in the document.');
  return found;
}

function tableParagraphs(w: WorldState, t: FakeTable): FakeParagraph[] {
  return w.model.stories().flatMap((s) => s.paragraphs.filter((p) => p.cell?.table === t));
}

function cellParagraphs(w: WorldState, n: { t: FakeTable; row: number; cell: number }): FakeParagraph[] {
  const ps = tableParagraphs(w, n.t).filter((p) => p.cell!.row === n.row && p.cell!.cell === n.cell);
  if (ps.length === 0) throw new HostError('ItemNotFound', `The table has no cell ${n.row},${n.cell}.`);
  return ps;
}

/** Controls in reading order, each once (a control spanning paragraphs counts where it starts). */
function controlsIn(paragraphs: FakeParagraph[]): FakeControl[] {
  const seen: FakeControl[] = [];
  for (const p of paragraphs) for (const c of p.controls) if (!seen.includes(c)) seen.push(c);
  return seen;
}

function tablesIn(paragraphs: FakeParagraph[]): FakeTable[] {
  return [...new Set(paragraphs.flatMap((p) => (p.cell ? [p.cell.table] : [])))];
}

/** The paragraphs a node covers, for the methods every range-like object has. */
function paragraphsOf(w: WorldState, n: Node): { story: FakeStory; paragraphs: FakeParagraph[] } {
  switch (n.kind) {
    case 'Body':
      return { story: n.story, paragraphs: n.story.paragraphs };
    case 'Paragraph':
      return { story: storyOf(w, n.p), paragraphs: [n.p] };
    case 'ContentControl':
      return controlParagraphs(w, n.c);
    case 'Range':
      return { story: n.r.story, paragraphs: rangeParagraphs(n.r) };
    case 'Table': {
      const ps = tableParagraphs(w, n.t);
      return { story: storyOf(w, ps[0]!), paragraphs: ps };
    }
    case 'CellBody': {
      const ps = cellParagraphs(w, n);
      return { story: storyOf(w, ps[0]!), paragraphs: ps };
    }
    default:
      throw new HostError('InvalidArgument', `${n.kind} has no text.`);
  }
}

const newParagraph = (w: WorldState, text: string, like: Partial<FakeParagraph>) =>
  w.model.newParagraph(text, like);

/**
 * Word gives a paragraph made by insertParagraph the paragraph formatting of the one it is inserted next to:
 * its style and its list membership (office-js#72: "All other paragraphs get the current Word paragraph style
 * at the insertion point"; the list part is not documented: a question for the in-Word kit).
 */
function formattingOf(p: FakeParagraph): Partial<FakeParagraph> {
  return {
    style: p.style,
    ...(p.styleBuiltIn === undefined ? {} : { styleBuiltIn: p.styleBuiltIn }),
    list: p.list ? { ...p.list } : null,
  };
}

function insertNear(
  w: WorldState,
  method: string,
  anchor: FakeParagraph,
  where: 'Before' | 'After',
  text: string,
  extra: Partial<FakeParagraph>,
): FakeParagraph {
  const story = storyOf(w, anchor);
  const created = newParagraph(w, text, { ...formattingOf(anchor), ...extra });
  story.paragraphs.splice(story.paragraphs.indexOf(anchor) + (where === 'After' ? 1 : 0), 0, created);
  w.model.recordWrite(method, [created]);
  return created;
}

// ----
// Properties (Query) and property writes (SetProperty)

type Json = Record<string, unknown>;

function text(w: WorldState, n: Node): string {
  if (n.kind === 'Range' && n.r.text !== undefined) return n.r.text;
  if (n.kind === 'Range' && n.r.edge !== 'Whole') return '';
  return paragraphsOf(w, n)
    .paragraphs.map((p) => p.text)
    .join('\r');
}

function scalars(w: WorldState, n: Node): Record<string, () => unknown> {
  switch (n.kind) {
    case 'Body':
      return {
        Text: () => text(w, n),
        Type: () => ({ body: 'MainDoc', header: 'Header', footer: 'Footer' })[n.story.kind],
        Style: () => 'Normal',
        StyleBuiltIn: () => 'Normal',
      };
    case 'Paragraph':
      return {
        Text: () => n.p.text,
        Style: () => n.p.style,
        StyleBuiltIn: () => builtInStyleOf(n.p),
        TableNestingLevel: () => (n.p.cell ? 1 : 0),
        IsListItem: () => n.p.list != null,
        IsLastParagraph: () => {
          const list = storyOf(w, n.p).paragraphs;
          return list[list.length - 1] === n.p;
        },
        OutlineLevel: () => {
          const heading = /^Heading([1-9])$/.exec(builtInStyleOf(n.p));
          return heading ? Number(heading[1]) : 10;
        },
      };
    case 'ContentControl':
      return {
        Id: () => n.c.id,
        Tag: () => n.c.tag,
        Title: () => n.c.title,
        Appearance: () => n.c.appearance,
        Type: () => n.c.type,
        Text: () => text(w, n),
        CannotEdit: () => false,
        CannotDelete: () => false,
      };
    case 'Range':
      return {
        Text: () => text(w, n),
        IsEmpty: () => text(w, n) === '',
        Style: () => paragraphsOf(w, n).paragraphs[0]?.style ?? '',
        StyleBuiltIn: () => builtInStyleOf(paragraphsOf(w, n).paragraphs[0] ?? { style: '' }),
      };
    case 'Table':
      return {
        RowCount: () => new Set(tableParagraphs(w, n.t).map((p) => p.cell?.row)).size,
        Values: () => tableValues(w, n.t),
        NestingLevel: () => 1,
      };
    case 'CellBody':
      return { Text: () => text(w, n), Type: () => 'TableCell' };
    case 'TableCell':
      return {
        RowIndex: () => n.row,
        CellIndex: () => n.cell,
        Value: () => tableValues(w, n.t)[n.row]?.[n.cell] ?? '',
      };
    case 'ListItem':
      return {
        ListString: () => n.p.list?.listString ?? '',
        Level: () => n.p.list?.level ?? 0,
      };
    default:
      return {};
  }
}

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** What a load returns: the selected properties (all scalars when nothing is named), nested for "a/b". */
export function queryValue(
  w: WorldState,
  n: Node,
  select: string[] | undefined,
  withReference: (n: Node) => Json,
): Json {
  const out: Json = { ...withReference(n) };
  const own = scalars(w, n);
  const names = select ?? Object.keys(own).map((k) => k.charAt(0).toLowerCase() + k.slice(1));
  const nested = new Map<string, string[]>();
  for (const name of names) {
    if (name === '$none' || name === '') continue;
    const slash = name.indexOf('/');
    if (slash > 0) {
      const head = name.slice(0, slash);
      nested.set(head, [...(nested.get(head) ?? []), name.slice(slash + 1)]);
      continue;
    }
    const get = own[pascal(name)];
    if (!get) {
      if (navigation(w, n, pascal(name)) !== undefined) continue; // a navigation property: nothing to give
      throw new HostError('InvalidArgument', `${n.kind} has no property '${name}'.`);
    }
    out[pascal(name)] = get();
  }
  for (const [head, rest] of nested) {
    const child = navigation(w, n, pascal(head));
    if (child === undefined) throw new HostError('InvalidArgument', `${n.kind} has no property '${head}'.`);
    out[pascal(head)] = child === null ? null : queryValue(w, child, rest, () => ({}));
  }
  return out;
}

export function setProperty(w: WorldState, n: Node, name: string, value: unknown): void {
  const fail = () => {
    throw new HostError('InvalidArgument', `${n.kind}.${name} cannot be set.`);
  };
  switch (n.kind) {
    case 'ContentControl':
      if (name === 'Tag') n.c.tag = String(value);
      else if (name === 'Title') n.c.title = String(value);
      else if (name === 'Appearance') n.c.appearance = String(value);
      else fail();
      return;
    case 'Paragraph':
      if (name === 'StyleBuiltIn') {
        n.p.styleBuiltIn = String(value);
        n.p.style = styleNameOf(String(value));
      } else if (name === 'Style') {
        n.p.style = String(value);
        delete n.p.styleBuiltIn;
      } else fail();
      w.model.recordWrite(`Paragraph.${name.charAt(0).toLowerCase()}${name.slice(1)}`, [n.p]);
      return;
    case 'TableCell':
      if (name !== 'Value') fail();
      setCellValue(w, n.t, n.row, n.cell, String(value));
      return;
    case 'Font':
      if (name !== 'Bold') fail();
      setBold(n.r, value === true);
      w.model.recordWrite('Font.bold', rangeParagraphs(n.r));
      return;
    case 'SearchOptions':
      n.options[name] = value;
      return;
    default:
      fail();
  }
}

// ----
// Navigation properties (ObjectPathType 4)

/** The object a navigation property leads to; null for an *OrNullObject that finds nothing; undefined: none. */
export function navigation(w: WorldState, n: Node, name: string): Node | null | undefined {
  const absent = absentOf(n);
  switch (n.kind) {
    case 'Document':
      if (name === 'Body') return { kind: 'Body', story: w.model.body, absent: false };
      if (name === 'Sections') return { kind: 'SectionCollection' };
      if (name === 'ContentControls')
        return { kind: 'ContentControlCollection', list: () => w.model.allControls() };
      return undefined;
    case 'Section':
      if (name === 'Body') return { kind: 'Body', story: w.model.body, absent: false };
      return undefined;
    case 'TableCell':
      if (name === 'Body') return { kind: 'CellBody', t: n.t, row: n.row, cell: n.cell };
      // TableCell.parentRow (WordApi 1.3): learn.microsoft.com/javascript/api/word/word.tablecell#word-word-tablecell-parentrow-member
      if (name === 'ParentRow') return { kind: 'TableRow', t: n.t, row: n.row };
      return undefined;
    case 'Body':
    case 'CellBody':
    case 'Range':
    case 'ContentControl':
    case 'Paragraph':
      break;
    case 'Table':
      if (name === 'ParentContentControlOrNullObject' || name === 'ParentContentControl') {
        const c = innermostCommon(tableParagraphs(w, n.t));
        if (c === null && name === 'ParentContentControl')
          throw new HostError('ItemNotFound', 'The table is not in a content control.');
        return c ? { kind: 'ContentControl', c } : null;
      }
      return undefined;
    default:
      return undefined;
  }
  if (name === 'Font' && n.kind === 'Range') return { kind: 'Font', r: n.r };
  const within = () => paragraphsOf(w, n).paragraphs;
  if (name === 'Paragraphs') return { kind: 'ParagraphCollection', list: within, absent };
  if (name === 'ContentControls') {
    if (n.kind === 'ContentControl') {
      // The controls inside this one, not itself.
      return {
        kind: 'ContentControlCollection',
        list: () => controlsIn(within()).filter((c) => c !== n.c),
        absent,
      };
    }
    return { kind: 'ContentControlCollection', list: () => controlsIn(within()), absent };
  }
  if (name === 'Tables') return { kind: 'TableCollection', list: () => tablesIn(within()) };
  // The simulated document holds no pictures: inline pictures are always an empty collection.
  if (name === 'InlinePictures') return { kind: 'ParagraphCollection', list: () => [], absent };
  if (name === 'ParentContentControlOrNullObject' || name === 'ParentContentControl') {
    let c: FakeControl | null;
    if (n.kind === 'ContentControl') {
      const first = controlParagraphs(w, n.c).paragraphs[0]!;
      c = first.controls[first.controls.indexOf(n.c) - 1] ?? null;
    } else if (n.kind === 'Paragraph') c = n.p.controls.at(-1) ?? null;
    else if (n.kind === 'Body') c = null;
    else c = innermostCommon(within());
    if (c === null && name === 'ParentContentControl')
      throw new HostError('ItemNotFound', 'The object is not in a content control.');
    return c ? { kind: 'ContentControl', c } : null;
  }
  if (n.kind === 'Paragraph') {
    const cell = n.p.cell;
    if (name === 'ParentTableCellOrNullObject' || name === 'ParentTableCell') {
      if (!cell && name === 'ParentTableCell') throw new HostError('ItemNotFound', 'Not in a table.');
      return cell ? { kind: 'TableCell', t: cell.table, row: cell.row, cell: cell.cell } : null;
    }
    if (name === 'ParentTableOrNullObject' || name === 'ParentTable') {
      if (!cell && name === 'ParentTable') throw new HostError('ItemNotFound', 'Not in a table.');
      return cell ? { kind: 'Table', t: cell.table } : null;
    }
    if (name === 'ListItemOrNullObject' || name === 'ListItem') {
      if (!n.p.list && name === 'ListItem') throw new HostError('ItemNotFound', 'Not a list item.');
      return n.p.list ? { kind: 'ListItem', p: n.p } : null;
    }
    if (name === 'ParentBody') return { kind: 'Body', story: storyOf(w, n.p), absent };
  }
  return undefined;
}

// ----
// Collections

export function collectionItems(w: WorldState, n: Node): Node[] {
  switch (n.kind) {
    case 'ParagraphCollection':
      return n.list().map((p) => ({ kind: 'Paragraph', p, absent: n.absent }));
    case 'ContentControlCollection':
      return n.list().map((c) => ({ kind: 'ContentControl', c, absent: n.absent }));
    case 'RangeCollection':
      return n.list.map((r) => ({ kind: 'Range', r }));
    case 'SectionCollection':
      return w.model.sections.map((_, index) => ({ kind: 'Section', index }));
    case 'TableCollection':
      return n.list().map((t) => ({ kind: 'Table', t }));
    default:
      throw new HostError('InvalidArgument', `${n.kind} is not a collection.`);
  }
}

// ----
// Methods (ObjectPathType 3 and ActionType 3). A method returns a node (an object path) or a value (an action).

type Method = (w: WorldState, n: Node, args: unknown[]) => Node | null | unknown;

const str = (v: unknown) => String(v ?? '');

function itemAt(n: Node, w: WorldState, pick: 'first' | 'last', orNull: boolean): Node | null {
  const items = collectionItems(w, n);
  const item = pick === 'first' ? items[0] : items.at(-1);
  if (!item) {
    if (orNull) return null;
    throw new HostError('ItemNotFound', `The ${n.kind} is empty.`);
  }
  return item;
}

function rangeOf(w: WorldState, n: Node, location: string): Node {
  const loc = location || 'Whole';
  if (loc === 'After' || loc === 'Before') {
    // A collapsed range just outside: at the start of the next paragraph (or the end of the previous one).
    const { story, paragraphs } = paragraphsOf(w, n);
    const edge = loc === 'After' ? paragraphs.at(-1)! : paragraphs[0]!;
    const at = story.paragraphs[story.paragraphs.indexOf(edge) + (loc === 'After' ? 1 : -1)];
    if (!at) throw new HostError('ItemNotFound', `There is nothing ${loc.toLowerCase()} this ${n.kind}.`);
    return { kind: 'Range', r: { story, first: at, last: at, edge: loc === 'After' ? 'Start' : 'End' } };
  }
  const { story, paragraphs } = paragraphsOf(w, n);
  const edge = loc === 'Start' ? 'Start' : loc === 'End' ? 'End' : 'Whole';
  return { kind: 'Range', r: { story, first: paragraphs[0]!, last: paragraphs.at(-1)!, edge } };
}

function search(w: WorldState, n: Node, args: unknown[]): Node {
  if (w.options.findDialogOpen) {
    throw new HostError('SearchDialogIsOpen', "The search can't run while Word's Find dialog is open.");
  }
  const optionsNode = args[1] as Node | undefined;
  const options = optionsNode && optionsNode.kind === 'SearchOptions' ? optionsNode.options : {};
  const pattern = searchPattern(str(args[0]), options.MatchCase === true);
  const { story, paragraphs } = paragraphsOf(w, n);
  const hits: FakeRange[] = [];
  for (const p of paragraphs) {
    for (const match of p.text.matchAll(pattern)) {
      hits.push({ story, first: p, last: p, edge: 'Whole', text: match[0], start: match.index });
    }
  }
  return { kind: 'RangeCollection', list: hits };
}

function select(w: WorldState, n: Node, mode: string): void {
  const range = rangeOf(w, n, n.kind === 'ContentControl' ? 'Content' : 'Whole');
  if (range.kind !== 'Range') return;
  const edge = mode === 'Start' ? 'Start' : mode === 'End' ? 'End' : range.r.edge;
  w.model.selection = { ...range.r, edge };
}

/**
 * Paragraph.insertTable (WordApi 1.3: "Inserts a table with the specified number of rows and columns",
 * Before or After the paragraph; values fill it row by row): one paragraph per cell, outside any control.
 */
function insertTable(
  w: WorldState,
  n: Node,
  rows: number,
  columns: number,
  location: string,
  values: string[][],
): Node {
  if (location !== 'Before' && location !== 'After')
    throw new HostError('InvalidArgument', 'Paragraph.insertTable takes Before or After.');
  const anchor = (n as Extract<Node, { kind: 'Paragraph' }>).p;
  const story = storyOf(w, anchor);
  const table = w.model.newTable();
  const cells = Array.from({ length: rows * columns }, (_, k) =>
    w.model.newParagraph(values[Math.floor(k / columns)]?.[k % columns] ?? '', {
      cell: { table, row: Math.floor(k / columns), cell: k % columns },
    }),
  );
  story.paragraphs.splice(story.paragraphs.indexOf(anchor) + (location === 'After' ? 1 : 0), 0, ...cells);
  w.model.recordWrite('Paragraph.insertTable', cells);
  return { kind: 'Table', t: table };
}

/** Range.expandTo (WordApi 1.3): from the start of this range to the end of the other, in one story. */
function expandTo(w: WorldState, n: Node, other: Node): Node {
  const from = paragraphsOf(w, n);
  const to = paragraphsOf(w, other);
  if (from.story !== to.story) throw new HostError('InvalidArgument', 'The ranges are in different stories.');
  return {
    kind: 'Range',
    r: { story: from.story, first: from.paragraphs[0]!, last: to.paragraphs.at(-1)!, edge: 'Whole' },
  };
}

/**
 * Range.compareLocationWith (WordApi 1.3: "Compares this range's location with another range's location"),
 * over the host's coarse positions: a paragraph has a start and an end point, a range runs from one to the
 * other. Which LocationRelation Word gives where points touch is not documented beyond the names; only
 * Equal, Before, After, Inside and Contains are told apart here.
 */
function compareLocation(w: WorldState, n: Node, other: Node): string {
  const span = (x: Node): [FakeStory, number, number] => {
    const r = x.kind === 'Range' ? x.r : (rangeOf(w, x, 'Whole') as Extract<Node, { kind: 'Range' }>).r;
    const first = 2 * r.story.paragraphs.indexOf(r.first);
    const last = 2 * r.story.paragraphs.indexOf(r.last) + 1;
    if (r.edge === 'Start') return [r.story, first, first];
    if (r.edge === 'End') return [r.story, last, last];
    return [r.story, first, last];
  };
  const [sa, a0, a1] = span(n);
  const [sb, b0, b1] = span(other);
  if (sa !== sb) throw new HostError('InvalidArgument', 'The ranges are in different stories.');
  if (a0 === b0 && a1 === b1) return 'Equal';
  if (a1 <= b0) return 'Before';
  if (a0 >= b1) return 'After';
  if (a0 >= b0 && a1 <= b1) return 'Inside';
  return 'Contains';
}

function insertContentControl(w: WorldState, n: Node): Node {
  const { paragraphs } = paragraphsOf(w, n);
  const created = w.model.newControl();
  // The new control goes inside every control the paragraphs already share (innermost last).
  for (const p of paragraphs) p.controls.push(created);
  w.model.recordWrite(`${n.kind}.insertContentControl`, paragraphs);
  return { kind: 'ContentControl', c: created };
}

function insertText(w: WorldState, n: Node, value: string, location: string): Node {
  if (n.kind === 'Range' && n.r.start !== undefined && n.r.text !== undefined)
    return insertTextInParagraph(w, n.r, value, location);
  const { story, paragraphs } = paragraphsOf(w, n);
  const [first, ...rest] = paragraphs;
  if (!first) throw new HostError('ItemNotFound', 'Nothing to write into.');
  if (location === 'Replace') {
    first.text = value;
    delete first.bold;
    for (const p of rest) story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
  } else if (location === 'Start' || location === 'End') {
    const p = location === 'Start' ? first : paragraphs.at(-1)!;
    const at = location === 'Start' ? 0 : p.text.length;
    return insertTextInParagraph(
      w,
      { story, first: p, last: p, edge: 'Whole', text: '', start: at },
      value,
      'Replace',
      n.kind,
    );
  } else throw new HostError('InvalidArgument', `insertText does not take '${location}' here.`);
  w.model.recordWrite(`${n.kind}.insertText`, [first]);
  return { kind: 'Range', r: { story, first, last: first, edge: 'Whole' } };
}

/**
 * Text written over a stretch of one paragraph (a search hit) or at a point in it. Range.insertText (WordApi
 * 1.1, learn.microsoft.com/javascript/api/word/word.range#word-word-range-inserttext-member(1)) documents the
 * text, not its formatting: that the new text takes the formatting of the first character it replaces (or, at
 * a point, of the character before it, as typing does), so a value written after a bold label stays not bold,
 * is not documented: a question for the in-Word kit. It returns the range of the new text.
 */
function insertTextInParagraph(
  w: WorldState,
  r: FakeRange,
  value: string,
  location: string,
  kind = 'Range',
): Node {
  const p = r.first;
  const start = r.start!;
  const old = r.text!;
  if (p.text.slice(start, start + old.length) !== old)
    throw new HostError('ItemNotFound', 'The range is no longer in the document.');
  const at = location === 'Start' ? start : location === 'End' ? start + old.length : start;
  const cut = location === 'Replace' ? old.length : 0;
  if (!['Replace', 'Start', 'End'].includes(location))
    throw new HostError('InvalidArgument', `insertText does not take '${location}' here.`);
  if (p.bold) {
    const like = p.bold[at] ?? p.bold[at - 1] ?? false;
    const likeHere = cut > 0 ? like : (p.bold[at - 1] ?? p.bold[at] ?? false);
    p.bold.splice(at, cut, ...new Array<boolean>(value.length).fill(likeHere));
  }
  p.text = p.text.slice(0, at) + value + p.text.slice(at + cut);
  w.model.recordWrite(`${kind}.insertText`, [p]);
  return { kind: 'Range', r: { story: r.story, first: p, last: p, edge: 'Whole', text: value, start: at } };
}

/** Range.font.bold (WordApi 1.1, learn.microsoft.com/javascript/api/word/word.font#word-word-font-bold-member). */
function setBold(r: FakeRange, bold: boolean): void {
  const paragraphs = rangeParagraphs(r);
  for (const p of paragraphs) {
    const flags = p.bold ?? new Array<boolean>(p.text.length).fill(false);
    const from = r.start ?? 0;
    const to = r.start === undefined ? p.text.length : from + (r.text ?? '').length;
    for (let i = from; i < to; i++) flags[i] = bold;
    p.bold = flags;
  }
}

/**
 * insertOoxml, read with the project's own OOXML reader (src/docx/flat.ts through tests/fakes/word/ooxml.ts).
 * Word merges the package's last paragraph into the paragraph it is inserted into; the others go before it
 * (the research, docs/architecture.md of the shared notes: "The last inserted paragraph merges into the target
 * paragraph"). The merged paragraph keeps the target's style (not documented: a question for the in-Word kit).
 */
function insertOoxml(w: WorldState, n: Node, ooxml: string, location: string): Node {
  if (n.kind !== 'Paragraph')
    throw new HostError('NotImplemented', `${n.kind}.insertOoxml is not simulated.`);
  const p = n.p;
  let parsed;
  try {
    parsed = parseFlatOoxml(ooxml);
  } catch {
    throw new HostError('InvalidArgument', 'The OOXML is not well-formed.');
  }
  if (parsed.length === 0) throw new HostError('InvalidArgument', 'The OOXML has no body.');
  const controls = new Map<number, FakeControl>();
  const tables = new Map<number, FakeTable>();
  const made = parsed.map((q) => {
    const cell = q.cell
      ? {
          table: tables.get(q.cell.table) ?? tables.set(q.cell.table, w.model.newTable()).get(q.cell.table)!,
          row: q.cell.row,
          cell: q.cell.cell,
        }
      : p.cell;
    const ccs = q.controls.map(
      (c) => controls.get(c.key) ?? controls.set(c.key, w.model.newControl(c.tag, c.title)).get(c.key)!,
    );
    return w.model.newParagraph(q.text, {
      style: styleNameOf(q.style || 'Normal'),
      cell,
      controls: [...p.controls, ...ccs],
    });
  });
  const last = made.pop()!;
  delete p.bold;
  p.text =
    location === 'Replace' ? last.text : location === 'Start' ? last.text + p.text : p.text + last.text;
  const story = storyOf(w, p);
  story.paragraphs.splice(story.paragraphs.indexOf(p), 0, ...made);
  w.model.recordWrite('Paragraph.insertOoxml', [...made, p]);
  return { kind: 'Range', r: { story, first: made[0] ?? p, last: p, edge: 'Whole' } };
}

function deleteNode(w: WorldState, n: Node, keepContent: boolean): void {
  if (n.kind === 'ContentControl') {
    const { story, paragraphs } = controlParagraphs(w, n.c);
    w.model.recordWrite('ContentControl.delete', paragraphs);
    for (const p of paragraphs) {
      if (keepContent) p.controls.splice(p.controls.indexOf(n.c), 1);
      else story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
    }
    return;
  }
  const { story, paragraphs } = paragraphsOf(w, n);
  w.model.recordWrite(`${n.kind}.delete`, paragraphs);
  for (const p of paragraphs) story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
}

/** A paragraph made by insertParagraph on something that is not a paragraph. */
function insertParagraphOutside(w: WorldState, n: Node, value: string, location: string): Node {
  if (n.kind === 'Body') {
    if (location !== 'Start' && location !== 'End')
      throw new HostError('InvalidArgument', 'Body.insertParagraph takes Start or End.');
    const story = n.story;
    const neighbour = location === 'Start' ? story.paragraphs[0] : story.paragraphs.at(-1);
    const created = newParagraph(w, value, {
      ...(neighbour ? formattingOf(neighbour) : {}),
      controls: [],
      cell: null,
    });
    if (location === 'Start') story.paragraphs.unshift(created);
    else story.paragraphs.push(created);
    w.model.recordWrite('Body.insertParagraph', [created]);
    return { kind: 'Paragraph', p: created };
  }
  if (location !== 'Before' && location !== 'After')
    throw new HostError('InvalidArgument', `${n.kind}.insertParagraph takes Before or After.`);
  if (n.kind === 'ContentControl') {
    // Outside the control, in whatever holds it (the controls around it and its table cell).
    const { paragraphs } = controlParagraphs(w, n.c);
    const edge = location === 'After' ? paragraphs.at(-1)! : paragraphs[0]!;
    const outer = edge.controls.slice(0, edge.controls.indexOf(n.c));
    const p = insertNear(w, 'ContentControl.insertParagraph', edge, location, value, {
      controls: outer,
      cell: edge.cell,
    });
    return { kind: 'Paragraph', p };
  }
  if (n.kind === 'Table') {
    // After the table, but inside the controls that wrap the whole table: a block-level control around a
    // table holds the paragraph that follows it (not documented: a question for the in-Word kit).
    const ps = tableParagraphs(w, n.t);
    const edge = location === 'After' ? ps.at(-1)! : ps[0]!;
    const wrapping = edge.controls.filter((c) => ps.every((q) => q.controls.includes(c)));
    const p = insertNear(w, 'Table.insertParagraph', edge, location, value, {
      controls: wrapping,
      cell: null,
    });
    return { kind: 'Paragraph', p };
  }
  if (n.kind === 'Range') {
    const ps = rangeParagraphs(n.r);
    const edge = location === 'After' ? ps.at(-1)! : ps[0]!;
    const p = insertNear(w, 'Range.insertParagraph', edge, location, value, {
      controls: [...edge.controls],
      cell: edge.cell,
    });
    return { kind: 'Paragraph', p };
  }
  throw new HostError('InvalidArgument', `${n.kind}.insertParagraph is not simulated.`);
}

const RANGE_LIKE: Record<string, Method> = {
  GetRange: (w, n, [loc]) => rangeOf(w, n, str(loc)),
  ExpandTo: (w, n, [other]) => expandTo(w, n, other as Node),
  CompareLocationWith: (w, n, [other]) => compareLocation(w, n, other as Node),
  Select: (w, n, [mode]) => select(w, n, str(mode)),
  Search: (w, n, args) => search(w, n, args),
  InsertText: (w, n, [v, loc]) => insertText(w, n, str(v), str(loc)),
  InsertContentControl: (w, n) => insertContentControl(w, n),
  InsertParagraph: (w, n, [v, loc]) => insertParagraphOutside(w, n, str(v), str(loc)),
};

const METHODS: Record<string, Record<string, Method>> = {
  Document: {
    GetSelection: (w) => {
      if (!w.model.selection) throw new HostError('GeneralException', 'There is no selection.');
      return { kind: 'Range', r: w.model.selection };
    },
  },
  Body: {
    ...RANGE_LIKE,
    InsertOoxml: () => notSimulated('Body.insertOoxml'),
    // Body.clear (WordApi 1.1, "Clears the contents of the body object"): one empty Normal paragraph is left,
    // as a Word story always keeps one.
    Clear: (w, n) => {
      const story = (n as Extract<Node, { kind: 'Body' }>).story;
      story.paragraphs.splice(0, story.paragraphs.length, w.model.newParagraph(''));
    },
  },
  // A cell's body: a paragraph at its start or end stays in the cell, inside the controls around the whole cell
  // (which controls it joins is not documented: a question for the in-Word kit).
  CellBody: {
    GetRange: (w, n, [loc]) => rangeOf(w, n, str(loc)),
    InsertParagraph: (w, n, [v, loc]) => {
      const where = str(loc);
      if (where !== 'Start' && where !== 'End')
        throw new HostError('InvalidArgument', 'Body.insertParagraph takes Start or End.');
      const ps = cellParagraphs(w, n as Extract<Node, { kind: 'CellBody' }>);
      const edge = where === 'End' ? ps.at(-1)! : ps[0]!;
      const p = insertNear(w, 'Body.insertParagraph', edge, where === 'End' ? 'After' : 'Before', str(v), {
        cell: edge.cell,
        controls: edge.controls.filter((c) => ps.every((q) => q.controls.includes(c))),
      });
      return { kind: 'Paragraph', p };
    },
  },
  SectionCollection: {
    GetFirst: (w, n) => itemAt(n, w, 'first', false),
  },
  Section: {
    GetHeader: (w, n, [type]) => headerFooter(w, n, 'headers', str(type)),
    GetFooter: (w, n, [type]) => headerFooter(w, n, 'footers', str(type)),
  },
  Paragraph: {
    ...RANGE_LIKE,
    InsertParagraph: (w, n, [v, loc]) => {
      const p = (n as Extract<Node, { kind: 'Paragraph' }>).p;
      const where = str(loc);
      if (where !== 'Before' && where !== 'After')
        throw new HostError('InvalidArgument', 'Paragraph.insertParagraph takes Before or After.');
      return {
        kind: 'Paragraph',
        p: insertNear(w, 'Paragraph.insertParagraph', p, where, str(v), {
          cell: p.cell,
          controls: [...p.controls],
        }),
      };
    },
    InsertOoxml: (w, n, [xml, loc]) => insertOoxml(w, n, str(xml), str(loc)),
    InsertTable: (w, n, [rows, columns, loc, values]) =>
      insertTable(w, n, Number(rows), Number(columns), str(loc), (values as string[][] | undefined) ?? []),
    Delete: (w, n) => deleteNode(w, n, false),
    GetReviewedText: (w, n, [version]) => {
      if (!w.options.wordApi14) throw new HostError('ApiNotFound', 'getReviewedText needs WordApi 1.4.');
      const p = (n as Extract<Node, { kind: 'Paragraph' }>).p;
      return str(version) === 'Original' ? p.text : (p.reviewedText ?? p.text);
    },
    GetNextOrNullObject: (w, n) => neighbour(w, n, 1),
    GetNext: (w, n) => {
      const next = neighbour(w, n, 1);
      if (!next) throw new HostError('ItemNotFound', 'This is the last paragraph.');
      return next;
    },
    GetPreviousOrNullObject: (w, n) => neighbour(w, n, -1),
    DetachFromList: (w, n) => {
      const p = (n as Extract<Node, { kind: 'Paragraph' }>).p;
      // Not documented for a paragraph outside any list: the host refuses it, so the add-in must only detach
      // list items (a question for the in-Word kit).
      if (!p.list) throw new HostError('GeneralException', 'The paragraph is not in a list.');
      p.list = null;
      w.model.recordWrite('Paragraph.detachFromList', [p]);
    },
  },
  ParagraphCollection: {
    GetFirst: (w, n) => itemAt(n, w, 'first', false),
    GetLast: (w, n) => itemAt(n, w, 'last', false),
    GetFirstOrNullObject: (w, n) => itemAt(n, w, 'first', true),
    GetLastOrNullObject: (w, n) => itemAt(n, w, 'last', true),
  },
  ContentControl: {
    ...RANGE_LIKE,
    Delete: (w, n, [keep]) => deleteNode(w, n, keep === true),
  },
  ContentControlCollection: {
    GetFirst: (w, n) => itemAt(n, w, 'first', false),
    GetFirstOrNullObject: (w, n) => itemAt(n, w, 'first', true),
    GetByIdOrNullObject: (w, n, [id]) =>
      collectionItems(w, n).find((c) => c.kind === 'ContentControl' && c.c.id === id) ?? null,
    GetById: (w, n, [id]) => {
      const found = collectionItems(w, n).find((c) => c.kind === 'ContentControl' && c.c.id === id);
      if (!found) throw new HostError('ItemNotFound', `No content control with id ${str(id)}.`);
      return found;
    },
    GetByTag: (w, n, [tag]) => ({
      kind: 'ContentControlCollection',
      list: () =>
        collectionItems(w, n).flatMap((c) => (c.kind === 'ContentControl' && c.c.tag === tag ? [c.c] : [])),
    }),
    GetByTitle: (w, n, [title]) => ({
      kind: 'ContentControlCollection',
      list: () =>
        collectionItems(w, n).flatMap((c) =>
          c.kind === 'ContentControl' && c.c.title === title ? [c.c] : [],
        ),
    }),
  },
  Range: {
    ...RANGE_LIKE,
  },
  RangeCollection: {
    GetFirst: (w, n) => itemAt(n, w, 'first', false),
    GetFirstOrNullObject: (w, n) => itemAt(n, w, 'first', true),
  },
  TableCollection: {
    GetFirst: (w, n) => itemAt(n, w, 'first', false),
    GetFirstOrNullObject: (w, n) => itemAt(n, w, 'first', true),
  },
  Table: {
    GetCell: (w, n, [row, cell]) => {
      const t = (n as Extract<Node, { kind: 'Table' }>).t;
      const exists = tableParagraphs(w, t).some((p) => p.cell!.row === row && p.cell!.cell === cell);
      if (!exists) throw new HostError('ItemNotFound', `The table has no cell ${str(row)},${str(cell)}.`);
      return { kind: 'TableCell', t, row: Number(row), cell: Number(cell) };
    },
    AddRows: (w, n, [location, count, values]) => {
      if (location !== 'End') throw new HostError('NotImplemented', 'Rows are only added at the end here.');
      addRowsAtEnd(w, (n as Extract<Node, { kind: 'Table' }>).t, Number(count), (values as string[][]) ?? []);
    },
    DeleteRows: (w, n, [row, count]) =>
      deleteRows(w, (n as Extract<Node, { kind: 'Table' }>).t, Number(row), Number(count ?? 1)),
    InsertParagraph: (w, n, [v, loc]) => insertParagraphOutside(w, n, str(v), str(loc)),
    GetRange: (w, n, [loc]) => rangeOf(w, n, str(loc)),
    Select: (w, n, [mode]) => select(w, n, str(mode)),
  },
  TableRow: {
    InsertRows: (w, n, [location, count, values]) => {
      const { t, row } = n as Extract<Node, { kind: 'TableRow' }>;
      if (location !== 'Before' && location !== 'After')
        throw new HostError('InvalidArgument', `'${str(location)}' is not a place for rows.`);
      insertRowsBeside(w, t, row, location, Number(count), (values as string[][]) ?? []);
      return { kind: 'Other', name: 'TableRowCollection' };
    },
  },
};

function notSimulated(what: string): never {
  throw new HostError('NotImplemented', `${what} is not simulated.`);
}

function neighbour(w: WorldState, n: Node, step: 1 | -1): Node | null {
  const p = (n as Extract<Node, { kind: 'Paragraph' }>).p;
  const list = storyOf(w, p).paragraphs;
  const next = list[list.indexOf(p) + step];
  return next ? { kind: 'Paragraph', p: next } : null;
}

/**
 * Section.getHeader/getFooter. Primary always exists. FirstPage exists only with "different first page" and
 * EvenPages only with "different odd and even pages"; for a type the section does not use, Word hands out the
 * object but any use of it fails with GeneralException (office-js-docs-reference#1202, "Accessing firstPage and
 * evenPages headers throw a general exception", reported on getOoxml; that reading it and writing to it fail
 * alike is not documented: a question for the in-Word kit). Also not documented: that loading such a header's
 * content controls fails the same way, and that after that failed batch the context and the objects loaded
 * before it stay usable (page-marking.ts asks for each type in a batch of its own and goes on).
 */
function headerFooter(w: WorldState, n: Node, which: 'headers' | 'footers', type: string): Node {
  const section = w.model.sections[(n as Extract<Node, { kind: 'Section' }>).index];
  if (!section || !['Primary', 'FirstPage', 'EvenPages'].includes(type))
    throw new HostError('InvalidArgument', `'${type}' is not a header/footer type.`);
  const t = type as HeaderFooterType;
  return { kind: 'Body', story: section[which][t], absent: !sectionHas(section, t) };
}

export function callMethod(w: WorldState, n: Node, name: string, args: unknown[]): unknown {
  if (absentOf(n)) {
    throw new HostError('GeneralException', 'GeneralException');
  }
  const method = METHODS[n.kind]?.[name];
  if (!method) throw new HostError('NotImplemented', `${n.kind}.${name} is not simulated.`);
  return method(w, n, args);
}

export function checkUsable(n: Node): void {
  if (absentOf(n)) throw new HostError('GeneralException', 'GeneralException');
}

// ----
// Tables as Word's table APIs see them (WordApi 1.3): `values` row by row, a cell's `value`, `addRows` at the
// end (the last row as the template) and `deleteRows`. A cell's paragraphs join with '\n'.

function tableValues(w: WorldState, t: FakeTable): string[][] {
  const values: string[][] = [];
  for (const p of tableParagraphs(w, t)) {
    const row = (values[p.cell!.row] ??= []);
    row[p.cell!.cell] = row[p.cell!.cell] === undefined ? p.text : `${row[p.cell!.cell]}\n${p.text}`;
  }
  return values.map((row) => Array.from(row, (v) => v ?? ''));
}

function setCellValue(w: WorldState, t: FakeTable, row: number, cell: number, value: string): void {
  const inCell = tableParagraphs(w, t).filter((p) => p.cell!.row === row && p.cell!.cell === cell);
  const [first, ...rest] = inCell;
  if (!first) throw new HostError('ItemNotFound', `No cell ${row},${cell} in the table.`);
  first.text = value;
  delete first.bold;
  const story = storyOf(w, first);
  for (const p of rest) story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
  w.model.recordWrite('TableCell.value', [first]);
}

function addRowsAtEnd(w: WorldState, t: FakeTable, count: number, values: string[][]): void {
  const all = tableParagraphs(w, t);
  const last = all.at(-1);
  if (!last) throw new HostError('ItemNotFound', 'The table is empty.');
  const lastRow = last.cell!.row;
  const template = all.filter((p) => p.cell!.row === lastRow);
  const cells = [...new Map(template.map((p) => [p.cell!.cell, p])).values()];
  const story = storyOf(w, last);
  const made: FakeParagraph[] = [];
  for (let i = 0; i < count; i++) {
    for (const p of cells) {
      made.push(
        w.model.newParagraph(values[i]?.[p.cell!.cell] ?? '', {
          style: p.style,
          cell: { table: t, row: lastRow + 1 + i, cell: p.cell!.cell },
          controls: [...p.controls],
        }),
      );
    }
  }
  story.paragraphs.splice(story.paragraphs.indexOf(last) + 1, 0, ...made);
  w.model.recordWrite('Table.addRows', made);
}

/**
 * TableRow.insertRows (WordApi 1.3): "Inserts rows using this row as a template"
 * (learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-insertrows-member(1)). The new rows
 * take the template's paragraph style and controls; that they take its direct formatting (bold, shading) too
 * is not documented: a question for the in-Word kit.
 */
function insertRowsBeside(
  w: WorldState,
  t: FakeTable,
  row: number,
  location: 'Before' | 'After',
  count: number,
  values: string[][],
): void {
  const all = tableParagraphs(w, t);
  const template = all.filter((p) => p.cell!.row === row);
  if (template.length === 0) throw new HostError('ItemNotFound', `No row ${row}.`);
  const first = location === 'Before' ? row : row + 1;
  for (const p of all) if (p.cell!.row >= first) p.cell = { ...p.cell!, row: p.cell!.row + count };
  const cells = [...new Map(template.map((p) => [p.cell!.cell, p])).values()];
  const made: FakeParagraph[] = [];
  for (let i = 0; i < count; i++)
    for (const p of cells)
      made.push(
        w.model.newParagraph(values[i]?.[p.cell!.cell] ?? '', {
          style: p.style,
          cell: { table: t, row: first + i, cell: p.cell!.cell },
          controls: [...p.controls],
        }),
      );
  const story = storyOf(w, template[0]!);
  const at = location === 'Before' ? template[0]! : template.at(-1)!;
  story.paragraphs.splice(story.paragraphs.indexOf(at) + (location === 'Before' ? 0 : 1), 0, ...made);
  w.model.recordWrite('TableRow.insertRows', made);
}

function deleteRows(w: WorldState, t: FakeTable, from: number, count: number): void {
  const all = tableParagraphs(w, t);
  const gone = all.filter((p) => p.cell!.row >= from && p.cell!.row < from + count);
  if (gone.length === 0) throw new HostError('ItemNotFound', `No row ${from}.`);
  w.model.recordWrite('Table.deleteRows', gone);
  const story = storyOf(w, gone[0]!);
  for (const p of gone) story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
  for (const p of all) if (p.cell!.row >= from + count) p.cell = { ...p.cell!, row: p.cell!.row - count };
}
