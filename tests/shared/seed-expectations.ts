import { readSeedText } from '../support/shared';
import type { ModelExpectations } from '../support/model/expectations';

/** The real model document beside the checkout (../shared/seed): what its acceptance tests expect. */
export const SEED_MODEL: ModelExpectations = {
  text: readSeedText(),
  fileName: 'assurance.txt',
  marked: [
    { owner: 'ACC Cooper', names: ['Richard Cooper'], item: '2.1', text: 'share VAWG problem profile' },
    {
      owner: 'PCC',
      names: ['John Campion'],
      item: '2.2',
      text: 'raise with HO/APCC in how we understand the benefit of the grant they receive',
    },
    { owner: 'PCC', names: ['John Campion'], item: '2.4', text: 'share relevant commissioning data with CC' },
    {
      owner: 'PCC',
      names: ['John Campion'],
      item: '3',
      text: 'confirm which governance board action arising came from',
    },
    {
      owner: 'DCC',
      names: ['Julian Moss'],
      item: '2.7',
      text: 'review and ensure information sharing is taking place',
    },
  ],
  malformed: { marker: 'ACTION-', owner: 'DCC', item: '2.7', excerpt: /ACTION- DCC to review/ },
  suggestion: {
    owner: 'CC',
    name: 'Pippa Mills',
    text: 'share the digital strategy',
    item: '2.6',
    message: /Pippa Mills.*digital strategy/,
  },
  notActions: /revisit in 6 months|action plan|40 actions/,
  header: {
    date: '2022-08-25',
    startTime: '10:00',
    chair: 'John Campion',
    minuteTaker: 'Charity Pearce',
    venue: 'West Mercia Police HQ',
    title: /^Monthly Assurance Meeting August 2022/,
  },
  nextMeeting: { text: 'Tuesday 4 th October', date: '2022-10-04' },
  attendees: [
    'John Campion',
    'Jackie Irvin',
    'Charity Pearce',
    'Thom Dancox',
    'Pippa Mills',
    'Julian Moss',
    'Richard Cooper',
  ],
  initialsAsWritten: { name: 'Jackie Irvin', initials: 'NN' },
  undefinedInitials: {
    initials: 'JI',
    times: 3,
    definedAs: /Jackie Irvin.*'NN'/,
    firstUse: /^JI asked if dip sampling/,
  },
  acronyms: ['VAWG', 'NPCC', 'CPD', 'MIU', 'HTA', 'CSP', 'AOB', 'SV', 'DA', 'HO', 'APCC', 'IT', 'VRR'],
  items: ['1', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '3', '2.7', '4'],
  subItemsOf2: ['2.1', '2.2', '2.3', '2.4', '2.5', '2.6'],
  outOfOrder: 'Item 2.7 comes after item 3. Move it back under item 2, or renumber it.',
  firstMarkedExcerpt: 'ACTION: ACC Cooper to share VAWG problem profile.',
};
