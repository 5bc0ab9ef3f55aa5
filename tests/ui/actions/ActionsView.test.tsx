import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { EXPORT_COLUMNS } from '../../../src/core/export/rows';
import { parseActionsCsv } from '../../../src/core/export/csv';
import * as xlsx from '../../../src/core/export/xlsx';
import { editDocument, makeHost, makePort } from '../support/fakePort';
import { renderView } from '../review/harness';
import { TEXTS } from '../review/fixtures';
import { captureDownloads, readBlobBytes } from '../../unit/delivery/captureDownloads';

jest.mock('../../../src/core/review', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fakeReview } = require('../review/fixtures');
  return { review: jest.fn(fakeReview), quorumFor: () => null };
});

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => downloads.restore());

async function openActions(host = makeHost()) {
  const user = userEvent.setup();
  const doc = makePort(TEXTS);
  const view = renderView(ActionsView, { port: doc.port, host });
  await screen.findByRole('table', { name: 'Actions' });
  return { user, doc, view };
}

function actionTexts(tableName: string): string[] {
  const table = screen.getByRole('table', { name: tableName });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[2]!.textContent ?? '');
}

async function lastDownload() {
  await waitFor(() => expect(downloads.downloads.length).toBeGreaterThan(0));
  const download = downloads.downloads.at(-1)!;
  const bytes = await readBlobBytes(download.blob);
  return { ...download, bytes, text: new TextDecoder().decode(bytes) };
}

async function exportCsvRows(user: ReturnType<typeof userEvent.setup>) {
  const before = downloads.downloads.length;
  await user.click(screen.getByRole('button', { name: 'Download CSV' }));
  await waitFor(() => expect(downloads.downloads.length).toBe(before + 1));
  const { text } = await lastDownload();
  return parseActionsCsv(text.replace(/^\uFEFF/, ''));
}

describe('Actions view', () => {
  it('lists the marked actions with their owners, and suggestions apart', async () => {
    await openActions();
    expect(actionTexts('Actions')).toEqual([
      'write to the Home Office',
      'review the budget',
      'check the figures',
      'review information sharing',
      'brief the panel',
    ]);
    expect(actionTexts('Suggested actions')).toEqual(['share the digital strategy']);
    expect(screen.getByRole('heading', { name: 'Suggested actions (1)' })).toBeInTheDocument();
  });

  it('writes the problems that affect an action beside it, in words', async () => {
    await openActions();
    const row = screen.getByRole('row', { name: /review the budget/ });
    expect(row).toHaveTextContent('No owner');
    expect(row).toHaveTextContent('Problem: This action has no owner: name who will do it.');
    expect(screen.getByRole('row', { name: /check the figures/ })).toHaveTextContent(
      'Problem: “Bob” is not in the attendance list.',
    );
    expect(screen.getByRole('row', { name: /brief the panel/ })).toHaveTextContent('Part II');
  });

  it('sorts by a column from its header button, by mouse or keyboard, and says the order with aria-sort', async () => {
    const { user } = await openActions();
    const table = screen.getByRole('table', { name: 'Actions' });
    const ownerHeader = within(table).getByRole('columnheader', { name: /Owner/ });
    expect(ownerHeader).toHaveAttribute('aria-sort', 'none');
    await user.click(within(ownerHeader).getByRole('button'));
    expect(ownerHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(actionTexts('Actions')).toEqual([
      'check the figures',
      'write to the Home Office',
      'review information sharing',
      'brief the panel',
      'review the budget',
    ]);
    within(ownerHeader).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(ownerHeader).toHaveAttribute('aria-sort', 'descending');
    expect(actionTexts('Actions')[0]).toBe('review the budget');
    const dueHeader = within(table).getByRole('columnheader', { name: /Due/ });
    within(dueHeader).getByRole('button').focus();
    await user.keyboard(' ');
    expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(actionTexts('Actions').slice(0, 2)).toEqual(['write to the Home Office', 'check the figures']);
  });

  it('filters the table by owner', async () => {
    const { user } = await openActions();
    await user.click(screen.getByRole('combobox', { name: 'Show actions of' }));
    await user.click(screen.getByRole('option', { name: 'Julian Moss' }));
    expect(actionTexts('Actions')).toEqual(['review information sharing', 'brief the panel']);
    await user.click(screen.getByRole('combobox', { name: 'Show actions of' }));
    await user.click(screen.getByRole('option', { name: 'All owners' }));
    expect(actionTexts('Actions')).toHaveLength(5);
  });

  it('downloads a CSV with the tracker columns, refs given, suggestions and Part II left out and said', async () => {
    const { user } = await openActions();
    const records = await exportCsvRows(user);
    const { filename, bytes } = await lastDownload();
    expect(filename).toBe('Assurance Meeting 2022-08-25 actions.csv');
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(records[0]).toEqual([...EXPORT_COLUMNS]);
    const body = records.slice(1);
    const column = (name: string) => EXPORT_COLUMNS.indexOf(name);
    expect(body.map((r) => r[column('Action')])).toEqual([
      'write to the Home Office',
      'review the budget',
      'check the figures',
      'review information sharing',
    ]);
    expect(body.map((r) => r[column('Ref')])).toEqual(['1-A1', '2-A1', '2-A2', '2-A3']);
    expect(body[0]![column('Owner (name)')]).toBe('John Campion');
    expect(body[0]![column('Due (date)')]).toBe('2022-09-30');
    const status = await screen.findByText(
      /^Downloaded “Assurance Meeting 2022-08-25 actions.csv” with 4 actions\./,
    );
    expect(status).toHaveTextContent(
      '1 Part II (confidential) action was left out; 1 suggested action was left out. Switch them on above to include them.',
    );
  });

  it('includes suggestions and Part II actions only when switched on, keeping refs already given', async () => {
    const { user } = await openActions();
    await exportCsvRows(user);
    await user.click(screen.getByRole('switch', { name: /Include suggested actions in exports/ }));
    await user.click(screen.getByRole('switch', { name: /Include Part II \(confidential\) actions/ }));
    const records = await exportCsvRows(user);
    const ref = EXPORT_COLUMNS.indexOf('Ref');
    const action = EXPORT_COLUMNS.indexOf('Action');
    expect(records.slice(1).map((r) => [r[ref], r[action]])).toEqual([
      ['1-A1', 'write to the Home Office'],
      ['1-A2', 'share the digital strategy'],
      ['2-A1', 'review the budget'],
      ['2-A2', 'check the figures'],
      ['2-A3', 'review information sharing'],
      ['3-A1', 'brief the panel'],
    ]);
    expect(screen.getByText(/with 6 actions\./)).not.toHaveTextContent('left out');
  });

  it('numbers refs per year from the number the user gives, keeps the sequence and repeats the same refs', async () => {
    const { user, view } = await openActions();
    await user.click(screen.getByRole('radio', { name: 'Per year (17/2022)' }));
    const next = screen.getByRole('spinbutton', { name: 'Next number in your tracker' });
    await user.clear(next);
    await user.type(next, '17');
    const ref = EXPORT_COLUMNS.indexOf('Ref');
    const first = await exportCsvRows(user);
    expect(first.slice(1).map((r) => r[ref])).toEqual(['17/2022', '18/2022', '19/2022', '20/2022']);
    expect(view.lastSaved()!.refs).toEqual({ scheme: 'year', nextYearNumber: 21 });
    const second = await exportCsvRows(user);
    expect(second.slice(1).map((r) => r[ref])).toEqual(['17/2022', '18/2022', '19/2022', '20/2022']);
    expect(view.lastSaved()!.refs.nextYearNumber).toBe(21);
  });

  it('reuses the last read for an export and reads again only after the document changed', async () => {
    const { user, doc } = await openActions();
    expect(doc.reads).toHaveBeenCalledTimes(1);
    await exportCsvRows(user);
    expect(doc.reads).toHaveBeenCalledTimes(1);
    act(() => editDocument(doc.port, [...TEXTS, 'One more line']));
    expect(await screen.findByText('Results may be out of date')).toBeInTheDocument();
    await exportCsvRows(user);
    expect(doc.reads).toHaveBeenCalledTimes(2);
  });

  it('downloads a real workbook, saying it is working while the writer loads', async () => {
    const { user } = await openActions();
    // Hold the workbook back until the working state has been seen; then let the real writer run.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realToXlsx = xlsx.toXlsx;
    const spy = jest.spyOn(xlsx, 'toXlsx').mockImplementation(async (input) => {
      await gate;
      return realToXlsx(input);
    });
    await user.click(screen.getByRole('button', { name: 'Download Excel' }));
    expect(screen.getByText('Loading the Excel writer and building the workbook…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy for Excel' })).toHaveAttribute('aria-disabled', 'true');
    release();
    const { filename, bytes } = await lastDownload();
    spy.mockRestore();
    expect(filename).toBe('Assurance Meeting 2022-08-25 actions.xlsx');
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    expect(
      await screen.findByText(/^Downloaded “Assurance Meeting 2022-08-25 actions.xlsx”/),
    ).toBeInTheDocument();
  });

  it('downloads JSON that names the exported actions', async () => {
    const { user } = await openActions();
    await user.click(screen.getByRole('button', { name: 'Download JSON' }));
    const { filename, text } = await lastDownload();
    expect(filename).toBe('Assurance Meeting 2022-08-25 actions.json');
    expect(text).toContain('write to the Home Office');
    expect(text).not.toContain('brief the panel');
  });

  it('inserts the summary of actions arising into the document', async () => {
    const { user, doc } = await openActions();
    await user.click(screen.getByRole('button', { name: 'Insert summary table into the document' }));
    expect(
      await screen.findByText(/^Inserted the summary of actions arising \(4 actions\)/),
    ).toBeInTheDocument();
    expect(doc.insertBlock).toHaveBeenCalledTimes(1);
    expect(doc.insertBlock.mock.calls[0]![0].kind).toBe('actions');
    expect(doc.insertedXml[0]).toContain('write to the Home Office');
    expect(doc.insertedXml[0]).not.toContain('brief the panel');
  });

  it('says what failed when the summary cannot be inserted', async () => {
    const { user, doc } = await openActions();
    doc.port.failNext('insertBlock', 'The document is read-only');
    await user.click(screen.getByRole('button', { name: 'Insert summary table into the document' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Insert block failed: The document is read-only (Office error SimulatedFailure).',
    );
  });

  it('lists decisions in their own tab and exports the decisions log', async () => {
    const { user } = await openActions();
    await user.click(screen.getByRole('tab', { name: 'Decisions (1)' }));
    expect(screen.getByRole('table', { name: 'Decisions' })).toHaveTextContent('The budget is approved.');
    await user.click(screen.getByRole('button', { name: 'Export decisions log' }));
    const { filename, text } = await lastDownload();
    expect(filename).toBe('Assurance Meeting 2022-08-25 decisions.csv');
    expect(parseActionsCsv(text.replace(/^\uFEFF/, ''))[1]).toContain('The budget is approved.');
  });

  it('on Word for Mac offers no download and says why, offering copy and the summary table', async () => {
    await openActions(makeHost({ platform: 'Mac' }));
    expect(screen.queryByRole('button', { name: 'Download CSV' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download Excel' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download JSON' })).not.toBeInTheDocument();
    expect(screen.getByText(/Word for Mac cannot save files from this pane/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy for Excel' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Insert summary table into the document' }),
    ).toBeInTheDocument();
  });
});
