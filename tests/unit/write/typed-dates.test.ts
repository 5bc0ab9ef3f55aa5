import { parseTypedDate, parseTypedTime, nextMeetingText, ukLongDate } from '../../../src/core/write/uk-date';
import { formatActionLine, taskAfterTo } from '../../../src/core/write/action-line';
import { buildItemsBlock, PART_TWO_HEADING } from '../../../src/core/write/items-block';
import { readFlatOoxml } from '../../../src/docx/flat';
import { readMinutes } from '../../../src/core/read';
import { flattenItems, type Item } from '../../../src/core/model/item';
import { indentItem, insertItemAfter, outdentItem } from '../../../src/core/items/tree';

describe('dates as people type them in the UK', () => {
  it.each([
    ['25/08/2022', '2022-08-25'],
    ['25/8/22', '2022-08-25'],
    ['25-08-2022', '2022-08-25'],
    ['25.08.2022', '2022-08-25'],
    ['25 Aug 2022', '2022-08-25'],
    ['25 August 2022', '2022-08-25'],
    ['25th August 2022', '2022-08-25'],
    ['Thursday 25 August 2022', '2022-08-25'],
    ['Thu, 25 Aug 2022', '2022-08-25'],
    ['2022-08-25', '2022-08-25'],
    // Day first: 4 March, not April 3.
    ['04/03/2026', '2026-03-04'],
  ])('"%s" is %s', (typed, iso) => {
    expect(parseTypedDate(typed)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['31/06/2022', /no such day/],
    ['25 August', /Add the year/],
    ['soon', /Not a date/],
    ['25/08/2022 or so', /Not a date/],
    ['', /Type a date/],
  ])('"%s" is not read, and says why', (typed, why) => {
    const result = parseTypedDate(typed);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(why);
  });

  it('prints the date in the words of the minutes', () => {
    expect(ukLongDate('2022-08-25')).toBe('Thursday 25 August 2022');
  });

  it.each([
    ['14:30', '14:30'],
    ['14.30', '14:30'],
    ['1430', '14:30'],
    ['2.30pm', '14:30'],
    ['2pm', '14:00'],
    ['10', '10:00'],
    ['noon', '12:00'],
  ])('time "%s" is %s, 24-hour', (typed, time) => {
    expect(parseTypedTime(typed)).toEqual({ ok: true, value: time });
  });

  it.each(['25:00', 'ten', '10:00 and 11:00'])('time "%s" is not read', (typed) => {
    expect(parseTypedTime(typed).ok).toBe(false);
  });
});

describe('an action’s task after "to"', () => {
  it.each([
    ['Share the report', 'share the report'],
    ['Write to the Home Office', 'write to the Home Office'],
    ['share the report', 'share the report'],
    ['HMICFRS report to be circulated', 'HMICFRS report to be circulated'],
    ['Home Office visit to be booked', 'Home Office visit to be booked'],
    ['I', 'I'],
  ])('"%s" reads on as "%s"', (typed, written) => {
    expect(taskAfterTo(typed)).toBe(written);
  });

  it('never reads "ACC to Share"', () => {
    expect(formatActionLine({ owner: 'ACC', task: 'Share the profile' })).toBe(
      'ACTION: ACC to share the profile',
    );
  });
});

const item = (number: string, title: string, extra: Partial<Item> = {}): Item => ({
  number,
  title,
  confidential: false,
  subItems: [],
  ...extra,
});

describe('the next meeting, written into the last item and read back', () => {
  const items = [item('1', 'Apologies'), item('2', 'Finance'), item('3', 'Date of next meeting')];

  it('writes "Next meeting: …" in the notes of the item about it, and the reader reads date, time and venue', () => {
    const next = nextMeetingText({ date: '2022-10-04', time: '10:00', venue: 'Room 3, Town Hall' });
    expect(next).toBe('Tuesday 4 October 2022, 10:00, Room 3, Town Hall');
    const paragraphs = readFlatOoxml(buildItemsBlock(items, { nextMeeting: next }).ooxml);
    const notes = paragraphs.filter((p) => p.table?.cell === 2 && p.table.row === 3).map((p) => p.text);
    expect(notes).toEqual([`Next meeting: ${next}`]);
    const meeting = readMinutes(paragraphs).meeting;
    // The reader keeps the label when it reads a Notes cell whole (its items-table path); date, time and venue come through.
    expect(meeting.nextMeeting).toContain(next);
    expect(meeting.nextMeetingDate).toBe('2022-10-04');
  });

  it('keeps the item’s own notes and adds the line after them', () => {
    const withNotes = [item('1', 'Finance', { notes: 'Report noted.' })];
    const paragraphs = readFlatOoxml(
      buildItemsBlock(withNotes, { nextMeeting: 'Monday 3 October 2022' }).ooxml,
    );
    expect(paragraphs.filter((p) => p.table?.cell === 2 && p.table.row === 1).map((p) => p.text)).toEqual([
      'Report noted.',
      'Next meeting: Monday 3 October 2022',
    ]);
  });
});

describe('Part II items in their own part', () => {
  const items = [
    item('1', 'Apologies'),
    item('2', 'Staffing case', { confidential: true, subItems: [item('2.1', 'Appeal')] }),
    item('3', 'Any other business'),
  ];
  const paragraphs = readFlatOoxml(buildItemsBlock(items).ooxml);

  it('after the public items, under "Part II – confidential", in a second table', () => {
    const heading = paragraphs.findIndex((p) => p.text === PART_TWO_HEADING);
    expect(heading).toBeGreaterThan(0);
    const tables = [...new Set(paragraphs.flatMap((p) => (p.table ? [p.table.table] : [])))];
    expect(tables).toHaveLength(2);
    const firstCells = (table: number) =>
      paragraphs
        .filter((p) => p.table?.table === table && p.table.cell === 0 && p.table.row > 0)
        .map((p) => p.text);
    expect(firstCells(tables[0]!)).toEqual(['1', '3']);
    expect(firstCells(tables[1]!)).toEqual(['2', '2.1']);
    expect(paragraphs.slice(0, heading).some((p) => /Staffing/.test(p.text))).toBe(false);
  });

  it('read back as confidential, so exports can leave them out', () => {
    const read = flattenItems(readMinutes(paragraphs).items);
    expect(read.find((i) => i.number === '2')).toMatchObject({ title: 'Staffing case', confidential: true });
    expect(read.find((i) => i.number === '1')).toMatchObject({ confidential: false });
  });
});

describe('items: Enter adds the next, Alt+Right indents, Alt+Left outdents', () => {
  const items = [item('1', 'A'), item('2', 'B', { subItems: [item('2.1', 'B1')] }), item('3', 'C')];

  it('adds an empty item straight after, at the same level', () => {
    const next = insertItemAfter(items, [1, 0]);
    expect(next.path).toEqual([1, 1]);
    expect(flattenItems(next.items).map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 A',
      '2 B',
      '2.1 B1',
      '2.2 ',
      '3 C',
    ]);
  });

  it('indents an item under the one before, and outdents it back', () => {
    const indented = indentItem(items, [2])!;
    expect(indented.path).toEqual([1, 1]);
    expect(flattenItems(indented.items).map((i) => i.number + i.title)).toEqual([
      '1A',
      '2B',
      '2.1B1',
      '2.2C',
    ]);
    const back = outdentItem(indented.items, indented.path)!;
    expect(back.path).toEqual([2]);
    expect(flattenItems(back.items).map((i) => i.number + i.title)).toEqual(['1A', '2B', '2.1B1', '3C']);
    expect(indentItem(items, [0])).toBeNull();
    expect(outdentItem(items, [0])).toBeNull();
  });
});
