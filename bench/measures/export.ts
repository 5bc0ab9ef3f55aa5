import { actionRows, actionTable, cellsOf, headerOf, toCsvBytes, toXlsx } from '../../src/core/export';
import { minutesWithActions } from '../generate-actions';
import type { Figure } from '../results';
import { time } from '../timing';

const ACTIONS = 5000;

/** 5,000 actions to CSV and to XLSX, from the minutes to the file's bytes. */
export async function measureExport(): Promise<Figure[]> {
  const minutes = minutesWithActions(ACTIONS);
  // ExcelJS is imported lazily on the first workbook: load it before timing, as the pane does once.
  await toXlsx({ meeting: minutes.meeting, actions: [] });
  let csvBytes = 0;
  let xlsxBytes = 0;
  const csv = await time(() => {
    const table = actionTable(actionRows(minutes).rows);
    csvBytes = toCsvBytes(headerOf(table), cellsOf(table)).length;
  });
  const xlsx = await time(async () => {
    xlsxBytes = (await toXlsx({ meeting: minutes.meeting, actions: actionRows(minutes).rows })).length;
  });
  const figure = (id: string, label: string, t: typeof csv, bytes: number): Figure => ({
    id,
    label,
    value: t.median,
    unit: 'ms',
    min: t.min,
    max: t.max,
    runs: t.runs.length,
    note: `CPU ${t.cpuMedian?.toFixed(0)} ms; ${bytes.toLocaleString('en-GB')} bytes`,
  });
  return [
    figure('export.csv', `${ACTIONS.toLocaleString('en-GB')} actions to CSV`, csv, csvBytes),
    figure('export.xlsx', `${ACTIONS.toLocaleString('en-GB')} actions to XLSX`, xlsx, xlsxBytes),
  ];
}
