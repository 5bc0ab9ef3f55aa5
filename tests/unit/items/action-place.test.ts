import { actionPlaces, itemAtParagraph, targetForItem } from '../../../src/core/items/action-place';
import type { Item } from '../../../src/core/model/item';
import { textToParagraphs } from '../../../src/core/read/text';
import { readMinutes } from '../../../src/core/read';
import { TAGS } from '../../../src/core/port';
import { buildItemsBlock } from '../../../src/core/write';
import { readFlatOoxml } from '../../../src/docx/flat';
import { MemoryDocumentPort } from '../../../src/memory/port';

const item = (number: string, title: string, subItems: Item[] = []): Item => ({
  number,
  title,
  confidential: false,
  subItems,
});

const AGENDA: Item[] = [
  item('1', 'Apologies'),
  item('2', 'Holding to account', [
    item('2.1', 'Summary'),
    item('2.2', 'Performance'),
    item('2.7', 'Estates'),
  ]),
  item('3', 'Any other business'),
];

async function documentWithItemsTable(): Promise<MemoryDocumentPort> {
  const port = new MemoryDocumentPort({
    paragraphs: textToParagraphs('Board minutes\n\nAttendance: Ann Able (AA), Ben Best (BB)'),
    ooxmlToParagraphs: readFlatOoxml,
  });
  await port.insertBlock(buildItemsBlock(AGENDA));
  return port;
}

describe('where an action under an item goes', () => {
  it('in our items table: the end of the item’s Notes cell, so each action reads back under its own item', async () => {
    const port = await documentWithItemsTable();
    for (const [number, line] of [
      ['2.1', 'ACTION: AA to share the summary'],
      ['2.2', 'ACTION: BB to chase the figures'],
      ['2.7', 'ACTION: AA to visit the site'],
      ['2.1', 'ACTION: BB to brief the panel'],
    ] as const) {
      const { paragraphs } = await port.readParagraphs();
      const target = targetForItem(actionPlaces(paragraphs), number);
      expect(target).toMatchObject({ kind: 'cell', itemNumber: number, cell: 2 });
      await port.insertActionLine(line, `${number}-A`, target);
    }
    const { paragraphs } = await port.readParagraphs();
    const actions = readMinutes(paragraphs).actions.map((a) => [a.item, a.text]);
    expect(actions).toEqual([
      ['2.1', 'share the summary'],
      ['2.1', 'brief the panel'],
      ['2.2', 'chase the figures'],
      ['2.7', 'visit the site'],
    ]);
    // Inside the table (the notes cell of each row), nothing after it.
    const lines = paragraphs.filter((p) => p.contentControl?.tag === TAGS.action);
    expect(lines.every((p) => p.table !== null && p.table.cell === 2)).toBe(true);
    expect(paragraphs.at(-1)?.contentControl?.tag).not.toBe(TAGS.action);
  });

  it('in hand-typed minutes: after the last line of the item’s section, before the next item heading', async () => {
    const text = [
      'Residents meeting',
      '1. Apologies',
      'None received.',
      '2. Parking',
      'The group discussed the new bays.',
      'Some concern about the corner.',
      '',
      '3. Any other business',
      'Nothing raised.',
    ].join('\n');
    const port = new MemoryDocumentPort({
      paragraphs: textToParagraphs(text),
      ooxmlToParagraphs: readFlatOoxml,
      cursor: 0,
    });
    const { paragraphs } = await port.readParagraphs();
    const places = actionPlaces(paragraphs);
    expect(places.map((p) => p.number)).toEqual(['1', '2', '3']);
    await port.insertActionLine('ACTION: AA to write to the council', '2-A1', targetForItem(places, '2'));
    const after = port.paragraphs.map((p) => p.text);
    expect(after.slice(4, 8)).toEqual([
      'The group discussed the new bays.',
      'Some concern about the corner.',
      'ACTION: AA to write to the council',
      '3. Any other business',
    ]);
    expect(readMinutes(port.paragraphs).actions[0]).toMatchObject({
      item: '2',
      text: 'write to the council',
    });
  });

  it('a second action in a section goes after the first, outside its action control', async () => {
    const port = new MemoryDocumentPort({
      paragraphs: textToParagraphs('Notes\n1. Parking\nDiscussed.\n2. Bins\nDiscussed.'),
      ooxmlToParagraphs: readFlatOoxml,
    });
    for (const line of ['ACTION: AA to measure', 'ACTION: BB to report']) {
      const { paragraphs } = await port.readParagraphs();
      await port.insertActionLine(line, '1-A', targetForItem(actionPlaces(paragraphs), '1'));
    }
    expect(port.paragraphs.map((p) => p.text)).toEqual([
      'Notes',
      '1. Parking',
      'Discussed.',
      'ACTION: AA to measure',
      'ACTION: BB to report',
      '2. Bins',
      'Discussed.',
    ]);
    const controls = port.paragraphs.filter((p) => p.contentControl).map((p) => p.contentControl!.id);
    expect(new Set(controls).size).toBe(2);
  });

  it('the cursor’s item is the last item heading at or before the cursor', async () => {
    const port = await documentWithItemsTable();
    const { paragraphs } = await port.readParagraphs();
    const places = actionPlaces(paragraphs);
    const row = (n: string) => paragraphs.find((p) => p.text === n && p.table?.cell === 0)!.index;
    expect(itemAtParagraph(places, row('2.2') + 1)).toBe('2.2');
    expect(itemAtParagraph(places, row('3'))).toBe('3');
    expect(itemAtParagraph(places, 0)).toBeNull();
    expect(itemAtParagraph(places, null)).toBeNull();
  });

  it('a place the document no longer has fails and changes nothing', async () => {
    const port = await documentWithItemsTable();
    const { paragraphs } = await port.readParagraphs();
    const target = targetForItem(actionPlaces(paragraphs), '2.7')!;
    port.replaceBody(paragraphs.filter((p) => p.text !== '2.7'));
    const before = port.paragraphs;
    await expect(port.insertActionLine('ACTION: AA to go', '2.7-A1', target)).rejects.toThrow(
      /no longer where the pane last read it/,
    );
    expect(port.paragraphs).toEqual(before);
  });
});
