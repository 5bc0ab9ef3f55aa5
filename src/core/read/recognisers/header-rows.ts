import { forEachLine } from '../blocks';
import { findDate, findTimes } from '../dates';
import { type HeaderField, readLabel, readLabelCell } from '../header';
import { TITLE_STYLE } from '../structure/patterns';
import { addHeaderText, setField, traced } from '../structure/state';
import type { RowRecogniser } from './structure-types';

/**
 * Rows of the header as Word's own minutes templates lay them out: fields in table cells, a label cell then
 * its value cell ("Facilitator: | Jo Bell | Note taker: | Sam Roy"), or label and value lines down one cell;
 * and the title cell beside lone lines for the date, the time and the place. Every line of such a row is
 * header text (the date may be in it). It only notes what it reads: the row is read on as before.
 */

interface HeaderCells {
  fields: { field: HeaderField; value: string }[];
  title: string | null;
}

export const headerFieldsInCells: RowRecogniser<HeaderCells> = {
  id: 'header-fields-in-cells',
  unit: 'row',
  notes: true,
  triggers: [],
  recognise(input, state) {
    if (state.zone !== 'header' || input.columns !== null || input.filled.length === 0) return null;
    const lines: { text: string; style: string; cell: number }[] = [];
    input.row.cells.forEach((cell, at) =>
      forEachLine(cell, (text, p) => {
        if (text) lines.push({ text, style: p.style, cell: at });
      }),
    );
    const fields = labelledPairs(lines.map((l) => l.text));
    const title = state.out.title ? null : (lines.find((l) => TITLE_STYLE.test(l.style))?.text ?? null);
    if (title !== null) {
      for (const cell of new Set(lines.map((l) => l.cell)))
        fields.push(
          ...loneLines(lines.filter((l) => l.cell === cell && l.text !== title).map((l) => l.text)),
        );
    }
    return fields.length > 0 || title !== null || lines.length > 0 ? { fields, title } : null;
  },
  read({ fields, title }, input, state) {
    if (title !== null) {
      state.out.title = title;
      state.out.trace.header.title = traced('header-fields-in-cells', input.paragraph);
    }
    for (const { field, value } of fields)
      setField(state, field, value, input.paragraph, 'header-fields-in-cells');
    input.row.cells.forEach((cell) =>
      forEachLine(cell, (text, p) => {
        if (text) addHeaderText(state, text, p);
      }),
    );
  },
  examples: [
    {
      given: { cells: ['Facilitator:', 'Jo Bell', 'Note taker:', 'Sam Roy'] },
      gives: {
        fields: [
          { field: 'chair', value: 'Jo Bell' },
          { field: 'minuteTaker', value: 'Sam Roy' },
        ],
      },
    },
    { given: { cells: ['Location', 'Room 4'] }, gives: { fields: [{ field: 'venue', value: 'Room 4' }] } },
    { given: { cells: ['Facilitator:', 'Jo Bell'] }, after: 'item', gives: null },
  ],
};

/** "Label:" then its value on the next line (or in the next cell); "Label: value" on one line. */
function labelledPairs(lines: readonly string[]): { field: HeaderField; value: string }[] {
  const out: { field: HeaderField; value: string }[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const alone = readLabelCell(lines[i]!);
    if (alone && i + 1 < lines.length && readLabelCell(lines[i + 1]!) === null) {
      out.push({ field: alone, value: lines[i + 1]! });
      i += 1;
      continue;
    }
    const inline = readLabel(lines[i]!, false);
    if (inline && inline.value) out.push(inline);
  }
  return out;
}

/** Beside the title, lone lines with no labels: a date, a time, then the place (a short line with no figure). */
function loneLines(lines: readonly string[]): { field: HeaderField; value: string }[] {
  const out: { field: HeaderField; value: string }[] = [];
  let afterDateOrTime = false;
  for (const line of lines) {
    const date = line.length <= 40 ? findDate(line) : null;
    if (date && date.length >= line.replace(/[\s,.]+$/, '').length - 10) {
      out.push({ field: 'date', value: line });
      afterDateOrTime = true;
    } else if (line.length <= 20 && findTimes(line).length > 0) {
      out.push({ field: 'time', value: line });
      afterDateOrTime = true;
    } else if (afterDateOrTime && line.length <= 60 && !/\d/.test(line) && /^[A-Z]/.test(line)) {
      out.push({ field: 'venue', value: line });
      break;
    } else break;
  }
  return out;
}
