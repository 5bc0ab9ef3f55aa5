import { MemoryDocumentPort } from '../../src/memory/port';
import { DocumentOperationError, TAGS } from '../../src/core/port';
import { summaryFingerprints } from '../../src/core/write/summary-update';
import { paragraph, type Location, type SourceParagraph } from '../../src/core/model';

const at = (paragraphIndex: number, excerpt: string, contentControlId: number | null = null): Location => ({
  paragraph: paragraphIndex,
  excerpt,
  contentControlId,
  occurrence: 0,
  part: 'body',
});

const doc = (paragraphs: SourceParagraph[]) =>
  new MemoryDocumentPort({ paragraphs, ooxmlToParagraphs: () => [] });

const actionControl = (id: number, title = 'Action') => ({ tag: TAGS.action, id, title });

describe('MemoryDocumentPort.stampRefs', () => {
  it('titles an action control without a ref and leaves one with a ref as it was', async () => {
    const port = doc([
      paragraph(0, 'ACTION: HP to write', { contentControl: actionControl(40) }),
      paragraph(1, 'ACTION: GC to call', { contentControl: actionControl(41, 'Action 9-A9') }),
    ]);
    const result = await port.stampRefs([
      { location: at(0, 'ACTION: HP to write', 40), ref: '1-A1' },
      { location: at(1, 'ACTION: GC to call', 41), ref: '1-A2' },
    ]);
    expect(result).toEqual({ stamped: 1, notFound: 0, alreadyHadRef: 1, sharedParagraph: 0 });
    expect(port.paragraphs.map((p) => p.contentControl?.title)).toEqual(['Action 1-A1', 'Action 9-A9']);
  });

  it('wraps a hand-typed ACTION paragraph in an action control, text unchanged, and counts one not found', async () => {
    const port = doc([paragraph(0, '1. Finance'), paragraph(1, 'ACTION: GC to check.')]);
    const result = await port.stampRefs([
      { location: at(1, 'ACTION: GC to check.'), ref: '1-A1' },
      { location: at(5, 'ACTION: gone'), ref: '1-A2' },
    ]);
    expect(result).toMatchObject({ stamped: 1, notFound: 1 });
    expect(port.paragraphs[1]).toMatchObject({
      text: 'ACTION: GC to check.',
      contentControl: { tag: TAGS.action, title: 'Action 1-A1' },
    });
    expect(port.paragraphs[0]?.contentControl).toBeNull();
  });

  it('fails by name when told to, changing nothing', async () => {
    const port = doc([paragraph(0, 'ACTION: GC to check.')]);
    port.failNext('stampRefs', 'Word is busy.');
    const error = await port
      .stampRefs([{ location: at(0, 'ACTION: GC to check.'), ref: '1' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentOperationError);
    expect(error).toMatchObject({ operation: 'Stamp refs' });
    expect(port.paragraphs[0]?.contentControl).toBeNull();
  });
});

const summary = { tag: TAGS.actions, id: 60, title: 'Minutebook: summary of actions' };
const HEADER = ['Ref', 'Item', 'Action', 'Owner', 'Due', 'Status'];

function summaryDoc(rows: string[][]): MemoryDocumentPort {
  const cells = [HEADER, ...rows].flatMap((row, r) =>
    row.map((text, c) =>
      paragraph(0, text, { table: { table: 0, row: r, cell: c }, contentControl: summary }),
    ),
  );
  return doc([paragraph(0, 'Minutes'), ...cells, paragraph(0, 'After')]);
}

function tableOf(port: MemoryDocumentPort): string[][] {
  const rows: string[][] = [];
  for (const p of port.paragraphs) if (p.table) (rows[p.table.row] ??= [])[p.table.cell] = p.text;
  return rows;
}

describe('MemoryDocumentPort.updateActionSummary', () => {
  const A1 = ['1-A1', '1', 'write', 'PCC', '', 'Open'];
  const A2 = ['2-A1', '2', 'check', 'GC', '', 'Open'];

  it('adds a row for a new action and rewrites only cells still holding what was written', async () => {
    const port = summaryDoc([['1-A1', '1', 'write', 'PCC', '', 'Done – user note']]);
    const result = await port.updateActionSummary(
      [['1-A1', '1', 'write', 'PCC', '7 October 2022', 'In progress'], A2],
      summaryFingerprints([A1]),
    );
    expect(tableOf(port)).toEqual([
      HEADER,
      ['1-A1', '1', 'write', 'PCC', '7 October 2022', 'Done – user note'],
      A2,
    ]);
    expect(result).toMatchObject({
      found: true,
      updatedCells: 1,
      addedRows: 1,
      kept: [{ ref: '1-A1', column: 'Status', text: 'Done – user note' }],
    });
    expect(port.paragraphs.at(-1)).toMatchObject({ text: 'After', table: null });
  });

  it('says there is no summary table when the document has none', async () => {
    const port = doc([paragraph(0, 'Minutes')]);
    expect(await port.updateActionSummary([A1], null)).toMatchObject({ found: false });
    expect(port.paragraphs.map((p) => p.text)).toEqual(['Minutes']);
  });
});
