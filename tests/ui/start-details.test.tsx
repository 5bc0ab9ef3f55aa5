import { fireEvent, screen, waitFor } from '@testing-library/react';
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

  it.each(['25/08/2022', '25 Aug 2022', '25 August 2022', '2022-08-25', 'Thursday 25 August 2022'])(
    'takes the date typed as "%s", stores it as ISO and shows it as the minutes print it',
    async (typed) => {
      const { user, latest } = renderView(DetailsView);
      const date = screen.getByRole('textbox', { name: /^Date/ });
      await user.type(date, typed);
      await user.tab();
      expect(latest().meeting.date).toBe('2022-08-25');
      expect(date).toHaveValue(typed);
      expect(screen.getByText('Shown in the minutes as Thursday 25 August 2022')).toBeInTheDocument();
    },
  );

  it('keeps a date it cannot read as typed and says why, never "Give the meeting a date"', async () => {
    const { user } = renderView(DetailsView);
    const date = screen.getByRole('textbox', { name: /^Date/ });
    await user.type(date, '25 Augst 2022');
    await user.click(screen.getByRole('button', { name: 'Check the details' }));
    expect(date).toHaveValue('25 Augst 2022');
    expect(screen.getAllByText(/Not a date Minutebook can read/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Give the meeting a date/)).toBeNull();
  });

  it('shows times in 24-hour form in en-GB, and as the display language writes them elsewhere', async () => {
    const { user, latest } = renderView(DetailsView);
    await user.type(screen.getByRole('textbox', { name: 'Start time' }), '2.30pm');
    expect(latest().meeting.startTime).toBe('14:30');
    expect(screen.getByText('Understood as 14:30')).toBeInTheDocument();
    renderView(DetailsView, {
      stored: storedWith({ meeting: { startTime: '14:30' } }),
      host: testHost({ displayLanguage: 'en-US' }),
    });
    expect(screen.getByText('Understood as 2:30 PM')).toBeInTheDocument();
  });

  it('says the details are ready when they are, and moves the focus to that', async () => {
    const { user } = renderView(DetailsView, {
      stored: storedWith({ meeting: { title: 'Board', date: '2022-08-25' } }),
    });
    await user.click(screen.getByRole('button', { name: 'Check the details' }));
    const ready = screen.getByText('The details are ready to insert.');
    await waitFor(() => expect(ready.closest('[tabindex="-1"]')).toHaveFocus());
  });

  it('takes a chair typed before any attendee exists', async () => {
    const { user, latest } = renderView(DetailsView);
    await user.type(screen.getByRole('combobox', { name: 'Chair' }), 'Nadia Okafor');
    expect(latest().meeting.chair).toBe('Nadia Okafor');
    expect(screen.getByRole('combobox', { name: 'Chair' })).toHaveValue('Nadia Okafor');
  });

  it('keeps the next meeting’s date, time and venue, written out as the minutes will print it', async () => {
    const { user, latest } = renderView(DetailsView);
    await user.type(screen.getByRole('textbox', { name: 'Next meeting date' }), '4/10/2022');
    await user.type(screen.getByRole('textbox', { name: 'Next meeting time' }), '10:00');
    await user.type(screen.getByRole('textbox', { name: 'Next meeting venue' }), 'Room 3');
    expect(latest().nextMeeting).toEqual({ date: '2022-10-04', time: '10:00', venue: 'Room 3' });
    expect(latest().meeting).toMatchObject({
      nextMeeting: 'Tuesday 4 October 2022, 10:00, Room 3',
      nextMeetingDate: '2022-10-04',
    });
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
    fireEvent.change(screen.getByLabelText('End time'), { target: { value: '9.30am' } });
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
