import { actionMarkerNonstandard } from '../../../../src/core/check/rules/action-marker-nonstandard';
import { paragraph } from '../../../../src/core/model';
import { action, at, lines, minutes } from '../build';
import { testRule, type InvalidCase } from '../rule-tester';

/** One paragraph holding one action for `owner`; the action's words as the reader keeps them. */
function oneAction(text: string, words: string, owner: string | null = 'DCC') {
  return {
    minutes: minutes({ actions: [action({ text: words, owner, location: at(0) })] }),
    paragraphs: lines(text),
  };
}

const nonstandard = (marker: string, owner = 'DCC') =>
  `Action marker '${marker}' is not the house standard. Write 'ACTION:' at the start of the action, e.g. 'ACTION: ${owner} to …'.`;

const invalid: InvalidCase[] = [
  ['ACTION- DCC to review information sharing.', 'review information sharing.', 'ACTION-'],
  ['Action – DCC to review information sharing.', 'review information sharing.', 'Action –'],
  ['ACTION — DCC to review information sharing.', 'review information sharing.', 'ACTION —'],
  ['[ACTION] DCC to review information sharing.', 'review information sharing.', '[ACTION]'],
  ['AI: DCC to review information sharing.', 'review information sharing.', 'AI:'],
  ['Action DCC to review information sharing.', 'review information sharing.', 'Action DCC'],
  ['Action point: DCC to review information sharing.', 'review information sharing.', 'Action point:'],
  [
    'ACTION REQUIRED – DCC to review information sharing.',
    'review information sharing.',
    'ACTION REQUIRED –',
  ],
  ['ACTION the DCC to review information sharing.', 'review information sharing.', 'ACTION the DCC'],
].map(([text, words, marker]) => ({
  name: `under a house style, '${marker}' is named and ACTION: suggested (${text})`,
  ...oneAction(text as string, words as string),
  houseStyle: { actionMarker: 'ACTION:' as const },
  problems: [{ message: nonstandard(marker as string), paragraph: 0 }],
}));

/** Minutes with one action per line, each line as written. */
function manyActions(...texts: string[]) {
  return {
    minutes: minutes({
      actions: texts.map((_, i) => action({ text: 'do the thing.', owner: 'KL', location: at(i) })),
    }),
    paragraphs: lines(...texts),
  };
}

testRule(actionMarkerNonstandard, {
  valid: [
    {
      name: 'ACTION: at the start',
      ...oneAction('ACTION: DCC to review information sharing.', 'review information sharing.'),
    },
    {
      name: 'Action: in title case',
      ...oneAction('Action: DCC to review information sharing.', 'review information sharing.'),
    },
    {
      name: 'action: in lower case',
      ...oneAction('action: DCC to review information sharing.', 'review information sharing.'),
    },
    {
      name: 'ACTION: after earlier prose in the same paragraph',
      ...oneAction(
        'The CC sought clarity for where the original action came from. ACTION: PCC to confirm which board.',
        'confirm which board.',
        'PCC',
      ),
    },
    {
      name: 'an action from an action column has no marker in its text',
      minutes: minutes({ actions: [action({ text: 'Circulate the paper', owner: 'JS', location: at(1) })] }),
      paragraphs: [
        paragraph(0, 'Circulate the paper', { table: { table: 0, row: 1, cell: 1 } }),
        paragraph(1, 'JS', { table: { table: 0, row: 1, cell: 2 } }),
      ],
    },
    {
      name: 'Action Fraud in the same paragraph is an organisation, not a marker',
      ...oneAction(
        'ACTION: DCC to write to Action Fraud about the backlog.',
        'write to Action Fraud about the backlog.',
      ),
    },
    {
      name: 'a suggestion read from prose is not checked for a marker',
      minutes: minutes({ actions: [action({ text: 'share the strategy', owner: 'CC', marked: false })] }),
      paragraphs: lines('Action – CC to share the strategy.'),
    },
    {
      name: "without a house style, 'Action –' used throughout is the document's convention",
      ...manyActions(
        'Action – KL to do the thing.',
        'Action – KL to do the thing.',
        'Action – KL to do the thing.',
      ),
    },
    {
      name: "a house style whose marker is 'Action –' accepts it",
      ...manyActions('Action – KL to do the thing.'),
      houseStyle: { actionMarker: 'Action –' },
    },
    {
      name: 'prose that mentions an action is not a marker',
      ...oneAction('An action arose to revisit in 6 months. ACTION: DCC to revisit.', 'revisit.'),
    },
  ],
  invalid: [
    ...invalid,
    {
      name: 'without a house style, a form other than the one most actions use is reported, naming that form',
      ...manyActions(
        'Action – KL to do the thing.',
        'Action – KL to do the thing.',
        'AI: KL to do the thing.',
      ),
      problems: [
        {
          message:
            "Action marker 'AI:' differs from the 'Action –' this document uses for most of its actions (2 of 3). Write 'Action –' here too, e.g. 'Action – KL to …'.",
          paragraph: 2,
        },
      ],
    },
    {
      name: "without a house style, a malformed marker ('ACTION-', no space) is reported even when it is the only one",
      ...manyActions('ACTION- KL to do the thing.'),
      problems: [
        {
          message: "Action marker 'ACTION-' is malformed. Write it as 'ACTION -', e.g. 'ACTION - KL to …'.",
        },
      ],
    },
    {
      name: 'without a house style, a malformed marker among well-formed ones names the usual form',
      ...manyActions('ACTION: KL to do the thing.', 'ACTION- KL to do the thing.'),
      problems: [{ message: /^Action marker 'ACTION-' is malformed\. Write it as 'ACTION:'/, paragraph: 1 }],
    },
    {
      name: "a house style whose marker is 'Action –' reports 'ACTION:'",
      ...manyActions('ACTION: KL to do the thing.'),
      houseStyle: { actionMarker: 'Action –' },
      problems: [{ message: /^Action marker 'ACTION:' is not the house standard\. Write 'Action –'/ }],
    },
    {
      name: 'a trailing Action <name> is named, and the reviewer told it comes after the action',
      houseStyle: {},
      ...oneAction(
        'Circulate the revised terms of reference. Action JS',
        'Circulate the revised terms of reference.',
        'JS',
      ),
      problems: [
        {
          message:
            "Action marker 'Action JS' comes after the action. Write 'ACTION:' at the start of the action instead, e.g. 'ACTION: JS to …'.",
        },
      ],
    },
    {
      name: 'a trailing Action with a full name',
      houseStyle: {},
      ...oneAction('Book the room for June. Action Jane Smith.', 'Book the room for June.', 'Jane Smith'),
      problems: [{ message: /^Action marker 'Action Jane Smith' comes after the action/ }],
    },
    {
      name: 'two actions in one paragraph: only the one with the hyphen marker is reported',
      houseStyle: {},
      minutes: minutes({
        actions: [
          action({ text: 'confirm which board.', owner: 'PCC', location: at(0) }),
          action({ text: 'review and ensure information sharing.', owner: 'DCC', location: at(0) }),
        ],
      }),
      paragraphs: lines(
        'ACTION: PCC to confirm which board. ACTION- DCC to review and ensure information sharing.',
      ),
      problems: [{ message: nonstandard('ACTION-'), paragraph: 0 }],
    },
    {
      name: 'when the action words cannot be found, actions are matched to markers in order',
      houseStyle: {},
      minutes: minutes({
        actions: [
          action({ text: 'something reworded', owner: 'PCC', location: at(0) }),
          action({ text: 'something else reworded', owner: 'DCC', location: at(0) }),
        ],
      }),
      paragraphs: lines('ACTION: PCC to confirm which board. [ACTION] DCC to review sharing.'),
      problems: [{ message: nonstandard('[ACTION]') }],
    },
  ],
});
