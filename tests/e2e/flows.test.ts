import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { readPreviewPort, waitForJump } from './support/previewPort';
import { expectStayedLocal, usePaneSession } from './support/session';
import {
  ACTION,
  MEETING_DATE,
  PRESET_NAME,
  addAction,
  checkMinutes,
  draftMinutes,
  openView,
  startFromPreset,
} from './support/steps';

/** The seven flows of issue 8, with the mouse, on the built pane in its browser preview. */
describe('the built pane in Chromium (browser preview, in-memory document)', () => {
  const session = usePaneSession();

  it('opened in a plain browser, the pane says it runs in Word and Try the preview opens the preview', async () => {
    const pane = await session.open({ preview: false });
    const { page } = pane;
    await page.getByText('Minutebook runs inside Microsoft Word.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Try the preview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to Minutebook' }).waitFor();
    await page.getByText('Minutebook · preview').waitFor();
    expectStayedLocal(pane);
  });

  it('1. first run starts new minutes from the police and crime assurance preset', async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.getByRole('heading', { level: 1, name: 'Welcome to Minutebook' }).waitFor();
    await page.getByRole('button', { name: 'Start new minutes' }).click();
    const preset = page.getByRole('radio', { name: new RegExp(PRESET_NAME) });
    await preset.check();
    expect(await preset.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Use this type and fill in the details' }).click();

    await page.getByRole('heading', { level: 1, name: 'Meeting details' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Monthly Assurance Meeting');
    expect(await page.getByRole('combobox', { name: 'Type of meeting' }).inputValue()).toBe(
      'Assurance meeting',
    );
    await openView(page, 'Items', 'Agenda items');
    const titles = page.getByRole('list', { name: 'Agenda items' }).getByRole('textbox');
    expect(await titles.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual([
      'Outstanding matters / matters arising',
      'Holding to account',
      'Executive summary',
      'Performance',
      'AOB',
      'Confirmation of next meeting type / date / time / venue',
    ]);
    await openView(page, 'Attendance', 'Attendance');
    const capacities = page.getByRole('textbox', { name: 'Capacity' });
    expect(await capacities.first().inputValue()).toBe('Police and Crime Commissioner (PCC)');
    expectStayedLocal(pane);
  });

  it('2. meeting details show a missing date as an error until it is corrected', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    const date = page.getByRole('textbox', { name: 'Date', exact: true });
    await page.getByRole('button', { name: 'Check the details' }).click();
    await page.getByText('Give the meeting a date').waitFor();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('The details are ready to insert.').count()).toBe(0);

    await date.fill(MEETING_DATE);
    await page.getByText('The details are ready to insert.').waitFor();
    expect(await page.getByText('Give the meeting a date').count()).toBe(0);
    expect(await date.getAttribute('aria-invalid')).not.toBe('true');
    // Shown in the words the minutes print.
    await page.getByText('Shown in the minutes as Wednesday 4 March 2026').waitFor();
    expectStayedLocal(pane);
  });

  it('3. attendance: add a person, paste a list, fix an initials clash, reorder with Alt+Arrow keys', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await openView(page, 'Attendance', 'Attendance');
    const attendees = page.getByRole('list', { name: 'Attendees' }).locator(':scope > li');
    const before = await attendees.count();

    await page.getByRole('button', { name: 'Add attendee' }).click();
    await attendees.nth(before).waitFor();
    const newName = attendees.nth(before).getByRole('textbox', { name: 'Name' });
    // The new row's name box takes the focus, ready to type.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-field') === 'name');
    await page.keyboard.type('Nina Patel');
    expect(await newName.inputValue()).toBe('Nina Patel');
    expect(await attendees.nth(before).getByRole('textbox', { name: 'Initials' }).inputValue()).toBe('NP');

    await page
      .getByRole('textbox', { name: 'Attendance lines' })
      .fill(
        'Jackie Irvin, Policy Officer (JI)\nJohn Irons, Analyst (JI)\nApologies:\nPaul Quinn, Treasurer (PQ)',
      );
    await page.getByRole('button', { name: 'Preview the list' }).click();
    const understood = page.getByRole('table', { name: 'People understood from the pasted lines' });
    await understood.waitFor();
    expect(await understood.getByRole('row').count()).toBe(4); // header + 3 people
    await understood.getByRole('cell', { name: 'Apologies' }).waitFor();
    await page.getByRole('button', { name: 'Add 3 people' }).click();
    await attendees.nth(before + 3).waitFor();
    expect(await attendees.count()).toBe(before + 4);

    // Two people pasted with the same initials: the later one is flagged until given its own.
    const clash = page.getByText(/Initials 'JI' are already used by Jackie Irvin/);
    await clash.waitFor();
    const irons = attendees.nth(before + 2);
    expect(await irons.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('John Irons');
    await irons.getByRole('textbox', { name: 'Initials' }).fill('JIr');
    await clash.waitFor({ state: 'detached' });
    expect(await page.getByText(/are already used by/).count()).toBe(0);

    // Alt+ArrowUp moves the focused person up; focus stays on the same field of the moved row.
    const names = () =>
      page
        .getByRole('textbox', { name: 'Name' })
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const order = await names();
    await irons.getByRole('textbox', { name: 'Name' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page
      .getByRole('status')
      .filter({ hasText: `John Irons moved to position ${before + 2}` })
      .waitFor();
    const moved = await names();
    expect(moved[before + 1]).toBe('John Irons');
    expect(moved[before + 2]).toBe(order[before + 1]);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('John Irons');
    await page.keyboard.press('Alt+ArrowDown');
    await page
      .getByRole('status')
      .filter({ hasText: `John Irons moved to position ${before + 3}` })
      .waitFor();
    expect(await names()).toEqual(order);
    expectStayedLocal(pane);
  });

  it('4. items: add an item and a sub-item, move it up, mark it Part II', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await openView(page, 'Items', 'Agenda items');
    const list = page.getByRole('list', { name: 'Agenda items' });
    await page.getByRole('button', { name: 'Add item' }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-field') === 'title');
    await page.keyboard.type('Budget');
    await list.getByRole('textbox', { name: 'Item 5' }).waitFor();

    await page.getByRole('button', { name: 'Add sub-item to item 5 Budget' }).click();
    const sub = list.getByRole('textbox', { name: 'Item 5.1' });
    await sub.fill('Capital plan');

    await page.getByRole('button', { name: 'Up: item 5 Budget' }).click();
    await page.getByRole('status').filter({ hasText: 'Budget is now item 4.' }).waitFor();
    expect(await list.getByRole('textbox', { name: 'Item 4', exact: true }).inputValue()).toBe('Budget');
    expect(await list.getByRole('textbox', { name: 'Item 4.1' }).inputValue()).toBe('Capital plan');
    expect(await list.getByRole('textbox', { name: 'Item 5', exact: true }).inputValue()).toBe(
      'Confirmation of next meeting type / date / time / venue',
    );

    await list
      .getByRole('listitem', { name: 'item 4 Budget' })
      .getByRole('checkbox', { name: /^Part II \(confidential\)/ })
      .check();
    await list.getByRole('textbox', { name: 'Item 4 (Part II)' }).waitFor();
    expect(await list.getByRole('textbox', { name: 'Item 4 (Part II)' }).inputValue()).toBe('Budget');
    expectStayedLocal(pane);
  });

  it('5. insert all blocks into the document, then add an action under the item the cursor is in', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    const parts = page.getByRole('list', { name: 'Inserted parts' }).getByRole('listitem');
    expect(await parts.allInnerTexts()).toEqual([
      expect.stringMatching(/^Header\s+Go to$/),
      expect.stringMatching(/^Attendance \(4 people\)\s+Go to$/),
      expect.stringMatching(/^Items \(6\)\s+Go to$/),
    ]);
    const afterInsert = await readPreviewPort(page);
    const tags = new Set(afterInsert.paragraphs.map((p) => p.tag).filter(Boolean));
    expect(tags).toEqual(new Set(['minutebook:header', 'minutebook:attendance', 'minutebook:items']));
    // The hand-typed sample text is still there, before the blocks.
    expect(afterInsert.paragraphs[0]).toEqual({ text: 'Quarterly Team Meeting', tag: null });

    const ref = await addAction(page);
    expect(ref).toBe('4-A1');
    await page
      .getByRole('main')
      .getByText('ACTION: CC to write to the Home Office about the grant (due 30 April 2026)')
      .waitFor();
    const afterAction = await readPreviewPort(page);
    const line = afterAction.paragraphs.find((p) => p.tag === 'minutebook:action');
    expect(line?.text).toBe('ACTION: CC to write to the Home Office about the grant (due 30 April 2026)');
    // In item 4's Notes cell (the cursor was in item 4), not after the table.
    const at = afterAction.paragraphs.indexOf(line!);
    expect(afterAction.cells[at]).toMatchObject({ cell: 2 });
    const numberCell = afterAction.paragraphs.findIndex(
      (p, i) =>
        afterAction.cells[i]?.row === afterAction.cells[at]?.row &&
        afterAction.cells[i]?.cell === 0 &&
        i < at,
    );
    expect(afterAction.paragraphs[numberCell]?.text).toBe('4');
    expectStayedLocal(pane);
  });

  it('6. check minutes, go to a finding (the document port receives the jump), dismiss a finding', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    await checkMinutes(page);
    const warnings = page.getByRole('heading', { level: 2, name: /^Warnings \(\d+\)$/ });
    const warningCount = Number(/\((\d+)\)/.exec(await warnings.innerText())?.[1]);
    expect(warningCount).toBeGreaterThan(1);
    expect((await readPreviewPort(page)).lastGoTo).toBeNull();

    await page
      .getByRole('button', { name: /^Nothing is recorded under item 2\.1 \(Executive summary\)/ })
      .click();
    const jumped = await waitForJump(page);
    // The items block is a table: the jump lands on the item's number cell, its title in the next cell.
    const at = jumped.lastGoTo.paragraph;
    expect(jumped.paragraphs[at]).toEqual({ text: '2.1', tag: 'minutebook:items' });
    expect(jumped.paragraphs[at + 1]?.text).toBe('Executive summary');
    expect(jumped.lastGoTo.excerpt).toBe('2.1');
    expect(jumped.cursor).toBe(at);

    await page.getByRole('button', { name: /^Dismiss: Nothing is recorded under item 1 / }).click();
    // Dismissing asks once who is dismissing, and takes an optional reason.
    const form = page.getByRole('group', { name: 'Dismiss this finding' });
    const name = form.getByRole('textbox', { name: /Your name/ });
    if (await name.count()) await name.fill('Ada Reviewer');
    await form.getByRole('textbox', { name: 'Reason (optional)' }).fill('Covered in the report');
    await form.getByRole('button', { name: 'Dismiss finding' }).click();
    await page.getByRole('heading', { level: 2, name: `Warnings (${warningCount - 1})` }).waitFor();
    await page.getByText('Dismissed findings (1)').waitFor();
    expect(await page.getByRole('button', { name: /^Nothing is recorded under item 1 / }).count()).toBe(0);
    expectStayedLocal(pane);
  });

  it('7. actions view lists the action; Download CSV and Copy for Excel carry it with a header row', async () => {
    const pane = await session.open({ clipboard: true });
    const { page } = pane;
    await draftMinutes(page);
    await addAction(page);
    await openView(page, 'Actions', 'Actions and decisions');
    const table = page.getByRole('table', { name: 'Actions', exact: true });
    await table.waitFor();
    const row = table.getByRole('row').nth(1);
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([
      '4-A1',
      '4',
      'write to the Home Office about the grant',
      expect.stringContaining('Carl Dunn'),
      ACTION.due,
      'Open',
    ]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`Monthly Assurance Meeting ${MEETING_DATE} actions.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    const records = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      Ref: '4-A1',
      Meeting: 'Monthly Assurance Meeting',
      'Meeting date': MEETING_DATE,
      'Item no.': '4',
      Action: 'write to the Home Office about the grant',
      'Owner (as written)': 'CC',
      'Owner (name)': 'Carl Dunn',
      'Due (date)': ACTION.due,
      Status: 'Open',
    });

    await page.getByRole('button', { name: 'Copy for Excel' }).click();
    await page.getByText(/^Copied 1 row with a header row\./).waitFor();
    const tsv = await page.evaluate(() => navigator.clipboard.readText());
    const lines = tsv.split(/\r?\n/).filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    const header = lines[0]!.split('\t');
    const cells = lines[1]!.split('\t');
    expect(header).toEqual(Object.keys(records[0]!));
    expect(cells).toEqual(Object.values(records[0]!));
    expectStayedLocal(pane);
  });
});
