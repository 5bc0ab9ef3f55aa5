import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

  it('with the items not in the document yet, inserts after the cursor with a ref on the last item', async () => {
    const port = memoryPort('Discussion');
    const { user } = renderView(ActionView, { stored: meeting(), port });
    await user.click(screen.getByRole('combobox', { name: /Owner/ }));
    await user.click(screen.getByRole('option', { name: 'Harry Potts (HP), Treasurer' }));
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'circulate the budget');
    fireEvent.change(screen.getByLabelText(/Due date/), { target: { value: '30/09/2022' } });
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
    await screen.findByRole('option', { name: /At the cursor/ });
    const owner = screen.getByRole('combobox', { name: /Owner/ });
    await user.type(owner, 'HP and ');
    await user.click(screen.getByRole('option', { name: 'Gina Cole (GC), Chair' }));
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

describe('ActionView during the meeting', () => {
  /** A document holding the items table, the cursor in item 2.1's row. */
  async function inserted() {
    const port = memoryPort('Board minutes');
    const stored = meeting();
    const { buildItemsBlock } = await import('../../src/core/write');
    await port.insertBlock(buildItemsBlock(stored.items));
    const row = port.paragraphs.find((p) => p.text === '2.1' && p.table?.cell === 0)!;
    port.placeCursor(row.index + 1);
    return { port, stored };
  }

  it('defaults the item to the cursor’s and puts the action at the end of that item’s Notes cell', async () => {
    const { port, stored } = await inserted();
    const { user } = renderView(ActionView, { stored, port });
    const picker = screen.getByRole('combobox', { name: /Agenda item/ });
    await waitFor(() => expect(picker).toHaveValue('2.1'));
    await user.selectOptions(picker, '1');
    await user.type(screen.getByRole('combobox', { name: /Owner/ }), 'GC');
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'Send the accounts{Enter}');
    expect(await screen.findByText('Action 1-A1 inserted')).toBeInTheDocument();
    const line = port.paragraphs.find((p) => p.contentControl?.tag === TAGS.action)!;
    expect(line.text).toBe('ACTION: GC to send the accounts');
    const numberCell = port.paragraphs.find((p) => p.table?.row === line.table?.row && p.table?.cell === 0);
    expect(numberCell?.text).toBe('1');
    expect(line.table?.cell).toBe(2);
  });

  it('“At the cursor” puts it after the cursor with the ref of the item the cursor is in', async () => {
    const { port, stored } = await inserted();
    const { user } = renderView(ActionView, { stored, port });
    const picker = screen.getByRole('combobox', { name: /Agenda item/ });
    await waitFor(() => expect(picker).toHaveValue('2.1'));
    await user.selectOptions(picker, '@cursor');
    await user.type(screen.getByRole('combobox', { name: /Owner/ }), 'HP');
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'check the rota{Enter}');
    expect(await screen.findByText('Action 2.1-A1 inserted')).toBeInTheDocument();
  });

  it('Enter adds; the focus goes back to Owner with the item kept, the banner clears when the next starts', async () => {
    const { port, stored } = await inserted();
    const { user } = renderView(ActionView, { stored, port });
    const picker = screen.getByRole('combobox', { name: /Agenda item/ });
    await waitFor(() => expect(picker).toHaveValue('2.1'));
    await user.selectOptions(picker, '2');
    const owner = screen.getByRole('combobox', { name: /Owner/ });
    await user.type(owner, 'HP');
    await user.type(screen.getByRole('textbox', { name: /Task/ }), 'one{Enter}');
    expect(await screen.findByText('Action 2-A1 inserted')).toBeInTheDocument();
    await waitFor(() => expect(owner).toHaveFocus());
    expect(owner).toHaveValue('');
    expect(picker).toHaveValue('2');
    await user.keyboard('G');
    expect(screen.queryByText('Action 2-A1 inserted')).toBeNull();
  });

  it('the owner list filters as you type: initials, role or name', async () => {
    const { user } = renderView(ActionView, { stored: meeting() });
    const owner = screen.getByRole('combobox', { name: /Owner/ });
    const shown = () =>
      within(screen.getByRole('listbox'))
        .queryAllByRole('option')
        .map((o) => o.textContent);
    await user.type(owner, 'tre');
    expect(shown()).toEqual(['Harry Potts (HP), Treasurer']);
    await user.clear(owner);
    await user.type(owner, 'gc');
    expect(shown()).toEqual(['Gina Cole (GC), Chair']);
    await user.clear(owner);
    await user.type(owner, 'Harr');
    expect(shown()).toEqual(['Harry Potts (HP), Treasurer']);
  });

  it('takes the due date typed the UK way and says how it will be written', async () => {
    const { user } = renderView(ActionView, { stored: meeting() });
    await user.type(screen.getByRole('textbox', { name: /Due date/ }), '30 Sept 2022');
    expect(screen.getByText('Written as 30 September 2022')).toBeInTheDocument();
  });
});
