import type { SourceParagraph } from '../core/model/paragraph';
import type { XmlHandler, XmlTag } from './xml-parse';

export type { XmlHandler } from './xml-parse';

/**
 * WordprocessingML namespaces: Transitional (what Word writes) and Strict. These addresses are XML namespace
 * names compared as strings; nothing is ever fetched from them.
 */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const R_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

export type PartKind = SourceParagraph['part'];

/** A paragraph as read, before style ids are turned into names. */
export interface RawParagraph extends Omit<SourceParagraph, 'style'> {
  styleId: string;
  /** The list the paragraph is numbered in (w:numPr), when its own properties say; "0" removes a style's list. */
  numbering: ListReference | null;
}

/** A paragraph's place in a Word list: the list instance and the level (0–8). */
export interface ListReference {
  numId: string | null;
  ilvl: number | null;
}

/** Where paragraphs of one kind of part (body, header, footer) go; header parts share one counter. */
export interface ParagraphSink {
  part: PartKind;
  paragraphs: RawParagraph[];
  tables: number;
}

export function createSink(part: PartKind): ParagraphSink {
  return { part, paragraphs: [], tables: 0 };
}

export function isW(tag: XmlTag, local: string): boolean {
  return tag.local === local && W_NAMESPACES.has(tag.uri);
}

/** A `w:`-namespaced attribute, whatever prefix the document gives it. */
export function wAttr(tag: XmlTag, local: string): string | undefined {
  return tag.attribute(W_NAMESPACES, local);
}

function rAttr(tag: XmlTag, local: string): string | undefined {
  return tag.attribute(R_NAMESPACES, local);
}

interface ControlInfo {
  tag: string;
  id: number | null;
  title: string;
}

interface OpenParagraph {
  /** The text as it arrives, run by run; joined once when the paragraph ends (see push). */
  parts: string[];
  styleId: string;
  numbering: ListReference | null;
  /** Deleted paragraph mark (tracked): the final text joins this paragraph to the next. */
  markDeleted: boolean;
  control: ControlInfo | null;
  inlineControl: ControlInfo | null;
  table: SourceParagraph['table'];
}

interface OpenTable {
  index: number;
  row: number;
  cell: number;
  rowStart: number;
  rowDeleted: boolean;
}

/** Symbol-font characters minutes use (ticks, crosses, bullets); others in the font's private range are dropped. */
const SYMBOL_CHARS: Record<number, string> = {
  0xfc: '✓',
  0xfb: '✗',
  0xfe: '☑',
  0xfd: '☒',
  0xa8: '☐',
  0x6c: '●',
  0x9f: '•',
  0xb7: '•',
  0xa7: '▪',
};

function symbolText(tag: XmlTag): string {
  const code = Number.parseInt(wAttr(tag, 'char') ?? '', 16);
  if (!Number.isFinite(code) || code <= 0) return '';
  if (code >= 0xf000 && code <= 0xf0ff) return SYMBOL_CHARS[code - 0xf000] ?? '';
  return code < 0x20 ? '' : String.fromCodePoint(code);
}

/** Header/footer parts a section refers to, by relationship id, in document order. */
export interface PartReference {
  kind: 'header' | 'footer';
  relationshipId: string;
}

/**
 * Reads paragraphs of one part in reading order: text as it finally reads with tracked changes applied,
 * table cells (nested tables flattened into the outer cell), the innermost content control, the style id.
 */
export class ParagraphCollector implements XmlHandler {
  readonly references: PartReference[] = [];
  private readonly paragraphs: OpenParagraph[] = [];
  private readonly tables: OpenTable[] = [];
  private readonly controls: ControlInfo[] = [];
  /** Depth inside something whose content does not count at all (fallback markup, revision history). */
  private ignoring = 0;
  /** Depth inside deleted or moved-away runs: structure counts, text does not. */
  private muted = 0;
  private inText = false;
  private inRun = 0;
  private inParagraphProps = 0;
  private inControlProps = 0;
  private carried: string[] = [];

  constructor(private readonly sink: ParagraphSink) {}

  open(tag: XmlTag): void {
    if (this.ignoring > 0) {
      this.ignoring++;
      return;
    }
    const isW = W_NAMESPACES.has(tag.uri);
    if ((tag.uri === MC_NAMESPACE && tag.local === 'Fallback') || (isW && tag.local.endsWith('Change'))) {
      // Fallback markup repeats the choice; *Change elements hold the properties before a revision.
      this.ignoring = 1;
      return;
    }
    if (this.muted > 0) this.muted++;
    if (!isW) return;
    const local = tag.local;
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    switch (local) {
      case 'p':
        this.paragraphs.push({
          parts: [],
          styleId: '',
          numbering: null,
          markDeleted: false,
          control: this.controls[this.controls.length - 1] ?? null,
          inlineControl: null,
          table: this.tablePosition(),
        });
        break;
      case 'pPr':
        if (paragraph) this.inParagraphProps++;
        break;
      case 'pStyle':
        if (paragraph && this.inParagraphProps > 0) paragraph.styleId = wAttr(tag, 'val') ?? '';
        break;
      case 'numId':
      case 'ilvl':
        if (paragraph && this.inParagraphProps > 0) readListReference(paragraph, local, wAttr(tag, 'val'));
        break;
      case 'del':
      case 'moveFrom':
        if (this.inParagraphProps > 0) {
          if (paragraph) paragraph.markDeleted = true;
        } else if (this.currentTable() && this.inRun === 0 && !paragraph) {
          // w:trPr/w:del: the whole row is a tracked deletion
          this.currentTable()!.rowDeleted = true;
        } else if (this.muted === 0) {
          this.muted = 1;
        }
        break;
      case 'r':
        this.inRun++;
        break;
      case 't':
        this.inText = this.muted === 0 && this.inRun > 0;
        break;
      case 'tab':
      case 'ptab':
        if (this.inRun > 0) this.append('\t');
        break;
      case 'br':
      case 'cr':
        if (this.inRun > 0) this.append('\n');
        break;
      case 'noBreakHyphen':
        if (this.inRun > 0) this.append('-');
        break;
      case 'sym':
        if (this.inRun > 0) this.append(symbolText(tag));
        break;
      case 'tbl':
        this.tables.push({
          index: this.tables.length === 0 ? this.sink.tables++ : -1,
          row: 0,
          cell: -1,
          rowStart: 0,
          rowDeleted: false,
        });
        break;
      case 'tr': {
        const table = this.currentTable();
        if (table) {
          table.cell = -1;
          table.rowDeleted = false;
          table.rowStart = this.sink.paragraphs.length;
        }
        break;
      }
      case 'tc': {
        const table = this.currentTable();
        if (table) table.cell++;
        break;
      }
      case 'sdt': {
        const control: ControlInfo = { tag: '', id: null, title: '' };
        this.controls.push(control);
        if (paragraph && !paragraph.inlineControl) paragraph.inlineControl = control;
        break;
      }
      case 'sdtPr':
        this.inControlProps++;
        break;
      case 'tag':
      case 'alias':
      case 'id':
        if (this.inControlProps > 0) this.readControlProperty(local, tag);
        break;
      case 'headerReference':
      case 'footerReference': {
        const relationshipId = rAttr(tag, 'id');
        if (relationshipId)
          this.references.push({ kind: local === 'headerReference' ? 'header' : 'footer', relationshipId });
        break;
      }
      default:
        break;
    }
  }

  close(tag: XmlTag): void {
    if (this.ignoring > 0) {
      this.ignoring--;
      return;
    }
    if (this.muted > 0) this.muted--;
    if (!W_NAMESPACES.has(tag.uri)) return;
    switch (tag.local) {
      case 'p': {
        const paragraph = this.paragraphs.pop();
        if (paragraph) this.finish(paragraph);
        break;
      }
      case 'pPr':
        if (this.inParagraphProps > 0) this.inParagraphProps--;
        break;
      case 'r':
        if (this.inRun > 0) this.inRun--;
        break;
      case 't':
        this.inText = false;
        break;
      case 'tbl':
        this.tables.pop();
        break;
      case 'tr': {
        const table = this.currentTable();
        if (!table) break;
        if (table.rowDeleted) this.sink.paragraphs.length = table.rowStart;
        else table.row++;
        break;
      }
      case 'sdt':
        this.controls.pop();
        break;
      case 'sdtPr':
        if (this.inControlProps > 0) this.inControlProps--;
        break;
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.inText && this.ignoring === 0 && this.muted === 0) this.append(text);
  }

  /** Call once the part has been read: a paragraph whose deleted mark joined nothing still counts. */
  end(): void {
    if (this.carried.length > 0)
      this.push({
        parts: [],
        styleId: '',
        numbering: null,
        markDeleted: false,
        control: null,
        inlineControl: null,
        table: null,
      });
  }

  private append(text: string): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (paragraph) paragraph.parts.push(text);
  }

  private currentTable(): OpenTable | undefined {
    return this.tables[this.tables.length - 1];
  }

  /** Nested tables are flattened: a paragraph counts in the cell of the outermost table. */
  private tablePosition(): SourceParagraph['table'] {
    const outer = this.tables[0];
    if (!outer || outer.cell < 0) return null;
    return { table: outer.index, row: outer.row, cell: outer.cell };
  }

  private readControlProperty(local: string, tag: XmlTag): void {
    const control = this.controls[this.controls.length - 1];
    const value = wAttr(tag, 'val');
    if (!control || value === undefined) return;
    if (local === 'tag') control.tag = value;
    else if (local === 'alias') control.title = value;
    else {
      const id = Number.parseInt(value, 10);
      if (Number.isSafeInteger(id)) control.id = id;
    }
  }

  private finish(paragraph: OpenParagraph): void {
    if (paragraph.markDeleted) {
      this.carried.push(...paragraph.parts);
      return;
    }
    this.push(paragraph);
  }

  private push(paragraph: OpenParagraph): void {
    const control = paragraph.control ?? paragraph.inlineControl;
    this.sink.paragraphs.push({
      index: this.sink.paragraphs.length,
      text: joinParts(this.carried, paragraph.parts),
      styleId: paragraph.styleId,
      numbering: paragraph.numbering,
      table: paragraph.table,
      contentControl: control ? { tag: control.tag, id: control.id ?? 0, title: control.title } : null,
      part: this.sink.part,
    });
    this.carried = [];
  }
}

/** w:numPr's w:numId or w:ilvl, on the paragraph (or a style) being read. */
export function readListReference(
  into: { numbering: ListReference | null },
  local: 'numId' | 'ilvl',
  value: string | undefined,
): void {
  into.numbering ??= { numId: null, ilvl: null };
  if (local === 'numId') into.numbering.numId = value ?? null;
  else {
    const level = Number.parseInt(value ?? '', 10);
    into.numbering.ilvl = Number.isSafeInteger(level) ? Math.min(Math.max(level, 0), 8) : 0;
  }
}

/**
 * The paragraph's text in one string. A text built with += is a chain of pieces that every later scan of the
 * reader walks through (about an eighth slower on a long document); a join makes one flat string.
 */
function joinParts(carried: readonly string[], parts: readonly string[]): string {
  if (carried.length === 0) return parts.length === 1 ? parts[0]! : parts.join('');
  return [...carried, ...parts].join('');
}
