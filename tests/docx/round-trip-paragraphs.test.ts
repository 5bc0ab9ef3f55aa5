import fc from 'fast-check';
import type { SourceParagraph } from '../../src/core/model';
import { TAGS } from '../../src/core/port';
import {
  buildActionSummaryBlock,
  buildMinutesBlocks,
  normaliseTypedText,
  orderAttendees,
} from '../../src/core/write';
import { flattenItems } from '../../src/core/model';
import { headerLines } from '../../src/core/write/header-block';
import { itemTitleText } from '../../src/core/write/items-block';
import { readFlatOoxml } from '../../src/docx/flat';
import { readDocx } from '../../src/docx/read';
import { writeDocx } from '../../src/docx/write';
import { propertyRuns } from '../support/property';
import {
  attendeeArbitrary,
  itemArbitrary,
  meetingArbitrary,
  actionArbitrary,
} from '../unit/write/meeting-arbitrary';
import { MODEL_MINUTES } from '../fixtures/model-meeting';

/** Rows of cell texts of the table inside the content control with `tag`. */
/** The rows of every table in the tagged block, table after table (the items block has a second, Part II table). */
function tableRows(paragraphs: SourceParagraph[], tag: string): string[][] {
  const tables = new Map<number, string[][]>();
  for (const p of paragraphs) {
    if (p.contentControl?.tag !== tag || !p.table) continue;
    const rows = tables.get(p.table.table) ?? [];
    tables.set(p.table.table, rows);
    (rows[p.table.row] ??= [])[p.table.cell] = p.text;
  }
  return [...tables.values()].flatMap((rows, n) => (n === 0 ? rows : rows.slice(1)));
}

const withTag = (paragraphs: SourceParagraph[], tag: string) =>
  paragraphs.filter((p) => p.contentControl?.tag === tag);

describe('write a .docx and read it back, paragraph by paragraph', () => {
  it('keeps the model meeting: header lines, tables, tags, ids, styles, page header and footer', () => {
    const paragraphs = readDocx(writeDocx(buildMinutesBlocks(MODEL_MINUTES)));
    const header = withTag(paragraphs, TAGS.header);
    expect(header.map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Monthly Assurance Meeting August 2022'],
      ['Normal', 'Meeting type: Assurance meeting'],
      ['Normal', 'Date: Thursday 25 August 2022'],
      ['Normal', 'Time: 10:00'],
      ['Normal', 'Chair: John Campion'],
      ['Normal', 'Minute-taker: Charity Pearce'],
      ['Normal', 'Venue: West Mercia Police HQ'],
    ]);
    expect(header[0]!.contentControl).toEqual({
      tag: TAGS.header,
      id: expect.any(Number),
      title: 'Minutebook: meeting details',
    });
    expect(withTag(paragraphs, TAGS.attendance)[0]).toMatchObject({
      text: 'Attendance',
      style: 'Heading 1',
      table: null,
    });
    expect(tableRows(paragraphs, TAGS.attendance)[5]).toEqual([
      'Jackie Irvin',
      'Policy Officer',
      'JI',
      'In attendance',
    ]);
    expect(tableRows(paragraphs, TAGS.items).map((r) => r[0])).toEqual([
      'No.',
      '1',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '2.6',
      '2.7',
      '3',
      '4',
    ]);
    expect(new Set(paragraphs.filter((p) => p.table).map((p) => p.table!.table))).toEqual(new Set([0, 1]));
    expect(paragraphs.filter((p) => p.part === 'header').map((p) => p.text)).toEqual(['OFFICIAL-SENSITIVE']);
    expect(paragraphs.filter((p) => p.part === 'footer').map((p) => p.text)).toEqual([
      'DRAFT',
      'Page 1 of 1',
    ]);
    expect(paragraphs.filter((p) => p.part === 'body').map((p) => p.index)).toEqual(
      paragraphs.filter((p) => p.part === 'body').map((_, i) => i),
    );
  });

  it('reads a flat package exactly as the same content inside a .docx', () => {
    const blocks = buildMinutesBlocks(MODEL_MINUTES);
    const fromFlat = blocks
      .flatMap((b) => readFlatOoxml(b.ooxml))
      .map(({ text, style, contentControl }) => ({ text, style, contentControl }));
    const fromDocx = readDocx(writeDocx(blocks))
      .filter((p) => p.part === 'body')
      .map(({ text, style, contentControl }) => ({ text, style, contentControl }));
    expect(fromDocx).toEqual(fromFlat);
  });

  it('gives back every typed string as normaliseTypedText says, for any meeting data', () => {
    fc.assert(
      fc.property(
        meetingArbitrary,
        fc.array(attendeeArbitrary, { maxLength: 6 }),
        fc.array(itemArbitrary, { maxLength: 4 }),
        fc.array(actionArbitrary, { maxLength: 3 }),
        (meeting, attendees, items, actions) => {
          const blocks = [
            ...buildMinutesBlocks({ meeting, attendees, items }),
            buildActionSummaryBlock(actions),
          ];
          const paragraphs = readDocx(writeDocx(blocks));
          const n = normaliseTypedText;
          expect(withTag(paragraphs, TAGS.header).map((p) => p.text)).toEqual([
            n(meeting.title),
            ...headerLines(meeting).map(([label, value]) => `${label}: ${n(value)}`),
          ]);
          expect(tableRows(paragraphs, TAGS.attendance).slice(1)).toEqual(
            orderAttendees(attendees).map((a) => [
              n(a.name),
              n(a.capacity),
              n(a.initials),
              expect.any(String),
            ]),
          );
          expect(tableRows(paragraphs, TAGS.items).slice(1)).toEqual(
            // Part II items come after the public ones, in their own table (top-level items keep their sub-items).
            flattenItems([
              ...items.filter((i) => !i.confidential),
              ...items.filter((i) => i.confidential),
            ]).map((i) => [n(i.number), n(itemTitleText(i)), n(i.notes ?? '')]),
          );
          expect(
            tableRows(paragraphs, TAGS.actions)
              .slice(1)
              .map((r) => r[2]),
          ).toEqual(actions.map((a) => n(a.text)));
          const marking = n(meeting.protectiveMarking ?? '').trim();
          expect(paragraphs.filter((p) => p.part === 'header').map((p) => p.text)).toEqual(
            marking ? [marking] : [],
          );
          expect(paragraphs.find((p) => p.part === 'footer')?.text).toBe(meeting.status.toUpperCase());
        },
      ),
      { numRuns: propertyRuns() },
    );
  });

  it('keeps every cell of 300 attendees, 200 items and 10 KB of notes', () => {
    const notes = 'The committee noted the report & agreed <all> of it.\n'.repeat(200).slice(0, 10_240);
    const attendees = Array.from({ length: 300 }, (_, i) => ({
      name: `Member ${i} & “Co”`,
      capacity: `Role ${i} שלום`,
      initials: `M${i}`,
      status: 'present' as const,
    }));
    const items = Array.from({ length: 200 }, (_, i) => ({
      number: String(i + 1),
      title: `Item ${i + 1} 👩🏽‍⚖️`,
      notes: i === 0 ? notes : '',
      confidential: false,
      subItems: [],
    }));
    const paragraphs = readDocx(
      writeDocx(buildMinutesBlocks({ meeting: MODEL_MINUTES.meeting, attendees, items })),
    );
    expect(tableRows(paragraphs, TAGS.attendance).slice(1)).toEqual(
      attendees.map((a) => [a.name, a.capacity, a.initials, 'Present']),
    );
    expect(tableRows(paragraphs, TAGS.items).slice(1)).toEqual(
      items.map((i) => [i.number, i.title, i.notes]),
    );
  });
});
