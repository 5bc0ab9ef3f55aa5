import { paragraph, type SourceParagraph } from '../../../src/core/model/paragraph';
import { readMinutesStrict } from '../../../src/core/read';

/** Word's own minutes templates put the header in tables: written here in that layout, with invented people. */
const cell = (index: number, text: string, row: number, at: number, style = 'Normal'): SourceParagraph =>
  paragraph(index, text, { style, table: { table: index < 4 ? 0 : 1, row, cell: at } });

describe('header fields in table cells', () => {
  it('reads the title cell with lone date, time and place lines, and label cells with their values', () => {
    const minutes = readMinutesStrict([
      cell(0, 'Volunteers Meeting', 0, 0, 'Title'),
      cell(1, 'May 9, 2024', 0, 1, 'Heading 3'),
      cell(2, '6PM', 0, 1, 'Heading 3'),
      cell(3, 'Riverside Library', 0, 1, 'Heading 3'),
      cell(4, 'Facilitator:', 0, 0, 'Heading 2'),
      cell(5, 'Priya Nair', 0, 1),
      cell(6, 'Note taker:', 0, 2, 'Heading 2'),
      cell(7, 'Tom Ashby', 0, 3),
      paragraph(8, 'Minutes', { style: 'Heading 1' }),
      paragraph(9, 'The group reviewed the rota.'),
    ]);
    expect(minutes.meeting).toMatchObject({
      title: 'Volunteers Meeting',
      date: '2024-05-09',
      startTime: '18:00',
      chair: 'Priya Nair',
      minuteTaker: 'Tom Ashby',
      venue: 'Riverside Library',
    });
  });

  it('reads label and value lines down one cell', () => {
    const lines = ['Facilitator', 'Group', 'Note taker', 'Dana Kerr', 'Timekeeper', 'Group'];
    const minutes = readMinutesStrict([
      paragraph(0, 'Project Meeting', { style: 'Title' }),
      ...lines.map((text, i) =>
        paragraph(i + 1, text, {
          style: i % 2 ? 'Normal' : 'Heading 3',
          table: { table: 0, row: 0, cell: 0 },
        }),
      ),
      paragraph(7, 'Agenda topics', { style: 'Heading 1' }),
    ]);
    expect(minutes.meeting).toMatchObject({ chair: 'Group', minuteTaker: 'Dana Kerr' });
  });

  it('reads a heading of fields as the header, not as an item', () => {
    const minutes = readMinutesStrict([
      paragraph(0, 'Sprint Review | Minutes', { style: 'Title' }),
      paragraph(1, 'Meeting date | time June 3rd, 2024 | 10:00am | Meeting location Room 2.14', {
        style: 'Heading 2',
      }),
      paragraph(2, 'Agenda topics', { style: 'Heading 1' }),
    ]);
    expect(minutes.meeting).toMatchObject({ date: '2024-06-03', venue: 'Room 2.14' });
    expect(minutes.items.map((i) => i.title)).toEqual(['Agenda topics']);
  });
});
