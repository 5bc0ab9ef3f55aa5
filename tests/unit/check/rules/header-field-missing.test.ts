import { headerFieldMissing } from '../../../../src/core/check/rules/header-field-missing';
import { completeMeeting, lines, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(headerFieldMissing, {
  valid: [
    { name: 'date, chair, minute-taker and venue all given', minutes: minutes() },
    {
      name: 'a chair the document gives in a form not read as the header ("Facilitator:" in a table)',
      minutes: minutes({ meeting: completeMeeting({ chair: '' }) }),
      paragraphs: lines('Garden committee', 'Facilitator:', 'Rowan Ash'),
    },
    {
      name: 'a venue given in prose ("held remotely via Zoom")',
      minutes: minutes({ meeting: completeMeeting({ venue: '' }) }),
      paragraphs: lines('The committee held its meeting remotely via Zoom at 7pm.'),
    },
    {
      name: 'a log dated by a period of months ("January – February" heading)',
      minutes: minutes({ meeting: completeMeeting({ date: null }) }),
      paragraphs: lines('Research log', 'January – February', 'Read the survey papers.'),
    },
    {
      name: 'a house style that requires only the date',
      minutes: minutes({ meeting: completeMeeting({ chair: '', venue: '', minuteTaker: '' }) }),
      houseStyle: { requiredHeaderFields: ['date'] },
    },
  ],
  invalid: [
    {
      name: 'without a house style a missing venue is a warning, with a neutral example',
      minutes: minutes({ meeting: completeMeeting({ venue: '' }) }),
      problems: [
        {
          message:
            "The header gives no venue. Add a line such as 'Venue: (room and building, or MS Teams)' at the top of the minutes.",
          paragraph: null,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'one problem per missing field, in header order',
      minutes: minutes({ meeting: completeMeeting({ date: null, chair: ' ', minuteTaker: '', venue: '' }) }),
      problems: [
        { message: /no date\./, severity: 'warning' },
        { message: /no chair\./, severity: 'warning' },
        { message: /no minute-taker\./, severity: 'warning' },
        { message: /no venue\./, severity: 'warning' },
      ],
    },
    {
      name: 'a date is still missing where the header names a single month in prose ("May and the budget")',
      minutes: minutes({ meeting: completeMeeting({ date: null }) }),
      paragraphs: lines('Research log', 'We met in May to discuss the budget.'),
      problems: [{ message: /no date\./, severity: 'warning' }],
    },
    {
      name: 'a field the house style requires is an error (the start time here)',
      minutes: minutes(),
      houseStyle: { requiredHeaderFields: ['date', 'time'] },
      problems: [
        {
          message:
            "The header gives no start time. Add a line such as 'Time: (start time)' at the top of the minutes.",
        },
      ],
    },
  ],
});
