import fc from 'fast-check';
import { Meeting, type Action, type Attendee, type Item } from '../../../src/core/model';
import { TAGS, type OoxmlBlock } from '../../../src/core/port';
import {
  buildActionSummaryBlock,
  buildAttendanceBlock,
  buildHeaderBlock,
  buildItemsBlock,
  buildMinutesBlocks,
} from '../../../src/core/write';
import { propertyRuns } from '../../support/property';
import { actionArbitrary, attendeeArbitrary, itemArbitrary, meetingArbitrary } from './meeting-arbitrary';
import { bodyOf, child, findAll, parseTree, type XmlElement } from './xml-tree';

const meeting = Meeting.parse({
  title: 'Board & Committee <August>',
  meetingType: 'Board meeting',
  date: '2022-08-25',
  startTime: '10:00',
  endTime: '11:30',
  chair: 'Ann Lee',
  minuteTaker: 'Bob Stone',
  venue: 'Room 4',
  protectiveMarking: 'OFFICIAL-SENSITIVE',
});
const attendees: Attendee[] = [
  { name: 'Absent Al', capacity: 'Member', initials: 'AA', status: 'absent' },
  { name: 'Sorry Sue', capacity: 'Member', initials: 'SS', status: 'apologies' },
  { name: 'Ann Lee', capacity: 'Chair', initials: 'AL', status: 'present' },
  { name: 'Officer Olu', capacity: 'Clerk', initials: 'OO', status: 'in attendance' },
  { name: 'Bob Stone', capacity: 'Treasurer', initials: 'BS', status: 'present' },
];
const items: Item[] = [
  { number: '1', title: 'Apologies', confidential: false, subItems: [] },
  {
    number: '2',
    title: 'Finance',
    notes: 'Line one\nLine two',
    confidential: false,
    subItems: [
      { number: '2.1', title: 'Budget', confidential: false, subItems: [] },
      { number: '2.2', title: 'Audit', confidential: false, subItems: [] },
    ],
  },
  { number: '3', title: 'Staffing matter', notes: 'Kept confidential', confidential: true, subItems: [] },
];
const location = { paragraph: 0, contentControlId: null, excerpt: '', occurrence: 0, part: 'body' as const };
const actions: Action[] = [
  {
    ref: '2.1-A1',
    item: '2.1',
    text: 'Share the budget',
    owner: 'AL',
    owners: [],
    due: 'by 30 September',
    dueDate: null,
    status: 'Open',
    marked: true,
    location,
  },
];

/** Text of a paragraph or cell: w:t, w:tab, w:br in order. */
function textOf(element: XmlElement): string {
  if (element.name === 'w:t') return element.text;
  if (element.name === 'w:tab') return '\t';
  if (element.name === 'w:br') return '\n';
  return element.children.map(textOf).join('');
}

function paragraphsOf(block: OoxmlBlock): XmlElement[] {
  return findAll(bodyOf(block.ooxml), 'w:p');
}

function styleOf(p: XmlElement): string | undefined {
  const pPr = child(p, 'w:pPr');
  return pPr && child(pPr, 'w:pStyle')?.attributes['w:val'];
}

function rowsOf(block: OoxmlBlock): string[][] {
  return findAll(bodyOf(block.ooxml), 'w:tr').map((tr) => findAll(tr, 'w:tc').map(textOf));
}

function controlOf(block: OoxmlBlock): { tag?: string; alias?: string } {
  const sdtPr = findAll(bodyOf(block.ooxml), 'w:sdtPr')[0]!;
  return {
    tag: child(sdtPr, 'w:tag')?.attributes['w:val'],
    alias: child(sdtPr, 'w:alias')?.attributes['w:val'],
  };
}

const allBlocks = () => [
  ...buildMinutesBlocks({ meeting, attendees, items }),
  buildActionSummaryBlock(actions),
];

describe('header block', () => {
  const block = buildHeaderBlock(meeting);

  it('starts with the title in the Title style, then labelled lines with bold labels', () => {
    const paragraphs = paragraphsOf(block);
    expect(styleOf(paragraphs[0]!)).toBe('Title');
    expect(textOf(paragraphs[0]!)).toBe('Board & Committee <August>');
    expect(paragraphs.slice(1, -1).map(textOf)).toEqual([
      'Meeting type: Board meeting',
      'Date: Thursday 25 August 2022',
      'Time: 10:00',
      'End time: 11:30',
      'Chair: Ann Lee',
      'Minute-taker: Bob Stone',
      'Venue: Room 4',
    ]);
    const firstRun = findAll(paragraphs[1]!, 'w:r')[0]!;
    expect(child(child(firstRun, 'w:rPr')!, 'w:b')).toBeDefined();
  });

  it('leaves out the lines for details that are not set', () => {
    const bare = buildHeaderBlock(Meeting.parse({ title: 'T', date: '2024-02-29' }));
    expect(paragraphsOf(bare).slice(1, -1).map(textOf)).toEqual(['Date: Thursday 29 February 2024']);
  });

  it('is wrapped in the minutebook:header content control with a readable title', () => {
    expect(controlOf(block)).toEqual({ tag: TAGS.header, alias: 'Minutebook: meeting details' });
  });

  it('puts the protective marking in the page header and the status in capitals in the footer', () => {
    expect(block.pageHeader).toBe('OFFICIAL-SENSITIVE');
    expect(block.pageFooter).toBe('DRAFT');
    const approved = buildHeaderBlock(Meeting.parse({ title: 'T', status: 'approved' }));
    expect(approved.pageHeader).toBeNull();
    expect(approved.pageFooter).toBe('APPROVED');
    expect(block.ooxml).not.toContain('OFFICIAL-SENSITIVE');
  });
});

describe('attendance block', () => {
  const block = buildAttendanceBlock(attendees);

  it('has a Heading 1 and lists present, in attendance, apologies, absent in that order', () => {
    expect(styleOf(paragraphsOf(block)[0]!)).toBe('Heading1');
    expect(rowsOf(block)).toEqual([
      ['Name', 'Capacity', 'Initials', 'Status'],
      ['Ann Lee', 'Chair', 'AL', 'Present'],
      ['Bob Stone', 'Treasurer', 'BS', 'Present'],
      ['Officer Olu', 'Clerk', 'OO', 'In attendance'],
      ['Sorry Sue', 'Member', 'SS', 'Apologies'],
      ['Absent Al', 'Member', 'AA', 'Absent'],
    ]);
    expect(controlOf(block).tag).toBe(TAGS.attendance);
  });
});

describe('items block', () => {
  const block = buildItemsBlock(items);

  it('has one row per item and sub-item with literal numbers, Part II in its own table, notes kept', () => {
    expect(rowsOf(block)).toEqual([
      ['No.', 'Item', 'Notes'],
      ['1', 'Apologies', ''],
      ['2', 'Finance', 'Line one\nLine two'],
      ['2.1', 'Budget', ''],
      ['2.2', 'Audit', ''],
      ['No.', 'Item', 'Notes'],
      ['3', 'Part II – Staffing matter', 'Kept confidential'],
    ]);
    expect(controlOf(block).tag).toBe(TAGS.items);
  });
});

describe('action summary block', () => {
  it('lists ref, item, action, owner, due and status under its own heading and tag', () => {
    const block = buildActionSummaryBlock(actions);
    expect(textOf(paragraphsOf(block)[0]!)).toBe('Summary of actions arising');
    expect(rowsOf(block)).toEqual([
      ['Ref', 'Item', 'Action', 'Owner', 'Due', 'Status'],
      ['2.1-A1', '2.1', 'Share the budget', 'AL', 'by 30 September', 'Open'],
    ]);
    expect(controlOf(block).tag).toBe(TAGS.actions);
  });
});

describe('every package', () => {
  it('headings use the heading styles, and the styles part defines every style used', () => {
    for (const block of allBlocks()) {
      const root = parseTree(block.ooxml);
      const defined = findAll(root, 'w:style').map((s) => s.attributes['w:styleId']);
      const used = [...findAll(root, 'w:pStyle'), ...findAll(root, 'w:tblStyle')].map(
        (s) => s.attributes['w:val'],
      );
      expect(defined).toEqual(expect.arrayContaining([...new Set(used)]));
      const first = paragraphsOf(block)[0]!;
      expect(['Title', 'Heading1']).toContain(styleOf(first));
    }
  });

  it('marks every table header row, gives a caption and description, merges no cells, sets the width', () => {
    for (const block of allBlocks()) {
      for (const table of findAll(parseTree(block.ooxml), 'w:tbl')) {
        const tblPr = child(table, 'w:tblPr')!;
        expect(child(tblPr, 'w:tblCaption')?.attributes['w:val']).toMatch(/\S/);
        expect(child(tblPr, 'w:tblDescription')?.attributes['w:val']).toMatch(/\S/);
        expect(child(tblPr, 'w:tblW')?.attributes).toEqual({ 'w:w': '5000', 'w:type': 'pct' });
        const rows = findAll(table, 'w:tr');
        expect(child(child(rows[0]!, 'w:trPr')!, 'w:tblHeader')).toBeDefined();
        expect(rows.slice(1).every((r) => !findAll(r, 'w:tblHeader').length)).toBe(true);
        expect(findAll(table, 'w:gridSpan')).toEqual([]);
        expect(findAll(table, 'w:vMerge')).toEqual([]);
        const columns = findAll(table, 'w:gridCol').length;
        expect(rows.every((r) => findAll(r, 'w:tc').length === columns)).toBe(true);
      }
    }
  });

  it('ends with an empty paragraph after the content control, and keeps body text in Normal', () => {
    for (const block of allBlocks()) {
      const body = bodyOf(block.ooxml);
      expect(body.children.map((c) => c.name)).toEqual(['w:sdt', 'w:p']);
      expect(body.children[1]!.children).toEqual([]);
      const bodyText = paragraphsOf(block).filter((p) => !['Title', 'Heading1'].includes(styleOf(p) ?? ''));
      expect(bodyText.every((p) => styleOf(p) === undefined)).toBe(true);
    }
  });

  it('puts xml:space="preserve" on every text element', () => {
    for (const block of allBlocks()) {
      expect(
        findAll(parseTree(block.ooxml), 'w:t').every((t) => t.attributes['xml:space'] === 'preserve'),
      ).toBe(true);
    }
  });

  it('is well-formed XML for any meeting data a person can type', () => {
    fc.assert(
      fc.property(
        meetingArbitrary,
        fc.array(attendeeArbitrary, { maxLength: 5 }),
        fc.array(itemArbitrary, { maxLength: 4 }),
        fc.array(actionArbitrary, { maxLength: 3 }),
        (m, a, i, act) => {
          for (const block of [
            ...buildMinutesBlocks({ meeting: m, attendees: a, items: i }),
            buildActionSummaryBlock(act),
          ]) {
            expect(() => parseTree(block.ooxml)).not.toThrow();
          }
        },
      ),
      { numRuns: propertyRuns() },
    );
  });
});
