import type { Attendee } from '../../../src/core/model';
import { resolveOwner } from '../../../src/core/read/owners';

const attendees: Attendee[] = [
  {
    name: 'John Campion',
    capacity: 'Police and Crime Commissioner (PCC)',
    initials: 'PCC',
    status: 'present',
  },
  { name: 'Jackie Irvin', capacity: 'Policy Officer (NN)', initials: 'NN', status: 'present' },
  { name: 'Charity Pearce', capacity: 'Assistant Policy Officer (CP)', initials: 'CP', status: 'present' },
  { name: 'Pippa Mills', capacity: 'Chief Constable (CC)', initials: 'CC', status: 'present' },
  { name: 'Julian Moss', capacity: 'Deputy Chief Constable (DCC)', initials: 'DCC', status: 'present' },
  { name: 'Richard Cooper', capacity: 'Assistant Chief Constable (ACC)', initials: 'ACC', status: 'present' },
  { name: 'Helen Price', capacity: 'Head of Planning', initials: 'HP', status: 'in attendance' },
  { name: 'Gareth Collins', capacity: 'Secretary', initials: 'GC', status: 'present' },
  { name: 'Dr Fiona Mackay', capacity: 'Medical Director', initials: 'FM', status: 'present' },
  { name: 'Kwame Mensah', capacity: 'Trustee', initials: 'KM', status: 'apologies' },
];
const names = (owner: string) => resolveOwner(owner, attendees).map((o) => o.name);

describe('resolveOwner', () => {
  it('resolves initials as written', () => expect(names('CP')).toEqual(['Charity Pearce']));
  it('resolves a capacity abbreviation', () => expect(names('PCC')).toEqual(['John Campion']));
  it('resolves "The DCC"', () => expect(names('The DCC')).toEqual(['Julian Moss']));
  it('owner written as role + surname resolves to the attendee', () => {
    expect(names('ACC Cooper')).toEqual(['Richard Cooper']);
  });
  it('resolves a first name, a surname and a full name', () => {
    expect(names('Pippa')).toEqual(['Pippa Mills']);
    expect(names('Moss')).toEqual(['Julian Moss']);
    expect(names('Helen Price')).toEqual(['Helen Price']);
  });
  it('resolves a full name to an attendee the list gives by first name alone', () => {
    const firstNames: Attendee[] = [
      { name: 'Priya', capacity: '', initials: '', status: 'present' },
      { name: 'Helen Price', capacity: 'Treasurer', initials: 'HP', status: 'present' },
    ];
    const among = (owner: string) => resolveOwner(owner, firstNames).map((o) => o.name);
    expect(among('Priya Nair')).toEqual(['Priya']);
    expect(among('Helen Smith')).toEqual([]);
  });
  it('resolves a full name without the honorific the list gives', () => {
    expect(names('Fiona Mackay')).toEqual(['Dr Fiona Mackay']);
    expect(names('Dr Mackay')).toEqual(['Dr Fiona Mackay']);
  });
  it('resolves a capacity in words', () => {
    expect(names('Head of Planning')).toEqual(['Helen Price']);
    expect(names('the Secretary')).toEqual(['Gareth Collins']);
  });
  it.each(['the group', 'The Committee', 'Everyone', 'all board members'])(
    'resolves "%s" to everyone present, as the owner rules read it (issue 15)',
    (owner) => expect(names(owner)).toHaveLength(9),
  );
  it.each(['HP and GC', 'HP & GC', 'HP/GC', 'HP, GC', 'HP + GC'])(
    'resolves joint owners "%s" to both',
    (owner) => {
      expect(names(owner)).toEqual(['Helen Price', 'Gareth Collins']);
    },
  );
  it('resolves ALL and All members to everyone present or in attendance, not those who sent apologies', () => {
    expect(names('ALL')).toHaveLength(9);
    expect(names('All members')).not.toContain('Kwame Mensah');
  });
  it('resolves initials in brackets after a role in the plural', () => {
    expect(names('Officers (HP/GC)')).toEqual(['Helen Price', 'Gareth Collins']);
  });
  it('leaves initials the list does not define unresolved', () => {
    expect(names('JI')).toEqual([]);
    expect(names('HO/APCC')).toEqual([]);
  });
  it('gives the public shape: name, capacity and initials', () => {
    expect(resolveOwner('DCC', attendees)).toEqual([
      { name: 'Julian Moss', capacity: 'Deputy Chief Constable (DCC)', initials: 'DCC' },
    ]);
  });
});

describe('resolveOwner where names repeat or the list is short', () => {
  const council: Attendee[] = [
    { name: 'Bryn Morgan', capacity: '', initials: 'BM', status: 'present' },
    { name: 'Carys Morgan', capacity: '', initials: 'CM', status: 'present' },
    { name: 'Dewi Rees', capacity: '', initials: 'DR', status: 'present' },
    { name: 'Nia', capacity: '', initials: 'N', status: 'present' },
  ];
  const of = (owner: string) => resolveOwner(owner, council).map((o) => o.name);

  it('a full name behind an honorific, where the surname is shared', () => {
    expect(of('Cllr. Carys Morgan')).toEqual(['Carys Morgan']);
  });
  it('an initial and a shared surname: the one whose first name has that initial', () => {
    expect(of('Cllr. B. Morgan')).toEqual(['Bryn Morgan']);
    expect(of('Cllr. T. Morgan')).toEqual([]);
  });
  it('joint owners, each named with an honorific, are each of them', () => {
    expect(of('Cllrs. B. Morgan and D. Rees')).toEqual(['Bryn Morgan', 'Dewi Rees']);
  });
  it('a full name where the list gives only the first name', () => {
    expect(of('Nia Hughes')).toEqual(['Nia']);
  });
});
