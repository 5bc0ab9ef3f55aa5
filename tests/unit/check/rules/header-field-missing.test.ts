import { headerFieldMissing } from '../../../../src/core/check/rules/header-field-missing';
import { completeMeeting, minutes } from '../build';
import { testRule } from '../rule-tester';

testRule(headerFieldMissing, {
  valid: [{ name: 'date, chair, minute-taker and venue all given', minutes: minutes() }],
  invalid: [
    {
      name: 'a missing venue, with an example of what to add',
      minutes: minutes({ meeting: completeMeeting({ venue: '' }) }),
      problems: [
        {
          message:
            "The header gives no venue. Add a line such as 'Venue: HQ, Room 2 (or MS Teams)' at the top of the minutes.",
          paragraph: null,
        },
      ],
    },
    {
      name: 'one problem per missing field, in header order',
      minutes: minutes({ meeting: completeMeeting({ date: null, chair: ' ', minuteTaker: '', venue: '' }) }),
      problems: [
        { message: /no date\./ },
        { message: /no chair\./ },
        { message: /no minute-taker\./ },
        { message: /no venue\./ },
      ],
    },
  ],
});
