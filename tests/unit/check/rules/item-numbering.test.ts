import { itemNumbering } from '../../../../src/core/check/rules/item-numbering';
import { item, lines, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(itemNumbering, {
  valid: [
    {
      name: 'items and sub-items in order',
      minutes: minutes({
        items: [
          item('1', 'A', 1),
          item('2', 'B', 2, [item('2.1', 'C', 3), item('2.2', 'D', 4)]),
          item('3', 'E', 5),
        ],
      }),
    },
    {
      name: 'numbers written with a dot or as "Item 3"',
      minutes: minutes({ items: [item('1.', 'A', 1), item('2.', 'B', 2), item('Item 3', 'C', 3)] }),
    },
    {
      name: 'minute numbers continuing from an earlier meeting',
      minutes: minutes({ items: [item('294/19', 'A', 1), item('295/19', 'B', 2), item('296/19', 'C', 3)] }),
    },
    {
      name: 'minute numbers with the year first, and with a body prefix',
      minutes: minutes({
        items: [
          item('23/045', 'A', 1),
          item('23/046', 'B', 2),
          item('SEN/23/41', 'C', 3),
          item('SEN/23/42', 'D', 4),
        ],
      }),
    },
    {
      name: 'lettered sub-items',
      minutes: minutes({
        items: [item('1', 'A', 1, [item('1a', 'B', 2), item('1b', 'C', 3)]), item('2', 'D', 4)],
      }),
    },
    {
      name: 'a numbered list under an item starts again at 1 (names, a Markdown list written "1." on every line)',
      minutes: minutes({
        items: [
          item('1', 'A', 1),
          item('2', 'B', 2),
          item('1', 'Rowan Ash', 3),
          item('1', 'Dana Frost', 4),
          item('1', 'Kit Lowe', 5),
        ],
      }),
    },
    {
      name: 'items written "1.0", "2.0"',
      minutes: minutes({ items: [item('1.0', 'A', 1), item('2.0', 'B', 2), item('2.1', 'C', 3)] }),
    },
    {
      name: 'dates at the start of dated notes are not item numbers',
      minutes: minutes({ items: [item('1', 'A', 1), item('01.04.2025', 'B', 2), item('2', 'C', 3)] }),
    },
    {
      name: 'a missing number that the text between does write ("3. Matters arising" read as prose)',
      minutes: minutes({ items: [item('1', 'A', 0), item('3', 'C', 2)] }),
      paragraphs: lines('1. Apologies', '2. Minutes of the last meeting were agreed.', '3. Matters arising'),
    },
    {
      name: 'a missing 1 that a scan wrote as the letter I ("I. OPENING" between items 0 and 2)',
      minutes: minutes({ items: [item('0', 'A', 0), item('2', 'C', 2)] }),
      paragraphs: lines('0. ROLL CALL', 'I. OPENING OF THE MEETING', '2. AGENDA'),
    },
    {
      name: 'unnumbered headings are not checked',
      minutes: minutes({ items: [item('', 'A', 1), item('AOB', 'B', 2)] }),
    },
  ],
  invalid: [
    {
      name: 'a sub-item found after a later item (like the model document’s 2.7 after 3)',
      minutes: minutes({
        items: [
          item('1', 'A', 1),
          item('2', 'B', 2, [item('2.1', 'F', 3), item('2.2', 'G', 9)]),
          item('3', 'AOB', 6),
          item('4', 'Next', 12),
        ],
      }),
      problems: [
        { message: 'Item 2.2 comes after item 3. Move it back under item 2, or renumber it.', paragraph: 9 },
      ],
    },
    {
      name: 'a gap where the text between holds another letter, not a look-alike of the missing number',
      minutes: minutes({ items: [item('0', 'A', 0), item('2', 'C', 2)] }),
      paragraphs: lines('0. ROLL CALL', 'A. OPENING OF THE MEETING', '2. AGENDA'),
      problems: [{ message: /jumps from 0 to 2/ }],
    },
    {
      name: 'a gap in the main items',
      minutes: minutes({ items: [item('1', 'A', 1), item('3', 'C', 2)] }),
      problems: [
        {
          message:
            'Item numbering jumps from 1 to 3: item 2 is missing. Renumber the items, or add what is missing.',
          paragraph: 2,
        },
      ],
    },
    {
      name: 'a gap of several sub-items',
      minutes: minutes({ items: [item('2', 'B', 1, [item('2.1', 'C', 2), item('2.5', 'D', 3)])] }),
      problems: [{ message: /jumps from 2\.1 to 2\.5: items 2\.2, 2\.3 and 2\.4 are missing/ }],
    },
    {
      name: 'a first sub-item that is not .1',
      minutes: minutes({ items: [item('2', 'B', 1, [item('2.3', 'C', 2)])] }),
      problems: [{ message: /^Item 2\.3 is the first sub-item of item 2: items 2\.1 and 2\.2 are missing/ }],
    },
    {
      name: 'a number used twice',
      minutes: minutes({ items: [item('1', 'A', 1), item('2', 'B', 2), item('2', 'C', 3)] }),
      problems: [{ message: 'Item 2 is numbered twice. Renumber one of them.', paragraph: 3 }],
    },
    {
      name: 'a sub-item without its parent is reported once',
      minutes: minutes({ items: [item('1', 'A', 1), item('2.1', 'B', 2), item('2.2', 'C', 3)] }),
      problems: [
        {
          message:
            'Item 2.1 is a sub-item, but there is no item 2 before it. Add item 2, or renumber this one.',
        },
      ],
    },
    {
      name: 'a gap in minute numbers',
      minutes: minutes({ items: [item('294/19', 'A', 1), item('296/19', 'B', 2)] }),
      problems: [{ message: /jumps from 294\/19 to 296\/19: item 295\/19 is missing/, severity: 'warning' }],
    },
    {
      name: 'a gap in year-first minute numbers, written as the document writes them',
      minutes: minutes({ items: [item('23/045', 'A', 1), item('23/046', 'B', 2), item('23/048', 'C', 3)] }),
      problems: [
        {
          message: /jumps from 23\/046 to 23\/048: item 23\/047 is missing/,
          paragraph: 3,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'a gap in items headed "Minute 42", "Minute 44" is a warning: minute numbers leave out confidential items',
      minutes: minutes({ items: [item('42', 'Pools', 0), item('44', 'Work plan', 1)] }),
      paragraphs: lines('Minute 42 - Pools', 'Minute 44 - Work plan'),
      problems: [{ message: /jumps from 42 to 44/, severity: 'warning' }],
    },
    {
      name: 'main items out of order',
      minutes: minutes({ items: [item('1', 'A', 1), item('3', 'C', 2), item('2', 'B', 3)] }),
      problems: [
        { message: /jumps from 1 to 3/ },
        { message: 'Item 2 comes after item 3. Move it back, or renumber it.' },
      ],
    },
  ],
});
