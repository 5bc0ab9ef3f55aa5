import { planSummaryUpdate, summaryFingerprints } from '../../src/core/write/summary-update';

const HEADER = ['Ref', 'Action', 'Status'];

describe('planSummaryUpdate', () => {
  it('keeps a fingerprint per cell, not its text, and tells different texts apart', () => {
    const [row] = summaryFingerprints([['A1', 'write to the Home Office', 'Open']]);
    expect(row![0]).toBe('A1');
    expect(row!.join('')).not.toContain('Home Office');
    expect(new Set(summaryFingerprints([['x', 'Open', 'open', 'Done', '']])[0]!.slice(1)).size).toBe(4);
  });

  it.each([
    {
      name: 'a cell unchanged since written is rewritten to the new value',
      table: [HEADER, ['A1', 'write', 'Open']],
      wanted: [['A1', 'write', 'Done']],
      last: [['A1', 'write', 'Open']],
      writes: [{ row: 1, cell: 2, text: 'Done' }],
      kept: [],
    },
    {
      name: 'a cell the user edited is kept and reported with its column',
      table: [HEADER, ['A1', 'write (sent)', 'Open']],
      wanted: [['A1', 'write it', 'Open']],
      last: [['A1', 'write', 'Open']],
      writes: [],
      kept: [{ ref: 'A1', column: 'Action', text: 'write (sent)' }],
    },
    {
      name: "Word's trailing paragraph mark in a cell does not count as an edit",
      table: [HEADER, ['A1', 'write\r', 'Open']],
      wanted: [['A1', 'write', 'Done']],
      last: [['A1', 'write', 'Open']],
      writes: [{ row: 1, cell: 2, text: 'Done' }],
      kept: [],
    },
    {
      name: "a row without a ref the add-in wrote is someone else's and left alone",
      table: [HEADER, ['', 'typed by hand', ''], ['X9', 'their row', '']],
      wanted: [],
      last: [],
      writes: [],
      kept: [],
    },
  ])('$name', ({ table, wanted, last, writes, kept }) => {
    const plan = planSummaryUpdate(table, wanted, summaryFingerprints(last));
    expect(plan.cellWrites).toEqual(writes);
    expect(plan.kept).toEqual(kept);
    expect(plan.deleteRows).toEqual([]);
  });

  it('deletes unedited rows of actions no longer exported from the bottom up', () => {
    const table = [HEADER, ['A1', 'a', 'Open'], ['A2', 'b', 'Open'], ['A3', 'c', 'Open']];
    const last = table.slice(1);
    expect(planSummaryUpdate(table, [['A2', 'b', 'Open']], summaryFingerprints(last)).deleteRows).toEqual([
      3, 1,
    ]);
  });
});
