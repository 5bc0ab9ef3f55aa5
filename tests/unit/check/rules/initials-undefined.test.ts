import { initialsUndefined } from '../../../../src/core/check/rules/initials-undefined';
import { action, at, attendee, lines, minutes } from '../build';
import { testRule } from '../rule-tester';

/** The model document's attendance: Jackie Irvin is given "NN", and roles are given by capacity. */
const attendees = [
  attendee('John Campion', '', 'Police and Crime Commissioner (PCC)'),
  attendee('Jackie Irvin', 'NN', 'Policy Officer (NN)'),
  attendee('Charity Pearce', 'CP', 'Assistant Policy Officer (CP)'),
  attendee('Pippa Mills', '', 'Chief Constable'),
  attendee('Richard Cooper', '', 'Assistant Chief Constable (ACC)'),
];

testRule(initialsUndefined, {
  valid: [
    {
      name: 'initials and capacity abbreviations the list defines',
      minutes: minutes({ attendees }),
      paragraphs: lines('CP asked about VRR.', 'The PCC asked the ACC. The ACC said yes.', 'Agreed by NN.'),
    },
    {
      name: 'a capacity without brackets defines its initialism (Chief Constable: CC)',
      minutes: minutes({ attendees }),
      paragraphs: lines('The CC responded that victim satisfaction is low.'),
    },
    {
      name: 'acronyms outside a person position are never people',
      minutes: minutes({ attendees }),
      paragraphs: lines(
        'NPCC are developing a framework; CPD sessions are planned and MIU roles filled.',
        'Data raised in January HTA have been rectified. The SV duty, DA, VAWG and drugs.',
        'Letters sent to CSP chairs; IT outage; AOB.',
      ),
    },
    {
      name: 'known bodies in a person position are not people either',
      minutes: minutes({ attendees }),
      paragraphs: lines(
        'The HO confirmed the grant.',
        'Guidance from NPCC and APCC was noted.',
        'Raised by VAWG leads.',
      ),
    },
    {
      name: 'an organisation as owner is left to action-owner-unknown',
      minutes: minutes({ attendees, actions: [action({ text: 'fund it', owner: 'HO/APCC' })] }),
      paragraphs: lines('ACTION: HO/APCC to fund it.'),
    },
    {
      name: 'minutes with no attendance list at all are left to the rules that say the list is missing',
      minutes: minutes({ attendees: [] }),
      paragraphs: lines('SK declared an interest.', 'DO reported revenue.'),
    },
    {
      name: 'capitals inside longer words or with a plural s are not initials',
      minutes: minutes({ attendees }),
      paragraphs: lines('The CSPs agreed. JIMMY said hello. xJI asked. JI’s team asked.'),
    },
  ],
  invalid: [
    {
      name: 'JI, who speaks throughout, is reported once at the first use with the count and the likely person',
      minutes: minutes({ attendees }),
      paragraphs: lines(
        'Attendance',
        'JI asked if dip sampling processes were in place.',
        'JI clarified whether this profile would be shared more widely.',
        'The PCC responded. JI asked if it is expected to continue.',
      ),
      problems: [
        {
          message:
            "Initials 'JI' are used as a person 3 times, but the attendance list does not define them. They may be Jackie Irvin, whose initials the attendance list gives as 'NN': correct one or the other.",
          paragraph: 1,
        },
      ],
    },
    {
      name: 'after a person-taking word, and in a list of people',
      minutes: minutes({ attendees }),
      paragraphs: lines(
        'This was agreed by RM.',
        'CP and TD agreed the plan.',
        'The PCC asked GH to report.',
      ),
      problems: [
        {
          message: /^Initials 'RM' are used as a person once, .*Add the person to the attendance list/,
          paragraph: 0,
        },
        { message: /^Initials 'TD' are used as a person once/, paragraph: 1 },
        { message: /^Initials 'GH' are used as a person once/, paragraph: 2 },
      ],
    },
    {
      name: 'an undefined owner counts as a use, and the first use may be the action',
      minutes: minutes({
        attendees,
        actions: [action({ text: 'share the plan', owner: 'JI/CP', location: at(0) })],
      }),
      paragraphs: lines('ACTION: JI/CP to share the plan.', 'JI said it would be done.'),
      problems: [{ message: /^Initials 'JI' are used as a person twice/, paragraph: 0 }],
    },
    {
      name: 'a person with no initials given gets a hint to add them',
      minutes: minutes({ attendees: [attendee('Tom Dancox', '', 'Intern')] }),
      paragraphs: lines('TD noted the figures.'),
      problems: [
        {
          message:
            "Initials 'TD' are used as a person once, but the attendance list does not define them. They may be Tom Dancox: add '(TD)' after that name in the attendance list.",
        },
      ],
    },
  ],
});
