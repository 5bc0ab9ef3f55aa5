import type { FakeContext } from './context';
import { FakeOfficeError } from './errors';
import type { FakeControl, FakeParagraph, FakeTable } from './model';
import { FakeObject } from './base';
import { Table } from './paragraphs';

/**
 * Table contents as Word's table APIs see them (WordApi 1.3): `values` row by row, a cell's `value`,
 * `addRows` at the end (the last row as template) and `deleteRows`. A cell's paragraphs join with '\n'.
 */

export function tableParagraphs(context: FakeContext, t: FakeTable): FakeParagraph[] {
  return context.model.stories().flatMap((s) => s.paragraphs.filter((p) => p.cell?.table === t));
}

export function tableValues(context: FakeContext, t: FakeTable): string[][] {
  const values: string[][] = [];
  for (const p of tableParagraphs(context, t)) {
    const row = (values[p.cell!.row] ??= []);
    row[p.cell!.cell] = row[p.cell!.cell] === undefined ? p.text : `${row[p.cell!.cell]}\n${p.text}`;
  }
  return values.map((row) => Array.from(row, (v) => v ?? ''));
}

export function setCellValue(context: FakeContext, t: FakeTable, row: number, cell: number, value: string) {
  const inCell = tableParagraphs(context, t).filter((p) => p.cell!.row === row && p.cell!.cell === cell);
  const [first, ...rest] = inCell;
  if (!first) throw new FakeOfficeError('ItemNotFound', `No cell ${row},${cell} in the table.`, 'TableCell');
  first.text = value;
  const story = context.model.storyOf(first);
  for (const p of rest) story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
  context.model.recordWrite('TableCell.value', [first]);
}

export function addRowsAtEnd(context: FakeContext, t: FakeTable, count: number, values: string[][] = []) {
  const all = tableParagraphs(context, t);
  const last = all.at(-1);
  if (!last) throw new FakeOfficeError('ItemNotFound', 'The table is empty.', 'Table.addRows');
  const lastRow = last.cell!.row;
  const template = all.filter((p) => p.cell!.row === lastRow);
  const cells = [...new Map(template.map((p) => [p.cell!.cell, p])).values()];
  const story = context.model.storyOf(last);
  const made: FakeParagraph[] = [];
  for (let i = 0; i < count; i++) {
    for (const p of cells) {
      made.push(
        context.model.newParagraph(values[i]?.[p.cell!.cell] ?? '', {
          style: p.style,
          cell: { table: t, row: lastRow + 1 + i, cell: p.cell!.cell },
          controls: [...p.controls],
        }),
      );
    }
  }
  story.paragraphs.splice(story.paragraphs.indexOf(last) + 1, 0, ...made);
  context.model.recordWrite('Table.addRows', made);
}

export function deleteRows(context: FakeContext, t: FakeTable, from: number, count = 1) {
  const all = tableParagraphs(context, t);
  const gone = all.filter((p) => p.cell!.row >= from && p.cell!.row < from + count);
  if (gone.length === 0) throw new FakeOfficeError('ItemNotFound', `No row ${from}.`, 'Table.deleteRows');
  context.model.recordWrite('Table.deleteRows', gone);
  const story = context.model.storyOf(gone[0]!);
  for (const p of gone) story.paragraphs.splice(story.paragraphs.indexOf(p), 1);
  for (const p of all) if (p.cell!.row >= from + count) p.cell = { ...p.cell!, row: p.cell!.row - count };
}

/** The tables inside a content control, in reading order. */
export class TableCollection extends FakeObject<FakeTable[]> {
  protected readonly typeName = 'TableCollection';
  constructor(context: FakeContext, locate: () => FakeTable[] | null) {
    super(context, locate, false, true);
  }
  snapshot(): Record<string, unknown> {
    throw new FakeOfficeError('InvalidArgument', 'The fake loads no table collections; use getFirst().');
  }
  getFirst(): Table {
    return new Table(this.context, () => this.must('TableCollection.getFirst')[0] ?? null);
  }
}

export function tablesIn(context: FakeContext, control: FakeControl): FakeTable[] {
  const found = context.model.controlParagraphs(control);
  return [...new Set((found?.paragraphs ?? []).flatMap((p) => (p.cell ? [p.cell.table] : [])))];
}
