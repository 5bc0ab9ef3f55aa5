import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { isFocused, tabTo } from './support/keyboard';
import { readPreviewPort } from './support/previewPort';
import { expectStayedLocal, usePaneSession } from './support/session';
import {
  PRESET_NAME,
  draftMinutes,
  fillDetails,
  fillNames,
  insertAll,
  openView,
  startFromPreset,
} from './support/steps';
import { TOUR, settle } from './support/views';

/** Issue 18: the flow a minute-taker lives in during a meeting, on the built pane in its browser preview. */

/** The item number in the first cell of the row holding paragraph `i` of the preview document. */
async function itemOfParagraph(page: Page, text: string): Promise<string | null> {
  const doc = await readPreviewPort(page);
  const at = doc.paragraphs.findIndex((p) => p.text === text);
  const cell = doc.cells[at];
  if (at < 0 || !cell) return null;
  // The row's number cell is the nearest earlier paragraph in cell 0 of the same row.
  for (let i = at; i >= 0; i--) {
    if (doc.cells[i]?.row === cell.row && doc.cells[i]?.cell === 0) return doc.paragraphs[i]!.text;
  }
  return null;
}

/**
 * Elements wider than their container (or the page), and the page itself scrolling sideways. Inputs and
 * textareas scroll their own text and are left out; so is what is hidden or has no size.
 */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      out.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      // The container is the nearest ancestor with a box of its own (display: contents has none).
      let parent = element.parentElement;
      while (parent && getComputedStyle(parent).display === 'contents') parent = parent.parentElement;
      if (!parent || parent === document.body) continue;
      const outer = parent.getBoundingClientRect();
      const describe = () =>
        `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.innerText || element.getAttribute('aria-label') || '').slice(0, 40)}"`;
      if (box.right > root.clientWidth + 1 || box.left < -1)
        out.push(`${describe()} is outside the pane (${Math.round(box.left)}–${Math.round(box.right)})`);
      else if (box.right > outer.right + 1 && getComputedStyle(parent).overflowX === 'visible')
        out.push(`${describe()} sticks out of its container by ${Math.round(box.right - outer.right)} px`);
      if (!(
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement
      )) {
        const style = getComputedStyle(element);
        if (
          element.scrollWidth > element.clientWidth + 1 &&
          style.overflowX !== 'visible' &&
          element.clientWidth > 0
        )
          out.push(`${describe()} cuts its content off (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return out;
  });
}

/**
 * Label in name (WCAG 2.5.3): every control whose accessible name is given by aria-label must start with the
 * words it shows. Returns the controls that do not.
 */
async function labelNotInName(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
    const out: string[] = [];
    const controls = Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, [role="button"], [role="checkbox"], [role="tab"], a[href]',
      ),
    );
    for (const control of controls) {
      const name = control.getAttribute('aria-label');
      if (name === null) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      let visible = '';
      if (
        control instanceof HTMLInputElement ||
        control instanceof HTMLSelectElement ||
        control instanceof HTMLTextAreaElement
      ) {
        visible = Array.from(control.labels ?? [])
          .map((l) => l.innerText)
          .join(' ');
      } else {
        visible = control.innerText;
      }
      if (norm(visible) === '') continue;
      if (!norm(name).startsWith(norm(visible).replace(/\*$/, '').trim()))
        out.push(`shows "${norm(visible)}" but is called "${name}"`);
    }
    return out;
  });
}

describe('issue 18: the minute-taker’s flow in the built pane', () => {
  const session = usePaneSession();

  it('actions go under the item chosen: 2.1, 2.2 and 1 land in their own Notes cells with their own refs', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    await openView(page, 'Add action', 'Add an action');
    const picker = page.getByRole('combobox', { name: 'Agenda item' });
    // The cursor sits at the end of the items just inserted: the picker starts at the last item.
    expect(await picker.inputValue()).toBe('4');
    const added: string[] = [];
    for (const [item, owner, task] of [
      ['2.1', 'CC', 'Share the summary with partners'],
      ['2.2', 'DCC', 'chase the missing figures'],
      ['1', 'PCC', 'write to the panel'],
    ] as const) {
      await picker.selectOption(item);
      await page.getByRole('combobox', { name: 'Owner' }).fill(owner);
      await page.getByRole('textbox', { name: 'Task' }).fill(task);
      await page.getByRole('button', { name: 'Insert action' }).click();
      const done = page.getByText(/^Action \S+ inserted$/);
      await done.waitFor();
      added.push(((await done.textContent()) ?? '').replace(/^Action (\S+) inserted$/, '$1'));
    }
    expect(added).toEqual(['2.1-A1', '2.2-A1', '1-A1']);
    expect(await itemOfParagraph(page, 'ACTION: CC to share the summary with partners')).toBe('2.1');
    expect(await itemOfParagraph(page, 'ACTION: DCC to chase the missing figures')).toBe('2.2');
    expect(await itemOfParagraph(page, 'ACTION: PCC to write to the panel')).toBe('1');

    await openView(page, 'Actions', 'Actions and decisions');
    const table = page.getByRole('table', { name: 'Actions', exact: true });
    await table.waitFor();
    const rows = table.getByRole('row');
    const refsAndItems = [];
    for (let i = 1; i < (await rows.count()); i++) {
      const cells = await rows.nth(i).getByRole('cell').allInnerTexts();
      refsAndItems.push([cells[0], cells[1]]);
    }
    expect(refsAndItems.sort()).toEqual([
      ['1-A1', '1'],
      ['2.1-A1', '2.1'],
      ['2.2-A1', '2.2'],
    ]);
    expectStayedLocal(pane);
  });

  it('fast entry: Enter adds, the focus is back on Owner with the item kept, the banner clears as the next starts', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    await openView(page, 'Add action', 'Add an action');
    const owner = page.getByRole('combobox', { name: 'Owner' });
    await page.getByRole('combobox', { name: 'Agenda item' }).selectOption('2.1');
    await owner.click();
    let presses = 0;
    for (const [who, task] of [
      ['ACC', 'Share the profile'],
      ['CC', 'brief the board'],
    ] as const) {
      await page.keyboard.type(who);
      // The list shows only who matches what is typed.
      const options = page.getByRole('listbox').getByRole('option');
      if (who === 'ACC') expect(await options.allInnerTexts()).toEqual([expect.stringContaining('(ACC)')]);
      await page.keyboard.press('Tab');
      await page.keyboard.type(task);
      await page.keyboard.press('Enter');
      presses += 2;
      await page.getByText(/^Action \S+ inserted$/).waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'combobox');
      expect(await isFocused(owner)).toBe(true);
    }
    expect(presses).toBeLessThanOrEqual(4);
    expect(await page.getByRole('combobox', { name: 'Agenda item' }).inputValue()).toBe('2.1');
    const lines = (await readPreviewPort(page)).paragraphs
      .filter((p) => p.tag === 'minutebook:action')
      .map((p) => p.text);
    expect(lines).toEqual(['ACTION: ACC to share the profile', 'ACTION: CC to brief the board']);
    await page.keyboard.type('D');
    await page.getByText(/^Action \S+ inserted$/).waitFor({ state: 'detached' });
    expectStayedLocal(pane);
  });

  it('dates the UK way: what is typed is kept and shown as the minutes print it; the next meeting goes in the last item', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    const date = page.getByRole('textbox', { name: 'Date', exact: true });
    for (const typed of ['25/08/2022', '25 Aug 2022', '25 August 2022', '2022-08-25']) {
      await date.fill(typed);
      await page.getByText('Shown in the minutes as Thursday 25 August 2022').waitFor();
      expect(await date.inputValue()).toBe(typed);
    }
    expect(await date.getAttribute('type')).not.toBe('date');
    await page.getByRole('button', { name: 'Check the details' }).click();
    await page.getByText('The details are ready to insert.').waitFor();
    expect(await page.getByText('Give the meeting a date').count()).toBe(0);
    await page.getByRole('textbox', { name: 'Start time' }).fill('2.30pm');
    await page.getByText('Understood as 14:30').waitFor();

    await page.getByRole('textbox', { name: 'Next meeting date' }).fill('29/09/2022');
    await page.getByRole('textbox', { name: 'Next meeting time' }).fill('10:00');
    await page.getByRole('textbox', { name: 'Next meeting venue' }).fill('Room 4');
    await page
      .getByText('Written in the minutes as “Next meeting: Thursday 29 September 2022, 10:00, Room 4”')
      .waitFor();
    await fillNames(page);
    await insertAll(page);
    const next = 'Next meeting: Thursday 29 September 2022, 10:00, Room 4';
    expect(await itemOfParagraph(page, next)).toBe('4');
    expectStayedLocal(pane);
  });

  it('at 320 px (Word’s default pane) nothing on any view sticks out or is cut off', async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.setViewportSize({ width: 320, height: 800 });
    const problems: string[] = [];
    for (const stop of TOUR) {
      await stop.reach(page);
      await settle(page);
      problems.push(...(await horizontalOverflow(page)).map((p) => `${stop.view}: ${p}`));
    }
    // The house style's own settings, open, in the Check view.
    await openView(page, 'Check', 'Check minutes');
    await page.getByRole('button', { name: 'Adjust the house style' }).click();
    await page.getByRole('group', { name: /^Adjust / }).waitFor();
    problems.push(...(await horizontalOverflow(page)).map((p) => `house style settings: ${p}`));
    expect(problems).toEqual([]);
    expectStayedLocal(pane);
  });

  it('the overflow check fails on something wider than the pane', async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.setViewportSize({ width: 320, height: 800 });
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.width = '600px';
      wide.textContent = 'Too wide';
      document.querySelector('main')?.appendChild(wide);
    });
    expect((await horizontalOverflow(page)).join('\n')).toMatch(/Too wide/);
  });

  it('keyboard: five sub-items take Enter and Alt+Right, within a budget of 6 presses besides the typing', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await openView(page, 'Items', 'Agenda items');
    const list = page.getByRole('list', { name: 'Agenda items' });
    await list.getByRole('textbox', { name: 'Item 3', exact: true }).click();
    let presses = 0;
    const press = async (key: string) => {
      presses += 1;
      await page.keyboard.press(key);
    };
    await press('Enter');
    await page.keyboard.type('First');
    await press('Alt+ArrowRight');
    for (const title of ['Second', 'Third', 'Fourth', 'Fifth']) {
      await press('Enter');
      await page.keyboard.type(title);
    }
    for (const [n, title] of ['First', 'Second', 'Third', 'Fourth', 'Fifth'].entries()) {
      expect(await list.getByRole('textbox', { name: `Item 3.${n + 1}` }).inputValue()).toBe(title);
    }
    expect(presses).toBeLessThanOrEqual(6);
    // Alt+Left makes the last a main item again; the focus stays in it.
    await press('Alt+ArrowLeft');
    expect(await list.getByRole('textbox', { name: 'Item 4', exact: true }).inputValue()).toBe('Fifth');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe('Fifth');
    expectStayedLocal(pane);
  });

  it('focus after Insert all goes to the result; Remove goes to the next item, never to the page', async () => {
    const pane = await session.open();
    const { page } = pane;
    await startFromPreset(page);
    await fillDetails(page);
    await fillNames(page);
    await openView(page, 'Insert', 'Insert into the document');
    await page.getByRole('button', { name: 'Insert all' }).click();
    await page.getByRole('list', { name: 'Inserted parts' }).getByRole('listitem').nth(2).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Result');
    await openView(page, 'Items', 'Agenda items');
    await page.getByRole('button', { name: 'Remove: item 3 AOB' }).click();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).value)).toBe(
      'Confirmation of next meeting type / date / time / venue',
    );
    expectStayedLocal(pane);
  });

  it('label in name: every control’s accessible name starts with what it shows, on every view', async () => {
    const pane = await session.open();
    const { page } = pane;
    const problems: string[] = [];
    for (const stop of TOUR) {
      await stop.reach(page);
      if (stop.view === 'details')
        await openView(page, 'Items', 'Agenda items').then(async () => {
          problems.push(...(await labelNotInName(page)).map((p) => `items: ${p}`));
          await openView(page, 'Details', 'Meeting details');
        });
      problems.push(...(await labelNotInName(page)).map((p) => `${stop.view}: ${p}`));
    }
    expect(problems).toEqual([]);
    // Each Part II box names its item.
    await openView(page, 'Items', 'Agenda items');
    await page.getByRole('checkbox', { name: 'Part II (confidential): item 3 AOB' }).waitFor();
    expectStayedLocal(pane);
  });

  it('the label-in-name check fails on a button called something other than what it shows', async () => {
    const pane = await session.open();
    await pane.page.setContent('<button aria-label="Add a sub-item to item 2">Add sub-item</button>');
    expect(await labelNotInName(pane.page)).toEqual([expect.stringContaining('Add a sub-item to item 2')]);
  });

  it('plain words: Inserted lists what went in with Go to; Part II has its own part; the preview shows the document', async () => {
    const pane = await session.open();
    const { page } = pane;
    await page.getByRole('button', { name: 'Start new minutes' }).click();
    // The preset shows what it sets up before it is chosen.
    const summary = page.getByRole('group', { name: `What the ${PRESET_NAME} sets up` });
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/6 agenda items; 4 roles to name: .*Chief Constable/);
    await page.getByRole('button', { name: 'Use this type and fill in the details' }).click();
    await fillDetails(page);
    await fillNames(page);
    await openView(page, 'Items', 'Agenda items');
    await page.getByRole('checkbox', { name: 'Part II (confidential): item 3 AOB' }).check();
    await insertAll(page);
    const heading = page.getByRole('heading', { level: 2, name: /^Inserted:/ });
    expect(await heading.innerText()).toBe('Inserted: header, attendance (4 people), items (6)');
    expect(
      await page
        .getByRole('main')
        .getByText(/content control/)
        .count(),
    ).toBe(0);
    await page.getByRole('button', { name: 'Go to attendance (4 people)' }).click();
    await page.waitForFunction(() => true);

    const doc = page.getByRole('complementary', { name: 'The document (preview, read-only)' });
    await doc.getByText('Content control: Minutebook: items').waitFor();
    const texts = (await readPreviewPort(page)).paragraphs.map((p) => p.text);
    const partTwo = texts.indexOf('Part II – confidential');
    expect(partTwo).toBeGreaterThan(texts.indexOf('Confirmation of next meeting type / date / time / venue'));
    expect(texts.indexOf('Part II – AOB')).toBeGreaterThan(partTwo);
    await doc.getByText('Part II – confidential').waitFor();
    await doc.getByRole('table').first().waitFor();
    // For the README: the pane beside the document it changed, as a person trying the preview sees it.
    await page.setViewportSize({ width: 1000, height: 800 });
    await settle(page);
    await page.screenshot({
      path: join(__dirname, '..', '..', 'docs', 'images', 'preview-with-document-light.png'),
      animations: 'disabled',
      caret: 'hide',
    });
    expectStayedLocal(pane);
  });

  it('Tab reaches Insert action from Owner in four stops (Task, Due, Agenda item, Insert)', async () => {
    const pane = await session.open();
    const { page } = pane;
    await draftMinutes(page);
    await openView(page, 'Add action', 'Add an action');
    await page.getByRole('combobox', { name: 'Owner' }).focus();
    expect(
      await tabTo(page, page.getByRole('button', { name: 'Insert action' }), { max: 6 }),
    ).toBeLessThanOrEqual(5);
    expectStayedLocal(pane);
  });
});
