import { listNumbering, planDocument } from './plan';
import { CannotBuild } from './stage';

const items = { id: 7, tag: 'minutebook:items', title: 'Items' };
const action = { id: 8, tag: 'minutebook:action', title: 'Action 1-A1' };

describe('planning a scenario set-up for real Word', () => {
  test('paragraphs and a whole table become blocks in order, the table row by row', () => {
    const plan = planDocument({
      body: [
        'Before',
        { text: 'No.', cell: [0, 0, 0] },
        { text: 'Item', cell: [0, 0, 1] },
        { text: '1', cell: [0, 1, 0] },
        { text: 'Welcome', cell: [0, 1, 1] },
        { text: '2. Finance', style: 'Heading1' },
      ],
    });
    expect(plan.body.blocks).toEqual([
      { kind: 'paragraph', paragraph: expect.objectContaining({ text: 'Before', styleBuiltIn: 'Normal' }) },
      {
        kind: 'table',
        rows: 2,
        columns: 2,
        values: [
          ['No.', 'Item'],
          ['1', 'Welcome'],
        ],
      },
      {
        kind: 'paragraph',
        paragraph: expect.objectContaining({ text: '2. Finance', styleBuiltIn: 'Heading1' }),
      },
    ]);
    expect(plan.body.paragraphs).toHaveLength(6);
    expect(plan.notes).toEqual([]);
  });

  test('controls are spans of paragraphs, outermost first, nested ones after', () => {
    const plan = planDocument({
      body: [
        { text: '1', cell: [0, 0, 0], controls: [items] },
        { text: 'ACTION: HP to write', cell: [0, 0, 1], controls: [items, action] },
        'After',
      ],
    });
    expect(plan.body.controls).toEqual([
      { specId: 7, tag: 'minutebook:items', title: 'Items', first: 0, last: 1 },
      { specId: 8, tag: 'minutebook:action', title: 'Action 1-A1', first: 1, last: 1 },
    ]);
  });

  test.each([
    [
      'a table with cells left out',
      {
        body: [
          { text: 'No.', cell: [0, 0, 0] as [number, number, number] },
          { text: 'x', cell: [0, 1, 2] as [number, number, number] },
        ],
      },
      /table 0 is not whole \(2 of 2×3 cells/,
    ],
    ['a tracked deletion', { body: [{ text: 'PCC DCC', reviewedText: 'DCC' }] }, /tracked deletion/],
    [
      'a custom style',
      { body: [{ text: 'Note', style: 'Mein Vermerk', styleBuiltIn: 'Other' }] },
      /custom style "Mein Vermerk"/,
    ],
    ['a different first page', { body: ['x'], firstPageHeader: ['First'] }, /Different first page/],
    [
      'a control over paragraphs apart',
      { body: [{ text: 'a', controls: [action] }, 'b', { text: 'c', controls: [action] }] },
      /control 8 covers paragraphs that are not next to each other/,
    ],
  ])('refuses %s, saying why', (_name, spec, why) => {
    expect(() => planDocument(spec)).toThrow(CannotBuild);
    expect(() => planDocument(spec)).toThrow(why);
  });

  test('says what it cannot match exactly: a localised style name, Word-made list numbers, a table at the end', () => {
    const plan = planDocument({
      body: [
        { text: '1. Begrüßung', style: 'Überschrift 1', styleBuiltIn: 'Heading1' },
        { text: 'Present', list: '1.' },
        { text: 'Name', cell: [0, 0, 0] },
      ],
    });
    expect(plan.notes).toEqual([
      '"1. Begrüßung" gets the built-in Heading1; Word names it in its own language, not "Überschrift 1"',
      'list numbers are Word\'s own formatting of "1."',
      'Word keeps an empty paragraph after a table that ends the document: the body has one more',
    ]);
  });

  test.each([
    ['1.', { numbering: 'Arabic', suffix: '.', start: 1 }],
    ['3.', { numbering: 'Arabic', suffix: '.', start: 3 }],
    ['a)', { numbering: 'LowerLetter', suffix: ')', start: 1 }],
    ['C.', { numbering: 'UpperLetter', suffix: '.', start: 3 }],
    ['iv.', { numbering: 'LowerRoman', suffix: '.', start: 4 }],
    ['xii)', { numbering: 'LowerRoman', suffix: ')', start: 12 }],
    ['•', { numbering: null, suffix: '', start: 1 }],
  ])('list number %s is made as %j', (listString, expected) => {
    expect(listNumbering(listString)).toEqual(expected);
  });
});
