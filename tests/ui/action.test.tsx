import { fireEvent, screen } from '@testing-library/react';
import { ActionView } from '../../src/taskpane/views/ActionView';
import { renumber } from '../../src/core/items/numbering';
import { TAGS } from '../../src/core/port';
import { memoryPort, renderView, storedWith } from './harness';

const meeting = () =>
  storedWith({
    meeting: { title: 'Board', date: '2022-08-25' },
    attendees: [
      { name: 'Harry Potts', capacity: 'Treasurer', initials: 'HP', status: 'present' },
      { name: 'Gina Cole', capacity: 'Chair', initials: 'GC', status: 'present' },
    ],
    items: renumber([
      { number: '', title: 'Finance', confidential: false, subItems: [] },
      {
        number: '',
        title: 'Staffing',
        confidential: false,
        subItems: [{ number: '', title: 'Rota', confidential: false, subItems: [] }],
      },
    ]),
  });

const actionLines = (port: ReturnType<typeof memoryPort>) =>
  port.paragraphs
    .filter((p) => p.contentControl?.tag === TAGS.action)
    .map((p) => `${p.contentControl?.title} | ${p.text}`);

describe('ActionView', () => {
  it('asks for an owner and a task before inserting anything', async () => {
    const port = memoryPort('Discussion');
    const { user } = renderView(ActionView, { stored: meeting(), port });
    await user.click(screen.getByRole('button', { name: 'Insert action' }));
    expect(screen.getByText('Say who will do it')).toBeInTheDocument();
    expect(screen.getByText('Say what is to be done')).toBeInTheDocument();
    expect(port.paragraphs).toHaveLength(1);
  });

  it('inserts the action after the cursor with a per-item ref on the last item by default', async () => {
    const port = memoryPort('Discussion');
    const { user } = renderView(ActionView, { stored: meeting(), port });
    await user.click(screen.getByRole('combobox', { name: /Owner/ }));
    await user.click(screen.getByRole('option', { name: 'Harry Potts (HP)' }));
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'circulate the budget');
    fireEvent.change(screen.getByLabelText(/Due date/), { target: { value: '2022-09-30' } });
    await user.click(screen.getByRole('button', { name: 'Insert action' }));
    expect(await screen.findByText('Action 2.1-A1 inserted')).toBeInTheDocument();
    expect(actionLines(port)).toEqual([
      'Action 2.1-A1 | ACTION: HP to circulate the budget (due 30 September 2022)',
    ]);
    expect(port.paragraphs[0]?.text).toBe('Discussion');
  });

  it('takes joint owners typed or picked after "and", and numbers after refs already in the document', async () => {
    const port = memoryPort('Discussion');
    await port.insertActionLine('ACTION: GC to call', '1-A1');
    await port.insertActionLine('ACTION: GC to write', '1-A3');
    const { user } = renderView(ActionView, { stored: meeting(), port });
    await user.selectOptions(screen.getByRole('combobox', { name: /Agenda item/ }), '1');
    const owner = screen.getByRole('combobox', { name: /Owner/ });
    await user.type(owner, 'HP and ');
    await user.click(screen.getByRole('option', { name: 'Gina Cole (GC)' }));
    expect(owner).toHaveValue('HP and GC');
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'agree the rota');
    await user.click(screen.getByRole('button', { name: 'Insert action' }));
    expect(await screen.findByText('Action 1-A4 inserted')).toBeInTheDocument();
    expect(actionLines(port)).toContain('Action 1-A4 | ACTION: HP and GC to agree the rota');
  });

  it('never hands out the same ref twice in a session', async () => {
    const port = memoryPort('Discussion');
    const { user } = renderView(ActionView, { stored: meeting(), port });
    for (const task of ['one', 'two']) {
      await user.type(screen.getByRole('combobox', { name: /Owner/ }), 'HP');
      await user.type(screen.getByRole('textbox', { name: /Task/ }), task);
      await user.click(screen.getByRole('button', { name: 'Insert action' }));
      await screen.findByText(/inserted$/);
    }
    expect(actionLines(port).map((l) => l.split(' | ')[0])).toEqual(['Action 2.1-A1', 'Action 2.1-A2']);
  });

  it('hands out year refs from the stored counter and keeps the counter', async () => {
    const stored = { ...meeting(), refs: { scheme: 'year' as const, nextYearNumber: 17 } };
    const port = memoryPort('Discussion');
    const { user, latest } = renderView(ActionView, { stored, port });
    await user.type(screen.getByRole('combobox', { name: /Owner/ }), 'GC');
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'report back');
    await user.click(screen.getByRole('button', { name: 'Insert action' }));
    expect(await screen.findByText('Action 17/2022 inserted')).toBeInTheDocument();
    expect(latest().refs.nextYearNumber).toBe(18);
  });

  it('reports a failed insert by its operation and leaves the form filled', async () => {
    const port = memoryPort('Discussion');
    port.failNext('insertActionLine', 'The cursor is in a locked area.');
    const { user } = renderView(ActionView, { stored: meeting(), port });
    await user.type(screen.getByRole('combobox', { name: /Owner/ }), 'GC');
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'report back');
    await user.click(screen.getByRole('button', { name: 'Insert action' }));
    expect(await screen.findByText('Insert action failed')).toBeInTheDocument();
    expect(
      screen.getByText(/The cursor is in a locked area\. The document was left as it was\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Task/ })).toHaveValue('report back');
  });

  it('asks for an agenda item when refs are per item and there are none', async () => {
    const { user, navigations } = renderView(ActionView, { stored: storedWith() });
    expect(screen.getByText('Add an agenda item first: refs are numbered per item')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to agenda items' }));
    expect(navigations).toEqual(['items']);
  });
});
