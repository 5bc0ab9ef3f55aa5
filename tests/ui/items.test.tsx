import { screen } from '@testing-library/react';
import { ItemsView } from '../../src/taskpane/views/ItemsView';
import { itemRows } from '../../src/core/items/tree';
import { renumber } from '../../src/core/items/numbering';
import { PRESETS } from '../../src/core/presets';
import type { Item, StoredMeeting } from '../../src/core/model';
import { renderView, storedWith } from './harness';

const item = (title: string, subItems: Item[] = []): Item => ({
  number: '',
  title,
  confidential: false,
  subItems,
});
const outline = (stored: StoredMeeting) =>
  itemRows(stored.items).map((r) => `${r.item.number} ${r.item.title}`);

describe('ItemsView', () => {
  it('adds items and sub-items with live numbering', async () => {
    const { user, latest } = renderView(ItemsView);
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Item 1' }), 'Apologies');
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.type(screen.getByRole('textbox', { name: 'Item 2' }), 'Finance');
    await user.click(screen.getByRole('button', { name: 'Add sub-item to item 2 Finance' }));
    await user.type(screen.getByRole('textbox', { name: 'Item 2.1' }), 'Budget');
    expect(outline(latest())).toEqual(['1 Apologies', '2 Finance', '2.1 Budget']);
  });

  it('reorders by Alt+ArrowUp with focus following the item and renumbers', async () => {
    const stored = storedWith({
      items: renumber([item('Apologies'), item('Finance', [item('Budget')]), item('AOB')]),
    });
    const { user, latest } = renderView(ItemsView, { stored });
    await user.click(screen.getByRole('textbox', { name: 'Item 3' }));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(outline(latest())).toEqual(['1 Apologies', '2 AOB', '3 Finance', '3.1 Budget']);
    expect(document.activeElement).toHaveValue('AOB');
    expect(screen.getByRole('status')).toHaveTextContent('AOB is now item 2.');
  });

  it('moves a sub-item only among its siblings', async () => {
    const stored = storedWith({ items: renumber([item('Finance', [item('Budget'), item('Audit')])]) });
    const { user, latest } = renderView(ItemsView, { stored });
    await user.click(screen.getByRole('button', { name: 'Up: item 1.2 Audit' }));
    expect(outline(latest())).toEqual(['1 Finance', '1.1 Audit', '1.2 Budget']);
  });

  it('marks an item Part II and removes another', async () => {
    const stored = storedWith({ items: renumber([item('Apologies'), item('Staffing')]) });
    const { user, latest } = renderView(ItemsView, { stored });
    // Each Part II box names its item; the name starts with what it shows.
    await user.click(screen.getByRole('checkbox', { name: 'Part II (confidential): item 2 Staffing' }));
    expect(latest().items[1]?.confidential).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Item 2 (Part II)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove: item 1 Apologies' }));
    expect(outline(latest())).toEqual(['1 Staffing']);
    // The focus goes to the item now in its place, not to the page.
    expect(document.activeElement).toHaveValue('Staffing');
  });

  it('Enter in a title adds the next item; Alt+Right makes it a sub-item, Alt+Left a main item again', async () => {
    const { user, latest } = renderView(ItemsView, {
      stored: storedWith({ items: renumber([item('Finance')]) }),
    });
    await user.click(screen.getByRole('textbox', { name: 'Item 1' }));
    await user.keyboard('{Enter}Budget{Alt>}{ArrowRight}{/Alt}{Enter}Audit{Enter}Grants');
    expect(outline(latest())).toEqual(['1 Finance', '1.1 Budget', '1.2 Audit', '1.3 Grants']);
    expect(document.activeElement).toHaveValue('Grants');
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(outline(latest())).toEqual(['1 Finance', '1.1 Budget', '1.2 Audit', '2 Grants']);
    expect(document.activeElement).toHaveValue('Grants');
  });

  it('shows what a standard agenda sets up before it is added', async () => {
    const team = PRESETS.find((p) => p.id === 'team')!;
    const { user } = renderView(ItemsView);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Meeting type' }), team.id);
    const summary = screen.getByRole('group', { name: `What the ${team.name} sets up` });
    expect(summary).toHaveTextContent(`${team.items.length} agenda items`);
    expect(summary).toHaveTextContent(team.items[0]!.title);
  });

  it('fills a standard agenda from a preset after what is there', async () => {
    const team = PRESETS.find((p) => p.id === 'team');
    if (!team) throw new Error('the team preset is missing');
    const { user, latest } = renderView(ItemsView, {
      stored: storedWith({ items: renumber([item('Welcome')]) }),
    });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Meeting type' }), team.id);
    await user.click(screen.getByRole('button', { name: 'Add its agenda' }));
    expect(outline(latest())).toEqual(['1 Welcome', ...team.items.map((it, i) => `${i + 2} ${it.title}`)]);
  });
});
