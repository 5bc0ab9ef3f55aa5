import { screen, within } from '@testing-library/react';
import { AttendanceView } from '../../src/taskpane/views/AttendanceView';
import type { Attendee } from '../../src/core/model';
import { renderView, storedWith } from './harness';

const person = (name: string, initials: string): Attendee => ({
  name,
  capacity: '',
  initials,
  status: 'present',
});
const names = (list: Attendee[]) => list.map((a) => a.name);

describe('AttendanceView', () => {
  it('adds a person and suggests initials from the name', async () => {
    const { user, latest } = renderView(AttendanceView);
    await user.click(screen.getByRole('button', { name: 'Add attendee' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Jackie Irvin');
    expect(latest().attendees[0]).toMatchObject({ name: 'Jackie Irvin', initials: 'JI', status: 'present' });
  });

  it('names the clash when initials are already used', async () => {
    const stored = storedWith({ attendees: [person('Jackie Irvin', 'JI'), person('John Ingram', 'JN')] });
    const { user } = renderView(AttendanceView, { stored });
    const second = screen.getAllByRole('textbox', { name: 'Initials' })[1];
    if (!second) throw new Error('no second initials box');
    await user.clear(second);
    await user.type(second, 'JI');
    expect(screen.getByText("Initials 'JI' are already used by Jackie Irvin")).toBeInTheDocument();
  });

  it('suggests different initials when the plain ones are taken', async () => {
    const stored = storedWith({ attendees: [person('Jackie Irvin', 'JI'), person('', '')] });
    const { user, latest } = renderView(AttendanceView, { stored });
    await user.type(screen.getAllByRole('textbox', { name: 'Name' })[1] as HTMLElement, 'John Ingram');
    expect(latest().attendees[1]?.initials).toBe('JIN');
  });

  it('moves a person with Alt+ArrowDown, keeps focus on them and announces it', async () => {
    const stored = storedWith({
      attendees: [person('Ann Able', 'AA'), person('Ben Best', 'BB'), person('Cat Cole', 'CC')],
    });
    const { user, latest } = renderView(AttendanceView, { stored });
    const first = screen.getAllByRole('textbox', { name: 'Name' })[0] as HTMLElement;
    await user.click(first);
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(names(latest().attendees)).toEqual(['Ben Best', 'Ann Able', 'Cat Cole']);
    expect(document.activeElement).toHaveValue('Ann Able');
    expect(screen.getByRole('status')).toHaveTextContent('Ann Able moved to position 2 of 3.');
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(names(latest().attendees)).toEqual(['Ann Able', 'Ben Best', 'Cat Cole']);
  });

  it('moves and removes with named buttons', async () => {
    const stored = storedWith({ attendees: [person('Ann Able', 'AA'), person('Ben Best', 'BB')] });
    const { user, latest } = renderView(AttendanceView, { stored });
    await user.click(screen.getByRole('button', { name: 'Up: Ben Best' }));
    expect(names(latest().attendees)).toEqual(['Ben Best', 'Ann Able']);
    await user.click(screen.getByRole('button', { name: 'Remove: Ann Able' }));
    expect(names(latest().attendees)).toEqual(['Ben Best']);
  });

  it('changes the status', async () => {
    const { user, latest } = renderView(AttendanceView, {
      stored: storedWith({ attendees: [person('Ann Able', 'AA')] }),
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'apologies');
    expect(latest().attendees[0]?.status).toBe('apologies');
  });

  it('previews a pasted list, lists the lines it cannot read, and adds nothing until asked', async () => {
    const { user, latest } = renderView(AttendanceView);
    const box = screen.getByRole('textbox', { name: /Attendance lines/ });
    await user.click(box);
    await user.paste('Jackie Irvin, Policy Officer (JI)\nThom Dancox\tOPCC Intern\nwe started late');
    await user.click(screen.getByRole('button', { name: 'Preview the list' }));
    const table = screen.getByRole('table', { name: 'People understood from the pasted lines' });
    expect(within(table).getByText('Jackie Irvin')).toBeInTheDocument();
    expect(within(table).getByText('TD (suggested)')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Lines not understood' })).getByText(
        /Line 3: “we started late”/,
      ),
    ).toBeInTheDocument();
    expect(latest().attendees).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Add 2 people' }));
    expect(names(latest().attendees)).toEqual(['Jackie Irvin', 'Thom Dancox']);
    expect(box).toHaveValue('we started late');
  });

  it('reads rows copied from a Word table and says which header and label lines it skipped', async () => {
    const { user, latest } = renderView(AttendanceView);
    await user.click(screen.getByRole('textbox', { name: /Attendance lines/ }));
    await user.paste(
      '\tName:\tCapacity:\nAttendance:\tMarta Quill\tCounty Commissioner (PCC)\n\tOwen Pike\tDeputy Chief Constable (DCC)\nALL',
    );
    await user.click(screen.getByRole('button', { name: 'Preview the list' }));
    expect(
      screen.getByText('2 people understood; 1 line not understood; 2 header or label lines skipped.'),
    ).toBeInTheDocument();
    const skipped = screen.getByRole('list', { name: 'Lines skipped' });
    expect(within(skipped).getByText('Line 1: Skipped the header row “Name | Capacity”')).toBeInTheDocument();
    expect(
      within(skipped).getByText(
        'Line 2: Read “Attendance:” as a label: the people after it are listed present',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Lines not understood' })).getByText(
        'Line 4: “ALL” — “ALL” is a group, not one person: list each person by name',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add 2 people' }));
    expect(latest().attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Marta Quill', 'PCC'],
      ['Owen Pike', 'DCC'],
    ]);
  });

  it('warns in the preview when pasted initials clash with someone already listed', async () => {
    const { user } = renderView(AttendanceView, {
      stored: storedWith({ attendees: [person('Jackie Irvin', 'JI')] }),
    });
    await user.click(screen.getByRole('textbox', { name: /Attendance lines/ }));
    await user.paste('John Ingram, Intern (JI)');
    await user.click(screen.getByRole('button', { name: 'Preview the list' }));
    expect(screen.getByText('JI — already used by Jackie Irvin')).toBeInTheDocument();
  });

  it('warns in the preview when two pasted lines share initials', async () => {
    const { user } = renderView(AttendanceView);
    await user.click(screen.getByRole('textbox', { name: /Attendance lines/ }));
    await user.paste('Jackie Irvin, Officer (JI)\nJohn Ingram, Intern (JI)');
    await user.click(screen.getByRole('button', { name: 'Preview the list' }));
    expect(screen.getByText('JI — already used by Jackie Irvin')).toBeInTheDocument();
    expect(screen.getAllByText(/^JI/)).toHaveLength(2);
  });
});
