import { flattenItems, paragraph } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';
import { lineItemHeading } from '../../../src/core/read/items';
import { TAGS } from '../../../src/core/port';

const numbers = (text: string) =>
  flattenItems(readMinutes(textToParagraphs(text)).items).map((i) => [i.number, i.title]);

describe('item headings', () => {
  it.each([
    ['1. Apologies', '1', 'Apologies'],
    ['2.1 Homicide', '2.1', 'Homicide'],
    ['2.1. Homicide', '2.1', 'Homicide'],
    ['Item 3: Finance', '3', 'Finance'],
    ['Item 1 – Minutes of the last meeting', '1', 'Minutes of the last meeting'],
    ['294/19 Minutes of the previous meeting', '294/19', 'Minutes of the previous meeting'],
    ['Minute 12 Budget', '12', 'Budget'],
    ['TB 23/061 Welcome and apologies', 'TB 23/061', 'Welcome and apologies'],
    ['SEN/23/41 Minutes of the previous meeting', 'SEN/23/41', 'Minutes of the previous meeting'],
    ['4/ Footpaths and verges', '4', 'Footpaths and verges'],
  ])('reads "%s"', (line, number, title) => {
    expect(lineItemHeading(line, false)).toMatchObject({ number, title });
  });

  it.each([
    '1. The board noted the report and thanked the officers for their work on it.',
    '25/08/2022 was the date of the meeting.',
    '2. ACTION: JS to circulate the paper.',
    '3 members of the public attended.',
    '3.2 The report was noted.',
    '14 March 2024 Extraordinary meeting',
    '3rd June Budget workshop',
    'Minute 22/23 first sentence should read as follows',
    '1/2/2024 Site visit',
  ])('"%s" is not an item heading', (line) => {
    expect(lineItemHeading(line, false)).toBeNull();
  });

  it('reads the next number in sequence as an item even where it reads as a sentence or runs on', () => {
    expect(
      numbers(
        '1. Apologies: none\n2. Minutes of the last meeting were agreed and signed.\n' +
          "3. Chair's Report- Ann Lee The roof repairs were reported to be nearly finished and paid for.\n" +
          '7. The treasurer reported a surplus on the year.',
      ).map((n) => n[0]),
    ).toEqual(['1', '2', '3']);
  });

  it('reads a Markdown list written "1." "1." "1." as items 1, 2, 3, not three item 1s', () => {
    expect(numbers('1. Apologies\n1. Finance report\n1. Any other business')).toEqual([
      ['1', 'Apologies'],
      ['2', 'Finance report'],
      ['3', 'Any other business'],
    ]);
  });

  it('reads lettered and roman sub-items under the numbered item they follow', () => {
    const items = readMinutes(
      textToParagraphs(
        '1. Apologies\nNone.\n2. Parish property\na) Bus shelter\nClerk to get quotes.\nb) Play area\n3. Highways\ni Potholes\nii) Verges',
      ),
    ).items;
    expect(items.map((i) => [i.number, i.subItems.map((s) => `${s.number} ${s.title}`)])).toEqual([
      ['1', []],
      ['2', ['a) Bus shelter', 'b) Play area']],
      ['3', ['i Potholes', 'ii) Verges']],
    ]);
  });

  it('nests sub-items under their parent', () => {
    const items = readMinutes(
      textToParagraphs('1. Welcome\n2. Finance\n2.1 Budget\n2.2 Audit\n3. AOB'),
    ).items;
    expect(items.map((i) => [i.number, i.subItems.map((s) => s.number)])).toEqual([
      ['1', []],
      ['2', ['2.1', '2.2']],
      ['3', []],
    ]);
  });

  it('keeps a sub-item found out of order where it was found', () => {
    expect(
      numbers('2. Serious violence\n2.6 Data\n3. AOB\n2.7 Needs assessment\n4. Next meeting').map(
        (n) => n[0],
      ),
    ).toEqual(['2', '2.6', '3', '2.7', '4']);
  });

  it('reads items from No. | Item rows and cuts a title run into its text', () => {
    expect(
      numbers(
        'No.\tItem\t\n1.\tAOB\t\n2.7\tSerious Violence Duty Strategic Needs Assessment The PCC welcomed the joint working on the needs assessment but recognised further needs.\t',
      ),
    ).toEqual([
      ['1', 'AOB'],
      ['2.7', 'Serious Violence Duty Strategic Needs Assessment'],
    ]);
  });

  it('reads headings as items when no item is numbered', () => {
    expect(numbers('# Team sync\n## Release status\nAll good.\n## Incidents\nNone.')).toEqual([
      ['1', 'Release status'],
      ['2', 'Incidents'],
    ]);
  });

  it('reads the items table Minutebook inserts, with Part II items confidential', () => {
    const cc = { tag: TAGS.items, id: 9, title: 'Items' };
    const rows = [
      ['No.', 'Item', 'Notes'],
      ['1', 'Apologies', ''],
      ['2', 'Staffing (Part II)', 'Confidential paper'],
      ['3', 'Part II – Legal advice', ''],
    ];
    const ps = rows.flatMap((row, r) =>
      row.map((text, c) =>
        paragraph(r * 3 + c, text, { table: { table: 0, row: r, cell: c }, contentControl: cc }),
      ),
    );
    const items = readMinutes(ps).items;
    expect(items.map((i) => [i.number, i.title, i.confidential, i.notes ?? ''])).toEqual([
      ['1', 'Apologies', false, ''],
      ['2', 'Staffing', true, 'Confidential paper'],
      ['3', 'Legal advice', true, ''],
    ]);
  });
});
