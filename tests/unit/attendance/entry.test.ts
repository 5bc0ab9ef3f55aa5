import { readEntry } from '../../../src/core/attendance/entry';

// The shared entry grammar on its own: what it returns for a person, and the plain-word reasons for the rest.
describe('readEntry', () => {
  it.each([
    ['Dr Jane Smith', 'Dr'],
    ['Revd Dr Ann Cole (AC)', 'Revd Dr'],
    ['PC Ada Lowe', 'PC'],
    ['Cllr. Tomasz Nowicki', 'Cllr.'],
    ['Di Jones', ''],
    ['Jane Smith', ''],
  ])('keeps the honorific of "%s" apart: "%s"', (line, honorific) => {
    const read = readEntry(line);
    expect('person' in read && read.person.honorific).toBe(honorific);
  });

  it('derives initials without the honorific and says they were derived', () => {
    expect(readEntry('Dr Jane Smith')).toEqual({
      person: { name: 'Dr Jane Smith', honorific: 'Dr', capacity: '', initials: 'JS', initialsDerived: true },
    });
  });

  it('reads table cells: name, capacity as written, initials from brackets or their own column', () => {
    expect(readEntry(['Tessa Vane', 'Chief Constable (CC)'])).toEqual({
      person: {
        name: 'Tessa Vane',
        honorific: '',
        capacity: 'Chief Constable (CC)',
        initials: 'CC',
        initialsDerived: false,
      },
    });
    expect(readEntry(['Tessa Vane', 'Chief Constable', 'TV'])).toMatchObject({
      person: { capacity: 'Chief Constable', initials: 'TV', initialsDerived: false },
    });
  });

  it.each([
    ['', 'There is nothing to read here'],
    ['Notes: Leo Fischer', "This starts with the label “Notes:”: start the line with the person's name"],
    ['everyone', '“everyone” is a group, not one person: list each person by name'],
    [
      'the meeting started at 10am',
      'No name found in “the meeting started at 10am”: write it as “Jane Smith, Chair (JS)”',
    ],
    ['Chief Constable', '“Chief Constable” is a role with no name: write it as “Name, Chief Constable”'],
    [
      'the chair, for item 3',
      '“the chair” before the comma or dash does not look like a name: write it as “Jane Smith, Chair (JS)”',
    ],
  ])('"%s" is not a person: %s', (line, reason) => {
    expect(readEntry(line)).toEqual({ reason });
  });

  it('says "None" names no one, marked so a list can skip it quietly', () => {
    expect(readEntry('None')).toEqual({ reason: '“None” names no one', nobody: true });
    expect('person' in readEntry('Nilesh Rao')).toBe(true);
  });
});
