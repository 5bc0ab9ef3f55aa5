import type { SourceParagraph } from '../core/model/paragraph';
import type { TableEdit } from '../core/write/block-update';

/** A table's cells as Word's `Table.values` gives them: row by row, a cell's paragraphs joined by "\n". */
export function memoryTableValues(body: readonly SourceParagraph[], tableNo: number): string[][] {
  const values: string[][] = [];
  for (const p of body) {
    if (p.table?.table !== tableNo) continue;
    const row = (values[p.table.row] ??= []);
    row[p.table.cell] = row[p.table.cell] === undefined ? p.text : `${row[p.table.cell]}\n${p.text}`;
  }
  return Array.from(values, (row) => Array.from(row ?? [], (v) => v ?? ''));
}

/**
 * Word's table edits on paragraphs, one at a time in the order given (as Word runs a batch): a cell's value
 * replaces its paragraphs (one per line), rows are deleted, and new rows go after a row (after the header
 * row, before the first data row) with the template row's style and controls.
 */
export function applyTableEdits(
  start: readonly SourceParagraph[],
  tableNo: number,
  edits: readonly TableEdit[],
): SourceParagraph[] {
  let body = [...start];
  const inTable = (p: SourceParagraph) => p.table?.table === tableNo;
  const inRow = (p: SourceParagraph, row: number) => inTable(p) && p.table!.row === row;
  const shift = (from: number, by: number) =>
    body.map((p) =>
      inTable(p) && p.table!.row >= from ? { ...p, table: { ...p.table!, row: p.table!.row + by } } : p,
    );
  const lines = (text: string) => text.split('\n');
  for (const edit of edits) {
    if (edit.kind === 'cell') {
      const at = (p: SourceParagraph) => inRow(p, edit.row) && p.table!.cell === edit.cell;
      const first = body.find(at);
      if (!first) continue;
      const made = lines(edit.text).map((text) => ({ ...first, text }));
      const index = body.indexOf(first);
      body = [...body.slice(0, index), ...made, ...body.slice(index).filter((p) => !at(p))];
    } else if (edit.kind === 'delete') {
      body = body.filter((p) => !inRow(p, edit.row));
      body = shift(edit.row + 1, -1);
    } else {
      const hasRow = (row: number) => body.some((p) => inRow(p, row));
      const templateRow = edit.after > 0 || !hasRow(1) ? edit.after : 1;
      const template = [
        ...new Map(body.filter((p) => inRow(p, templateRow)).map((p) => [p.table!.cell, p])).values(),
      ];
      const lastAt = body.map((p) => inRow(p, edit.after)).lastIndexOf(true);
      body = shift(edit.after + 1, edit.rows.length);
      const made = edit.rows.flatMap((values, i) =>
        template.flatMap((p) =>
          lines(values[p.table!.cell] ?? '').map((text) => ({
            ...p,
            text,
            table: { ...p.table!, row: edit.after + 1 + i },
          })),
        ),
      );
      body.splice(lastAt + 1, 0, ...made);
    }
  }
  return body;
}
