import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ActionsView } from '../../../src/taskpane/views/ActionsView';
import { EXPORT_COLUMNS } from '../../../src/core/export/rows';
import { parseActionsCsv } from '../../../src/core/export/csv';
import { TAGS } from '../../../src/core/port';
import { readFlatOoxml } from '../../../src/docx/flat';
import { MemoryDocumentPort } from '../../../src/memory/port';
import { paragraph, type SourceParagraph } from '../../../src/core/model';
import { renderView } from '../review/harness';
import { captureDownloads, readBlobBytes } from '../../unit/delivery/captureDownloads';

/** Hand-typed minutes, read by the real reader (no stub): refs come from the document or from an export. */
const MINUTES = [
  'Assurance Meeting',
  'Date: 25 August 2022',
  '1. Finance',
  'ACTION: PCC to write to the Home Office by 30 September 2022.',
  '2. Estates',
  'ACTION: DCC to review the estate plan.',
  'ACTION: GC to check the figures.',
];

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => downloads.restore());

function memoryDocument(texts: readonly string[]) {
  return new MemoryDocumentPort({
    paragraphs: texts.map((text, i) => paragraph(i, text)),
    cursor: texts.length - 1,
    ooxmlToParagraphs: readFlatOoxml,
  });
}

async function open(port: MemoryDocumentPort) {
  const user = userEvent.setup();
  const view = renderView(ActionsView, { port });
  await screen.findByRole('table', { name: 'Actions' });
  return { user, view };
}

/** Ref and action of every exported row, from a CSV download. */
async function exportRefs(user: ReturnType<typeof userEvent.setup>): Promise<string[][]> {
  const before = downloads.downloads.length;
  await user.click(screen.getByRole('button', { name: 'Download CSV' }));
  await waitFor(() => expect(downloads.downloads.length).toBe(before + 1));
  const text = new TextDecoder().decode(await readBlobBytes(downloads.downloads.at(-1)!.blob));
  const [, ...rows] = parseActionsCsv(text.replace(/^\uFEFF/, ''));
  const ref = EXPORT_COLUMNS.indexOf('Ref');
  const action = EXPORT_COLUMNS.indexOf('Action');
  return rows.map((r) => [r[ref] ?? '', r[action] ?? '']);
}

/** Inserts a paragraph as a user typing would, keeping the controls already in the document. */
function typeParagraph(port: MemoryDocumentPort, after: number, text: string) {
  const body: SourceParagraph[] = port.paragraphs;
  body.splice(after + 1, 0, paragraph(0, text));
  act(() => port.replaceBody(body));
}

describe('Actions view: refs stamped into the document', () => {
  it('stamps the refs an export gave, reads them back, and a later export keeps them', async () => {
    const port = memoryDocument(MINUTES);
    const { user, view } = await open(port);
    const stampButton = screen.getByRole('button', { name: 'Stamp refs into the document' });
    expect(stampButton).toBeDisabled();

    const first = await exportRefs(user);
    expect(first).toEqual([
      ['1-A1', 'write to the Home Office'],
      ['2-A1', 'review the estate plan'],
      ['2-A2', 'check the figures'],
    ]);
    await waitFor(() => expect(stampButton).toBeEnabled());
    const reads = jest.spyOn(port, 'readParagraphs');
    await user.click(stampButton);
    expect(
      await screen.findByText('Stamped 3 refs into the document.', { exact: false }),
    ).toBeInTheDocument();
    // The check after stamping read the document again.
    expect(reads).toHaveBeenCalled();
    expect(
      port.paragraphs
        .filter((p) => p.contentControl?.tag === TAGS.action)
        .map((p) => [p.text, p.contentControl?.title]),
    ).toEqual([
      ['ACTION: PCC to write to the Home Office by 30 September 2022.', 'Action 1-A1'],
      ['ACTION: DCC to review the estate plan.', 'Action 2-A1'],
      ['ACTION: GC to check the figures.', 'Action 2-A2'],
    ]);
    expect(port.paragraphs.map((p) => p.text)).toEqual(MINUTES);
    await waitFor(() => expect(stampButton).toBeDisabled());

    // A new session (nothing remembered in the pane) with a new action typed first under item 2: the
    // stamped refs come from the document and stay on their actions; the new one gets the next number.
    view.unmount();
    typeParagraph(port, 4, 'ACTION: HP to brief the panel.');
    const again = await open(port);
    expect(await exportRefs(again.user)).toEqual([
      ['1-A1', 'write to the Home Office'],
      ['2-A3', 'brief the panel'],
      ['2-A1', 'review the estate plan'],
      ['2-A2', 'check the figures'],
    ]);
  });

  it('says how many could not be found when the document changed under the stamp', async () => {
    const port = memoryDocument(MINUTES);
    const { user } = await open(port);
    await exportRefs(user);
    const stampButton = screen.getByRole('button', { name: 'Stamp refs into the document' });
    await waitFor(() => expect(stampButton).toBeEnabled());
    // The read the stamp uses is current, but the document changes between that read and the stamp.
    const realStamp = port.stampRefs.bind(port);
    jest.spyOn(port, 'stampRefs').mockImplementation(async (stamps) => {
      const body = port.paragraphs.map((p) =>
        p.text.startsWith('ACTION: GC') ? { ...p, text: 'GC checked the figures already.' } : p,
      );
      port.replaceBody(body);
      return realStamp(stamps);
    });
    await user.click(stampButton);
    expect(
      await screen.findByText(/^Stamped 2 refs into the document\. 1 action was not found/),
    ).toBeInTheDocument();
  });
});

describe('Actions view: a stamp that fails', () => {
  it('says what failed, that nothing was stamped, and what to do', async () => {
    const port = memoryDocument(MINUTES);
    const { user } = await open(port);
    await exportRefs(user);
    const stampButton = screen.getByRole('button', { name: 'Stamp refs into the document' });
    await waitFor(() => expect(stampButton).toBeEnabled());
    port.failNext('stampRefs', 'The document is read-only');
    await user.click(stampButton);
    const section = screen.getByRole('region', { name: 'Refs in the document' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'The document is read-only (Office error SimulatedFailure). Nothing was stamped. Refresh the list, then stamp again.',
    );
    expect(port.paragraphs.some((p) => p.contentControl !== null)).toBe(false);
  });
});

describe('Actions view: the summary of actions arising, updated in place', () => {
  it('inserts the table once, then updates it: a new row, and a cell the user edited kept and reported', async () => {
    const port = memoryDocument(MINUTES);
    const { user, view } = await open(port);
    await user.click(screen.getByRole('button', { name: 'Insert summary table into the document' }));
    await screen.findByText(/^Inserted the summary of actions arising \(3 actions\)/);
    const update = await screen.findByRole('button', { name: 'Update summary table in the document' });
    expect(view.lastSaved()?.summaryWritten?.map((row) => row[0])).toEqual(['1-A1', '2-A1', '2-A2']);

    const summaryCells = () =>
      port.paragraphs.filter((p) => p.contentControl?.tag === TAGS.actions && p.table !== null);
    const statusOf = (ref: string) => {
      const row = summaryCells().find((p) => p.table!.cell === 0 && p.text === ref)!.table!.row;
      return summaryCells().find((p) => p.table!.row === row && p.table!.cell === 5)!;
    };
    // The user writes in the table and adds an action under item 2.
    const edited = port.paragraphs.map((p) =>
      p === undefined || p.index !== statusOf('1-A1').index ? p : { ...p, text: 'Done (sent 2 Sept)' },
    );
    act(() => port.replaceBody(edited));
    typeParagraph(port, 6, 'ACTION: HP to brief the panel.');
    await user.click(screen.getByRole('button', { name: 'Refresh the list' }));
    await user.click(update);

    expect(
      await screen.findByText(
        'Updated the summary table: 1 row added for new actions. Kept 1 cell edited in the document since: 1-A1 Status (“Done (sent 2 Sept)”).',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(
      summaryCells()
        .filter((p) => p.table!.cell === 0)
        .map((p) => p.text),
    ).toEqual(['Ref', '1-A1', '2-A1', '2-A2', '2-A3']);
    expect(statusOf('1-A1').text).toBe('Done (sent 2 Sept)');
    // Updated in place: still one summary heading and one table.
    expect(port.paragraphs.filter((p) => p.text === 'Summary of actions arising')).toHaveLength(1);
    expect(new Set(summaryCells().map((p) => p.table!.table)).size).toBe(1);
  });
});
