import { Action } from '../../../src/core/model';
import { buildActionSummaryBlock } from '../../../src/core/write';
import { readFlatOoxml } from '../../../src/docx/flat';
import { summaryRows } from '../../../src/taskpane/views/actions/summaryRows';

const location = { paragraph: 0 };
const actions = [
  Action.parse({
    ref: '1-A1',
    item: '1',
    text: 'write',
    owner: 'PCC',
    dueDate: '2022-09-30',
    marked: true,
    location,
  }),
  Action.parse({
    ref: '2-A1',
    item: '2',
    text: 'check & report',
    owner: null,
    due: 'next meeting',
    status: 'Done',
    marked: true,
    location,
  }),
  Action.parse({ ref: 'A1', item: null, text: 'tidy up', owner: 'GC', marked: true, location }),
];

describe('summaryRows', () => {
  it('gives exactly the data rows the inserted summary table holds, so an update compares like with like', () => {
    const cells = readFlatOoxml(buildActionSummaryBlock(actions).ooxml).filter((p) => p.table !== null);
    const rows: string[][] = [];
    for (const p of cells) (rows[p.table!.row] ??= [])[p.table!.cell] = p.text;
    expect(rows.slice(1)).toEqual(summaryRows(actions));
  });
});
