import { itemEmpty } from '../../../../src/core/check/rules/item-empty';
import { paragraph } from '../../../../src/core/model';
import { action, at, item, lines, minutes } from '../build';
import { testRule } from '../rule-tester';

/** A two-column table: number cell and text cell on each row, notes in rows of their own. */
const cell = (index: number, text: string, row: number, c: number) =>
  paragraph(index, text, { table: { table: 0, row, cell: c } });

testRule(itemEmpty, {
  valid: [
    {
      name: 'text in the paragraphs after the item',
      minutes: minutes({ items: [item('1', 'Apologies', 0), item('2', 'Minutes', 2)] }),
      paragraphs: lines('1. Apologies', 'None were received.', '2. Minutes', 'Approved as a true record.'),
    },
    {
      name: 'minutes kept in a table, with the text in the next rows',
      minutes: minutes({ items: [item('1', 'Outstanding matters', 0), item('2', 'Holding to account', 4)] }),
      paragraphs: [
        cell(0, '1.', 0, 0),
        cell(1, 'Outstanding matters', 0, 1),
        cell(2, '', 1, 0),
        cell(3, 'A briefing note was provided.', 1, 1),
        cell(4, '2.', 2, 0),
        cell(5, 'Holding to account', 2, 1),
        cell(6, 'The CC provided a briefing.', 3, 1),
      ],
    },
    {
      name: 'the discussion on the same line as the heading',
      minutes: minutes({ items: [item('2.7', 'Serious Violence Duty', 0)] }),
      paragraphs: lines('2.7 Serious Violence Duty The PCC welcomed the joint working.'),
    },
    {
      name: 'an item with sub-items',
      minutes: minutes({ items: [item('2', 'Holding to account', 0, [item('2.1', 'Homicide', 1)])] }),
      paragraphs: lines('2 Holding to account', '2.1 Homicide', 'The force developed a plan.'),
    },
    {
      name: 'an item holding only an action',
      minutes: minutes({
        items: [item('1', 'A', 0)],
        actions: [action({ item: '1', text: 'x', owner: 'PCC', location: at(5) })],
      }),
      paragraphs: lines('1 A'),
    },
    {
      name: 'an item text out of order still counts (2.7 found after 3)',
      minutes: minutes({ items: [item('2', 'B', 0, [item('2.7', 'G', 3)]), item('3', 'AOB', 1)] }),
      paragraphs: lines(
        '2 B',
        '3 AOB',
        'The CC said she welcomed the letter.',
        '2.7 G',
        'an example of products.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a heading followed straight by the next heading',
      minutes: minutes({ items: [item('1', 'Apologies', 0), item('2', 'Minutes', 2)] }),
      paragraphs: lines('1. Apologies', '', '2. Minutes', 'Approved.'),
      problems: [
        {
          message:
            "Nothing is recorded under item 1 (Apologies). Add what was discussed or decided (or 'Nothing to report'), or remove the item.",
          paragraph: 0,
        },
      ],
    },
    {
      name: 'an empty table row item, whose title cell is not text under it',
      minutes: minutes({ items: [item('3', 'AOB', 0), item('4', 'Next meeting', 2)] }),
      paragraphs: [
        cell(0, '3.', 0, 0),
        cell(1, 'AOB', 0, 1),
        cell(2, '4.', 1, 0),
        cell(3, 'Next meeting', 1, 1),
        cell(4, 'Tuesday', 2, 1),
      ],
      problems: [{ message: /^Nothing is recorded under item 3 \(AOB\)/, paragraph: 0 }],
    },
    {
      name: 'the last item with nothing after it',
      minutes: minutes({ items: [item('1', 'A', 0), item('2', 'AOB', 2)] }),
      paragraphs: lines('1 A', 'text', '2 AOB', '   '),
      problems: [{ message: /item 2 \(AOB\)/, paragraph: 2 }],
    },
  ],
});
