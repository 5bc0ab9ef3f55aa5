import { fireEvent, screen } from '@testing-library/react';
import { StartView } from '../../src/taskpane/views/StartView';
import { DetailsView } from '../../src/taskpane/views/DetailsView';
import { PRESETS } from '../../src/core/presets';
import { renderView, storedWith, testHost } from './harness';

describe('StartView', () => {
  it('fills title, type and the standard agenda from the chosen preset, then opens the details', async () => {
    const board = PRESETS.find((p) => p.id === 'board');
    if (!board) throw new Error('the board preset is missing');
    const { user, latest, navigations } = renderView(StartView);
    await user.click(screen.getByRole('button', { name: 'Start new minutes' }));
    await user.click(screen.getByRole('radio', { name: new RegExp(`^${board.name}`) }));
    await user.click(screen.getByRole('button', { name: 'Use this type and fill in the details' }));
    expect(latest().meeting).toMatchObject({ title: board.title, meetingType: board.meetingType });
    expect(latest().items.map((i) => i.title)).toEqual(board.items.map((i) => i.title));
    expect(latest().items[0]?.number).toBe('1');
    expect(navigations).toEqual(['details']);
  });

  it('sends "Check existing minutes" to the review view', async () => {
    const { user, navigations } = renderView(StartView);
    await user.click(screen.getByRole('button', { name: 'Check existing minutes' }));
    expect(navigations).toEqual(['review']);
  });
});

describe('DetailsView', () => {
  it('says what is missing once a required field is left', async () => {
    const { user } = renderView(DetailsView);
    await user.click(screen.getByRole('textbox', { name: /Title/ }));
    await user.tab();
    expect(screen.getByText('Give the meeting a title')).toBeInTheDocument();
    expect(screen.queryByText('Give the meeting a date')).not.toBeInTheDocument();
  });

  it('shows every missing field when the details are checked', async () => {
    const { user } = renderView(DetailsView);
    await user.click(screen.getByRole('button', { name: 'Check the details' }));
    expect(screen.getByText('Give the meeting a title')).toBeInTheDocument();
    expect(screen.getByText('Give the meeting a date')).toBeInTheDocument();
  });

  it('stores the date as ISO and shows it in UK order', async () => {
    const { latest } = renderView(DetailsView);
    fireEvent.change(screen.getByLabelText(/^Date/), { target: { value: '2022-08-25' } });
    expect(latest().meeting.date).toBe('2022-08-25');
    expect(screen.getByText('Shown in the minutes as 25/08/2022')).toBeInTheDocument();
  });

  it('shows the date in the display language', () => {
    renderView(DetailsView, {
      stored: storedWith({ meeting: { date: '2022-08-25' } }),
      host: testHost({ displayLanguage: 'en-US' }),
    });
    expect(screen.getByText('Shown in the minutes as 08/25/2022')).toBeInTheDocument();
  });

  it('offers attendees as chair and takes a typed name too', async () => {
    const stored = storedWith({
      attendees: [{ name: 'John Campion', capacity: 'PCC', initials: 'JC', status: 'present' }],
    });
    const { user, latest } = renderView(DetailsView, { stored });
    const chair = screen.getByRole('combobox', { name: 'Chair' });
    await user.click(chair);
    await user.click(screen.getByRole('option', { name: 'John Campion' }));
    expect(latest().meeting.chair).toBe('John Campion');
    await user.clear(chair);
    await user.type(chair, 'Someone Else');
    expect(latest().meeting.chair).toBe('Someone Else');
  });

  it('sets the protective marking, times and status', async () => {
    const { user, latest } = renderView(DetailsView);
    await user.selectOptions(
      screen.getByRole('combobox', { name: /Protective marking/ }),
      'OFFICIAL-SENSITIVE',
    );
    fireEvent.change(screen.getByLabelText('Start time'), { target: { value: '10:00' } });
    fireEvent.change(screen.getByLabelText('End time'), { target: { value: '09:30' } });
    await user.click(screen.getByRole('radio', { name: 'Approved' }));
    expect(latest().meeting).toMatchObject({
      protectiveMarking: 'OFFICIAL-SENSITIVE',
      startTime: '10:00',
      endTime: '09:30',
      status: 'approved',
    });
    expect(screen.getByText('The end time is before the start time')).toBeInTheDocument();
  });
});
