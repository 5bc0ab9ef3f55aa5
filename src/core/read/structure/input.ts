import type { SourceParagraph } from '../../model/paragraph';
import { TAGS } from '../../port';
import type { Cell, LineUnit, RowUnit } from '../blocks';
import { filledCells } from '../blocks';
import type { Columns } from '../columns';
import { markingIn, statusIn } from '../header';
import { type ItemHeading, type ItemHeadings, itemHeadings, numberCell, withListNumber } from '../items';
import { READ_PRE_FILTER } from '../read-filter';
import { HEADING_STYLE } from './patterns';
import type { TableInfo } from './state';

// Not yet worked out (null is an answer).
const UNREAD = undefined;

/**
 * A line as pass one's recognisers read it. What several of them ask (the marking in it, its item number) is
 * worked out once, when first asked. The walk moves one input from line to line (`moveTo`), so it allocates
 * none per line.
 */
export class LineInput {
  unit!: LineUnit;
  text = '';
  paragraph!: SourceParagraph;
  /** In a heading style. */
  isHeading = false;
  /** In the header's content control: header text wherever it stands. */
  inHeaderControl = false;
  private markingRead: string | null | undefined = UNREAD;
  private statusRead: 'draft' | 'approved' | null | undefined = UNREAD;
  private headingsRead: ItemHeadings | undefined = UNREAD;
  private maskRead: number | undefined = UNREAD;

  constructor(unit?: LineUnit) {
    if (unit) this.moveTo(unit);
  }

  moveTo(unit: LineUnit): this {
    this.unit = unit;
    this.text = unit.text;
    this.paragraph = unit.paragraph;
    this.isHeading = HEADING_STYLE.test(unit.style);
    this.inHeaderControl = unit.tag === TAGS.header;
    this.markingRead = UNREAD;
    this.statusRead = UNREAD;
    this.headingsRead = UNREAD;
    this.maskRead = UNREAD;
    return this;
  }

  /** Which recognisers' triggers the line holds (READ_PRE_FILTER): worked out once, for both passes. */
  get mask(): number {
    if (this.maskRead === UNREAD) this.maskRead = READ_PRE_FILTER.scan(this.text);
    return this.maskRead;
  }

  /** The protective marking on a short line ("OFFICIAL-SENSITIVE"). */
  get marking(): string | null {
    if (this.markingRead === UNREAD) this.markingRead = markingIn(this.text, false);
    return this.markingRead;
  }

  /** Draft or approved, on a short line. */
  get status(): 'draft' | 'approved' | null {
    if (this.statusRead === UNREAD) this.statusRead = statusIn(this.text, false);
    return this.statusRead;
  }

  /** The item number and title the line starts with, if it reads as an item heading. */
  get itemHeading(): ItemHeading | null {
    return this.headings[this.isHeading ? 1 : 0];
  }

  /** The same, read as if the line were in a heading style (a numbered line that may start the next item). */
  get itemHeadingAsHeading(): ItemHeading | null {
    return this.headings[1];
  }

  private get headings(): ItemHeadings {
    if (this.headingsRead === UNREAD)
      this.headingsRead = itemHeadings(withListNumber(this.text, this.unit.listString));
    return this.headingsRead;
  }
}

/**
 * A table row as pass one's recognisers read it: its filled cells, what the walk knows of its table, and the
 * cells an item row took for its title and notes (so the row's text is read without them). Moved from row to
 * row like LineInput.
 */
export class RowInput {
  row!: RowUnit;
  table!: TableInfo;
  filled: readonly Cell[] = [];
  /** The first filled cell's paragraph (the row's own when none is filled). */
  paragraph!: SourceParagraph;
  /** The cells an item-row recogniser read as the item's title and notes; -1: none. */
  titleCell = -1;
  notesCell = -1;
  /** Rows are not pre-filtered: every recogniser's bit is set. */
  readonly mask = -1;
  /** The item number the row starts with (in its Number column, else its first filled cell), and that cell. */
  private numberRead: string | null | undefined = UNREAD;
  private numberAt = -1;

  constructor(row?: RowUnit, table?: TableInfo) {
    if (row && table) this.moveTo(row, table);
  }

  moveTo(row: RowUnit, table: TableInfo): this {
    this.row = row;
    this.table = table;
    this.filled = filledCells(row);
    this.paragraph = this.filled[0]?.paragraph ?? row.paragraph;
    this.titleCell = -1;
    this.notesCell = -1;
    this.numberRead = UNREAD;
    return this;
  }

  get columns(): Columns | null {
    return this.table.columns;
  }

  /** The item number in the row's Number column, else in its first filled cell. */
  get itemNumber(): string | null {
    if (this.numberRead === UNREAD) {
      const numberColumn = this.columns ? this.columns.first('number') : -1;
      this.numberAt = numberColumn >= 0 ? numberColumn : this.row.cells.indexOf(this.filled[0]!);
      this.numberRead = numberCell(this.row.cells[this.numberAt]?.text ?? '');
    }
    return this.numberRead;
  }

  /** The cell itemNumber was read from. */
  get itemNumberCell(): number {
    if (this.numberRead === UNREAD) void this.itemNumber;
    return this.numberAt;
  }
}
