import type { ParagraphSpec } from '../../fakes/word';
import { updateActionSummary } from '../../../src/word/update-summary';
import { summaryFingerprints as fp } from '../../../src/core/write/summary-update';
import { cellFingerprint } from '../../../src/core/write/summary-update';
import { scenario, writesOutsideNewParagraphs } from '../scenario';

const summary = { id: 50, tag: 'minutebook:actions', title: 'Minutebook: summary of actions' };
const HEADER = ['Ref', 'Item', 'Action', 'Owner', 'Due', 'Status'];
const A1 = ['1-A1', '1', 'write to the Home Office', 'PCC', '30 September 2022', 'Open'];
const A2 = ['2-A1', '2', 'check the figures', 'GC', '', 'Open'];
const A3 = ['2-A2', '2', 'brief the panel', 'DCC', '', 'Open'];

/** The summary block as the add-in inserted it: a heading and the table, in one control. */
function summaryBlock(rows: string[][]): ParagraphSpec[] {
  return [
    { text: 'Summary of actions arising', style: 'Heading1', controls: [summary] },
    ...[HEADER, ...rows].flatMap((row, r) =>
      row.map((text, c): ParagraphSpec => ({ text, cell: [0, r, c], controls: [summary] })),
    ),
  ];
}

/** Cell texts of the table afterwards, row by row. */
function tableRows(view: { text: string; inTable: boolean }[]): string[][] {
  const cells = view.filter((p) => p.inTable).map((p) => p.text);
  return Array.from({ length: cells.length / HEADER.length }, (_, r) =>
    cells.slice(r * HEADER.length, (r + 1) * HEADER.length),
  );
}

/** Update summary table: in place through the table APIs, 2 syncs, the user's edits kept. */
export const updateSummaryScenarios = [
  scenario({
    name: 'a new action is added as a row at the end, the other rows untouched',
    setUp: { body: ['Minutes…', ...summaryBlock([A1]), 'After'] },
    operation: (context) => updateActionSummary(context, [A1, A2], fp([A1])),
    check: (o) => {
      expect(tableRows(o.view.body)).toEqual([HEADER, A1, A2]);
      expect(o.result).toMatchObject({ found: true, updatedCells: 0, addedRows: 1, kept: [] });
      expect(o.result?.written).toEqual(fp([A1, A2]));
      expect(writesOutsideNewParagraphs(o)).toEqual([]);
      expect(o.view.body.at(-1)).toMatchObject({ text: 'After', inTable: false });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a cell still holding what the add-in wrote is rewritten; one the user edited is kept and reported',
    setUp: {
      body: summaryBlock([
        ['1-A1', '1', 'write to the Home Office', 'PCC', '30 September 2022', 'Done (letter sent 2 Sept)'],
        A2,
      ]),
    },
    operation: (context) =>
      updateActionSummary(
        context,
        [
          ['1-A1', '1', 'write to the Home Office', 'PCC', '7 October 2022', 'Open'],
          ['2-A1', '2', 'check the figures', 'GC', '', 'In progress'],
        ],
        fp([A1, A2]),
      ),
    check: (o) => {
      expect(tableRows(o.view.body)).toEqual([
        HEADER,
        ['1-A1', '1', 'write to the Home Office', 'PCC', '7 October 2022', 'Done (letter sent 2 Sept)'],
        ['2-A1', '2', 'check the figures', 'GC', '', 'In progress'],
      ]);
      expect(o.result).toMatchObject({
        updatedCells: 2,
        addedRows: 0,
        kept: [{ ref: '1-A1', column: 'Status', text: 'Done (letter sent 2 Sept)' }],
      });
      // What was last written stays the copy for the kept cell, so the next update keeps it too.
      expect(o.result?.written[0]?.[5]).toBe(cellFingerprint('Open'));
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'the row of an action no longer exported goes only when nobody edited it',
    setUp: {
      body: summaryBlock([A1, A2, ['2-A2', '2', 'brief the panel', 'DCC', '', 'Done']]),
    },
    operation: (context) => updateActionSummary(context, [A1], fp([A1, A2, A3])),
    check: (o) => {
      expect(tableRows(o.view.body)).toEqual([
        HEADER,
        A1,
        ['2-A2', '2', 'brief the panel', 'DCC', '', 'Done'],
      ]);
      expect(o.result).toMatchObject({
        removedRows: 1,
        kept: [{ ref: '2-A2', column: 'Status', text: 'Done' }],
      });
    },
    budget: { syncs: 2, callbacks: 0 },
  }),
  scenario({
    name: 'a table already up to date costs one sync and writes nothing',
    setUp: { body: summaryBlock([A1, A2]) },
    operation: (context) => updateActionSummary(context, [A1, A2], fp([A1, A2])),
    check: (o) => {
      expect(o.result).toMatchObject({ found: true, updatedCells: 0, addedRows: 0, removedRows: 0 });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'no summary table in the document: nothing written, the pane offers to insert one',
    setUp: { body: ['1. Finance', 'ACTION: HP to write'] },
    operation: (context) => updateActionSummary(context, [A1], null),
    expected: { body: [{ text: '1. Finance' }, { text: 'ACTION: HP to write' }] },
    check: (o) => {
      expect(o.result).toMatchObject({ found: false });
      expect(o.host.model.writes).toEqual([]);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'without a copy of what was written, differing cells are kept rather than guessed at',
    setUp: { body: summaryBlock([['1-A1', '1', 'write to the HO', 'PCC', '', 'Open']]) },
    operation: (context) => updateActionSummary(context, [A1], null),
    check: (o) => {
      expect(tableRows(o.view.body)[1]).toEqual(['1-A1', '1', 'write to the HO', 'PCC', '', 'Open']);
      expect(o.result?.kept.map((k) => k.column)).toEqual(['Action', 'Due']);
    },
    budget: { syncs: 1, callbacks: 0 },
  }),
  scenario({
    name: 'a failed write says the table may be part-updated and that updating again is safe',
    setUp: { body: summaryBlock([A1]) },
    failSync: { sync: 2, command: 'Table.addRows' },
    operation: (context) => updateActionSummary(context, [A1, A2], fp([A1])),
    check: (o) =>
      expect(o.error).toMatchObject({
        name: 'DocumentOperationError',
        operation: 'Update summary table',
        changed: expect.stringMatching(/Update again/),
      }),
    budget: { syncs: 2, callbacks: 0 },
  }),
];
