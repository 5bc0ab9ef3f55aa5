import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { expectVisibleFocus, focusedName, isFocused, openViewByKeyboard, tabTo } from './support/keyboard';
import { readPreviewPort, waitForJump } from './support/previewPort';
import { expectStayedLocal, usePaneSession } from './support/session';
import {
  MEETING_DATE,
  PEOPLE,
  PRESET_NAME,
  addAction,
  draftMinutes,
  openView,
  startFromPreset,
} from './support/steps';

/**
 * Flows 1–7 with the keyboard alone: Tab / Shift+Tab to reach each control (every stop checked for a visible
 * focus indicator), Enter and Space to act, arrow keys in radio groups, lists and tabs, Escape to close popups.
 * Set-up a flow needs from an earlier flow (a drafted document) is done as in flows.test.ts; the flow's own
 * steps use no mouse.
 */
describe('the built pane with the keyboard alone', () => {
  const session = usePaneSession();

  const value = (page: Page, role: 'textbox' | 'combobox', name: string) =>
    page.getByRole(role, { name, exact: true }).inputValue();

  it('the visible-focus check fails on a button whose focus ring was taken away', async () => {
    const pane = await session.open();
    const { page } = pane;
    // A page of its own (no request): one ordinary button, one with every focus style removed.
    await page.setContent(
      '<button>Ringed</button> <button id="bare" style="outline: none; box-shadow: none">Bare</button>',
    );
    await page.locator('body').focus();
    await tabTo(page, page.getByRole('button', { name: 'Ringed' }));
    await expect(tabTo(page, page.locator('#bare'))).rejects.toThrow();
    expectStayedLocal(pane);
  });

  it('1. first run: Tab to Start new minutes, arrow keys in the preset list, Space to use it', async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.getByRole('heading', { level: 1, name: 'Welcome to Minutebook' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Start new minutes' }));
    await page.keyboard.press('Enter');

    const police = page.getByRole('radio', { name: new RegExp(PRESET_NAME) });
    const second = page.getByRole('radio').nth(1);
    await tabTo(page, police, { backwards: true });
    await page.keyboard.press('ArrowDown');
    expect(await isFocused(second)).toBe(true);
    expect(await second.isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await police.isChecked()).toBe(true);

    await tabTo(page, page.getByRole('button', { name: 'Use this type and fill in the details' }));
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 1, name: 'Meeting details' }).waitFor();
    expect(await value(page, 'textbox', 'Title')).toBe('Monthly Assurance Meeting');
    expectStayedLocal(pane);
  });

  it('2. details: tab order follows the form; a missing date is reported, typed in and accepted; Escape closes a list', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await page.getByRole('heading', { level: 1, name: 'Meeting details' }).focus();
    const order: string[] = [];
    for (let i = 0; i < 30 && order.at(-1) !== 'Next: attendance'; i++) {
      await page.keyboard.press('Tab');
      const name = await focusedName(page);
      // Date and time boxes keep the focus across their parts; a combobox's "Open" button is Fluent's own.
      if (name !== order.at(-1) && name !== 'Open') order.push(name);
    }
    expect(order).toEqual([
      'Title*',
      'Type of meeting',
      'Date*',
      'Start time',
      'End time',
      'Chair',
      'Minute-taker',
      'Venue',
      'Protective marking',
      'Draft',
      'Next meeting date',
      'Next meeting time',
      'Next meeting venue',
      'Check the details',
      'Next: attendance',
    ]);

    await tabTo(page, page.getByRole('button', { name: 'Check the details' }), { backwards: true });
    await page.keyboard.press('Enter');
    await page.getByText('Give the meeting a date').waitFor();
    // Forwards from the title, so the date box is entered at its first part.
    await tabTo(page, page.getByRole('textbox', { name: 'Title' }), { backwards: true });
    const date = page.getByRole('textbox', { name: 'Date', exact: true });
    await tabTo(page, date);
    // A text box read the UK way: day first, as typed.
    await page.keyboard.type('3/3/2026');
    expect(await date.inputValue()).toBe('3/3/2026');
    await page.getByText('Shown in the minutes as Tuesday 3 March 2026').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Check the details' }));
    await page.keyboard.press('Space');
    await page.getByText('The details are ready to insert.').waitFor();
    expect(await page.getByText('Give the meeting a date').count()).toBe(0);

    const type = page.getByRole('combobox', { name: 'Type of meeting' });
    await tabTo(page, type, { backwards: true });
    await page.keyboard.press('Alt+ArrowDown');
    const options = page.getByRole('listbox');
    await options.waitFor();
    await page.keyboard.press('Escape');
    await options.waitFor({ state: 'hidden' });
    expect(await isFocused(type)).toBe(true);
    expect(await type.inputValue()).toBe('Assurance meeting');
    expectStayedLocal(pane);
  });

  it('3. attendance: add, paste and confirm, fix a clash, reorder with Alt+Arrow keys', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await openViewByKeyboard(page, 'Attendance', 'Attendance');
    const rows = page.getByRole('list', { name: 'Attendees' }).locator(':scope > li');
    const before = await rows.count();

    await tabTo(page, page.getByRole('button', { name: 'Add attendee' }));
    await page.keyboard.press('Enter');
    const newName = rows.nth(before).getByRole('textbox', { name: 'Name' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-field') === 'name');
    expect(await isFocused(newName)).toBe(true);
    await page.keyboard.type('Nina Patel');

    await tabTo(page, page.getByRole('textbox', { name: 'Attendance lines' }));
    await page.keyboard.type('Jackie Irvin, Policy Officer (JI)\nJohn Irons, Analyst (JI)');
    await tabTo(page, page.getByRole('button', { name: 'Preview the list' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Add 2 people' }));
    await page.keyboard.press('Space');
    await rows.nth(before + 2).waitFor();

    const clash = page.getByText(/Initials 'JI' are already used by Jackie Irvin/);
    await clash.waitFor();
    const initials = rows.nth(before + 2).getByRole('textbox', { name: 'Initials' });
    await tabTo(page, initials, { backwards: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('JIr');
    await clash.waitFor({ state: 'detached' });

    // The focus is in John Irons's initials: Alt+ArrowUp moves him up and the focus goes with him.
    await page.keyboard.press('Alt+ArrowUp');
    await page
      .getByRole('status')
      .filter({ hasText: `John Irons moved to position ${before + 2}` })
      .waitFor();
    const moved = rows.nth(before + 1);
    expect(await moved.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('John Irons');
    expect(await isFocused(moved.getByRole('textbox', { name: 'Initials' }))).toBe(true);
    await page.keyboard.press('Alt+ArrowDown');
    await page
      .getByRole('status')
      .filter({ hasText: `John Irons moved to position ${before + 3}` })
      .waitFor();
    expect(await isFocused(rows.nth(before + 2).getByRole('textbox', { name: 'Initials' }))).toBe(true);
    expectStayedLocal(pane);
  });

  it('4. items: add an item and a sub-item, mark Part II with Space, move the item with Alt+ArrowUp', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await openViewByKeyboard(page, 'Items', 'Agenda items');
    const list = page.getByRole('list', { name: 'Agenda items' });

    await tabTo(page, page.getByRole('button', { name: 'Add item' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-field') === 'title');
    await page.keyboard.type('Budget');
    const partTwo = list.getByRole('checkbox', { name: 'Part II (confidential): item 5 Budget' });
    await tabTo(page, partTwo);
    await page.keyboard.press('Space');
    expect(await partTwo.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Add sub-item to item 5 Budget' }));
    await page.keyboard.press('Enter');
    await tabTo(page, list.getByRole('textbox', { name: 'Item 5.1' }));
    await page.keyboard.type('Capital plan');

    const title = list.getByRole('textbox', { name: 'Item 5 (Part II)' });
    await tabTo(page, title, { backwards: true });
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByRole('status').filter({ hasText: 'Budget is now item 4.' }).waitFor();
    const movedTitle = list.getByRole('textbox', { name: 'Item 4 (Part II)' });
    expect(await movedTitle.inputValue()).toBe('Budget');
    expect(await isFocused(movedTitle)).toBe(true);
    expect(await list.getByRole('textbox', { name: 'Item 4.1' }).inputValue()).toBe('Capital plan');
    expectStayedLocal(pane);
  });

  it('5. insert all with Enter; add an action picking the owner from the list with arrow keys', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await page.getByRole('textbox', { name: 'Date', exact: true }).fill(MEETING_DATE);
    await openView(page, 'Attendance', 'Attendance');
    const names = page.getByRole('textbox', { name: 'Name' });
    for (let i = 0; i < (await names.count()); i++) await names.nth(i).fill(PEOPLE[i]!);

    await openViewByKeyboard(page, 'Insert', 'Insert into the document');
    await tabTo(page, page.getByRole('button', { name: 'Insert all' }));
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Inserted parts' }).getByRole('listitem').nth(2).waitFor();

    await openViewByKeyboard(page, 'Add action', 'Add an action');
    const owner = page.getByRole('combobox', { name: 'Owner' });
    await tabTo(page, owner);
    // The list shows only who matches what is typed (initials, a word of the name or role).
    await page.keyboard.type('C');
    const carl = page.getByRole('option', { name: 'Carl Dunn (CC), Chief Constable' });
    await carl.waitFor();
    const options = page.getByRole('listbox').getByRole('option');
    expect(await options.count()).toBeGreaterThan(1);
    // The arrow keys move through the list.
    const active = () => owner.getAttribute('aria-activedescendant');
    const carlId = await carl.getAttribute('id');
    for (let i = 0; i < 6 && (await active()) !== carlId; i++) await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(carlId);
    await page.keyboard.press('ArrowDown');
    expect(await active()).not.toBe(carlId);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(carlId);
    await page.keyboard.press('Enter');
    expect(await owner.inputValue()).toBe('CC');
    await tabTo(page, page.getByRole('textbox', { name: 'Task' }));
    await page.keyboard.type('Write to the Home Office about the grant');
    await tabTo(page, page.getByLabel('Due date (optional)'));
    await page.keyboard.type('4/4/2026');
    await tabTo(page, page.getByRole('button', { name: 'Insert action' }));
    await page.keyboard.press('Enter');
    await page.getByText('Action 4-A1 inserted').waitFor();
    const line = (await readPreviewPort(page)).paragraphs.find((p) => p.tag === 'minutebook:action');
    expect(line?.text).toBe('ACTION: CC to write to the Home Office about the grant (due 4 April 2026)');
    expectStayedLocal(pane);
  });

  it('6. check with Enter, go to a finding with Enter, dismiss one with Space', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    await openViewByKeyboard(page, 'Check', 'Check minutes');
    await tabTo(page, page.getByRole('button', { name: 'Check minutes' }));
    await page.keyboard.press('Enter');
    await page.getByText(/^Checked:/).waitFor();

    const finding = page.getByRole('button', { name: /^Nothing is recorded under item 2\.1 / });
    await tabTo(page, finding);
    await page.keyboard.press('Enter');
    const jumped = await waitForJump(page);
    expect(jumped.paragraphs[jumped.lastGoTo.paragraph]?.text).toBe('2.1');

    const warnings = page.getByRole('heading', { level: 2, name: /^Warnings \(\d+\)$/ });
    const count = Number(/\((\d+)\)/.exec(await warnings.innerText())?.[1]);
    await tabTo(page, page.getByRole('button', { name: /^Dismiss: Nothing is recorded under item 2\.2 / }));
    await page.keyboard.press('Space');
    // Dismissing asks once who is dismissing, and takes an optional reason: typed and confirmed by keyboard.
    const form = page.getByRole('group', { name: 'Dismiss this finding' });
    const name = form.getByRole('textbox', { name: /Your name/ });
    if (await name.count()) {
      await tabTo(page, name);
      await page.keyboard.type('Ada Reviewer');
    }
    await tabTo(page, form.getByRole('button', { name: 'Dismiss finding' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: `Warnings (${count - 1})` }).waitFor();
    await page.getByText('Dismissed findings (1)').waitFor();
    expectStayedLocal(pane);
  });

  it('7. actions: arrow keys between the tabs, sort with Enter, Escape closes the owner list, CSV and copy by keyboard', async () => {
    const pane = await session.open({ clipboard: true });
    const { page } = pane;
    await draftMinutes(page);
    await addAction(page);
    await openViewByKeyboard(page, 'Actions', 'Actions and decisions');
    const actionsTab = page.getByRole('tab', { name: /^Actions \(1\)$/ });
    const decisionsTab = page.getByRole('tab', { name: /^Decisions \(0\)$/ });
    await tabTo(page, actionsTab);
    await page.keyboard.press('ArrowRight');
    expect(await isFocused(decisionsTab)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.startsWith('Decisions'),
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Actions', exact: true });
    await table.waitFor();

    const owners = page.getByRole('combobox', { name: 'Show actions of' });
    await tabTo(page, owners);
    await page.keyboard.press('Enter');
    const list = page.getByRole('listbox');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await isFocused(owners)).toBe(true);

    const refHeader = table.getByRole('columnheader', { name: 'Ref' });
    await tabTo(page, refHeader.getByRole('button'));
    await page.keyboard.press('Enter');
    expect(await refHeader.getAttribute('aria-sort')).toBe('ascending');

    const csvButton = page.getByRole('button', { name: 'Download CSV' });
    await tabTo(page, csvButton);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const records = parse(readFileSync((await download.path())!, 'utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(records.map((r) => [r.Ref, r['Owner (name)']])).toEqual([['4-A1', 'Carl Dunn']]);

    await tabTo(page, page.getByRole('button', { name: 'Copy for Excel' }));
    await page.keyboard.press('Space');
    await page.getByText(/^Copied 1 row with a header row\./).waitFor();
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    expect(tsv.split('\r\n')[1]?.split('\t').slice(0, 1)).toEqual(['4-A1']);
    // The button keeps the focus through the export, so the keyboard user is not thrown back to the top.
    expect(await focusedName(page)).toBe('Copy for Excel');
    await expectVisibleFocus(page, page.getByRole('button', { name: 'Copy for Excel' }));
    expectStayedLocal(pane);
  });
});
