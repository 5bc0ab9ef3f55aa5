import { screen, waitFor, within } from '@testing-library/react';
import { InsertView } from '../../src/taskpane/views/InsertView';
import { renumber } from '../../src/core/items/numbering';
import { TAGS } from '../../src/core/port';
import { memoryPort, renderView, storedWith } from './harness';

const ready = () =>
  storedWith({
    meeting: { title: 'Monthly Assurance Meeting', date: '2022-08-25' },
    attendees: [
      { name: 'Jackie Irvin', capacity: 'Policy Officer', initials: 'JI', status: 'present' },
      { name: 'Thom Dancox', capacity: 'Intern', initials: 'TD', status: 'apologies' },
    ],
    items: renumber([{ number: '', title: 'Matters arising', confidential: false, subItems: [] }]),
  });

describe('InsertView', () => {
  it('inserts all three blocks after the cursor, shows progress, then what went where', async () => {
    const port = memoryPort('Typed before');
    const { user } = renderView(InsertView, { stored: ready(), port });
    // Hold the first insert so the progress can be seen while it is under way.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const original = port.insertBlock.bind(port);
    jest.spyOn(port, 'insertBlock').mockImplementation(async (block) => {
      await gate;
      return original(block);
    });
    await user.click(screen.getByRole('button', { name: 'Insert all' }));
    expect(await screen.findByText(/Inserting header \(1 of 3\)/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Insert all' })).toBeDisabled();
    release();
    const list = await screen.findByRole('list', { name: 'Inserted parts' });
    await within(list).findByText(/^Items \(\d+\)$/);
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    // Plain words: what went in and how much, each with Go to; no control ids.
    expect(
      screen.getByRole('heading', {
        name: /^Inserted: header, attendance \(\d+ (people|person)\), items \(\d+\)$/,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/content control/)).toBeNull();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Result' })).toHaveFocus());
    await user.click(within(list).getByRole('button', { name: /^Go to items/ }));
    await waitFor(() => expect(port.lastGoTo?.contentControlId).not.toBeNull());
    expect(port.paragraphs[port.lastGoTo!.paragraph]?.contentControl?.tag).toBe(TAGS.items);
    const tags = port.paragraphs.map((p) => p.contentControl?.tag ?? 'user');
    expect(tags[0]).toBe('user');
    expect(port.paragraphs[0]?.text).toBe('Typed before');
    expect(tags.indexOf(TAGS.header)).toBeLessThan(tags.indexOf(TAGS.attendance));
    expect(tags.indexOf(TAGS.attendance)).toBeLessThan(tags.indexOf(TAGS.items));
    expect(port.paragraphs.some((p) => p.text.includes('Jackie Irvin'))).toBe(true);
  });

  it('blocks the header without a title and date and says what is missing', async () => {
    const port = memoryPort('Typed before');
    const { user, navigations } = renderView(InsertView, { stored: storedWith(), port });
    await user.click(screen.getByRole('button', { name: 'Insert header' }));
    expect(screen.getByText(/Give the meeting a title\. Give the meeting a date\./)).toBeInTheDocument();
    expect(port.paragraphs).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Fix it' }));
    expect(navigations).toEqual(['details']);
  });

  it('blocks the attendance while two people share initials', async () => {
    const stored = ready();
    stored.attendees[1] = { ...stored.attendees[1]!, initials: 'JI' };
    const port = memoryPort('x');
    const { user } = renderView(InsertView, { stored, port });
    await user.click(screen.getByRole('button', { name: 'Insert all' }));
    expect(screen.getByText(/Initials 'JI' are already used by Jackie Irvin/)).toBeInTheDocument();
    expect(port.paragraphs).toHaveLength(1);
  });

  it('reports a failure by the operation name and says the document was left as it was', async () => {
    const port = memoryPort('x');
    port.failNext('insertBlock', 'Word could not insert the content.');
    const { user } = renderView(InsertView, { stored: ready(), port });
    await user.click(screen.getByRole('button', { name: 'Insert attendance' }));
    expect(await screen.findByText('Insert block failed (attendance)')).toBeInTheDocument();
    expect(
      screen.getByText(
        /Word could not insert the content\. \(SimulatedFailure\) The document was left as it was\./,
      ),
    ).toBeInTheDocument();
    expect(port.paragraphs).toHaveLength(1);
  });

  it('stops "Insert all" at a failure and lists what already went in', async () => {
    const port = memoryPort('x');
    const { user } = renderView(InsertView, { stored: ready(), port });
    const original = port.insertBlock.bind(port);
    let calls = 0;
    jest.spyOn(port, 'insertBlock').mockImplementation((block) => {
      calls += 1;
      if (calls === 2) port.failNext('insertBlock', 'Busy.');
      return original(block);
    });
    await user.click(screen.getByRole('button', { name: 'Insert all' }));
    expect(await screen.findByText('Insert block failed (attendance)')).toBeInTheDocument();
    expect(screen.getByText(/apart from the parts listed below/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Inserted parts' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(calls).toBe(2);
  });
});
