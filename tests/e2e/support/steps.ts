import type { Locator, Page } from 'playwright-core';

/**
 * The flows' shared set-up, done the way a person does it with the mouse. Every test opens a fresh pane (the
 * in-memory document lives in the page), so the later flows replay these steps first.
 */

export const PRESET_NAME = 'Police and crime assurance meeting';
export const MEETING_DATE = '2026-03-04';
/** One name per row the preset fills in (it gives capacities, not names). */
export const PEOPLE = ['Alice Brown', 'Carl Dunn', 'Erin Ford', 'Gail Hart', 'Ian Jones', 'Kim Lee'];

/** The shell's button for a view ("Check", "Actions", …). */
export function viewButton(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Minutebook' }).getByRole('button', { name, exact: true });
}

/** Opens a view by its tab; fails with the pane's own words when the view shows its error instead. */
export async function openView(page: Page, tab: string, heading: string): Promise<void> {
  await viewButton(page, tab).click();
  const title = page.getByRole('heading', { level: 1, name: heading });
  const broken = page.getByText(/stopped working/);
  const shown = await title
    .or(broken)
    .first()
    .waitFor({ timeout: 15000 })
    .then(
      () => true,
      () => false,
    );
  if (!shown || (await broken.count())) {
    throw new Error(`The ${tab} view did not open: ${await page.locator('main').innerText()}`);
  }
}

/** First run → the preset → the details view. */
export async function startFromPreset(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start new minutes' }).click();
  await page.getByRole('radio', { name: new RegExp(PRESET_NAME) }).check();
  await page.getByRole('button', { name: 'Use this type and fill in the details' }).click();
  await page.getByRole('heading', { level: 1, name: 'Meeting details' }).waitFor();
}

/** The details view: the meeting date, the one required field the preset leaves empty. */
export async function fillDetails(page: Page): Promise<void> {
  await openView(page, 'Details', 'Meeting details');
  await page.getByRole('textbox', { name: 'Date', exact: true }).fill(MEETING_DATE);
}

/** The attendance view: a name for every row the preset made. */
export async function fillNames(page: Page): Promise<void> {
  await openView(page, 'Attendance', 'Attendance');
  const names = page.getByRole('textbox', { name: 'Name' });
  const rows = await names.count();
  for (let i = 0; i < rows; i++) await names.nth(i).fill(PEOPLE[i] ?? `Person ${i + 1}`);
}

/** The insert view: Insert all, waiting for the three parts to be listed. */
export async function insertAll(page: Page): Promise<void> {
  await openView(page, 'Insert', 'Insert into the document');
  await page.getByRole('button', { name: 'Insert all' }).click();
  await page.getByRole('list', { name: 'Inserted parts' }).getByRole('listitem').nth(2).waitFor();
}

/** From first run to a document holding header, attendance and items, ready to check. */
export async function draftMinutes(page: Page): Promise<void> {
  await startFromPreset(page);
  await fillDetails(page);
  await fillNames(page);
  await insertAll(page);
}

export interface NewAction {
  owner: string;
  task: string;
  due: string;
}

export const ACTION: NewAction = {
  owner: 'CC',
  task: 'Write to the Home Office about the grant',
  due: '2026-04-30',
};

/** Adds one action after the cursor (the end of the inserted blocks) and waits for its ref. */
export async function addAction(page: Page, action: NewAction = ACTION): Promise<string> {
  await openView(page, 'Add action', 'Add an action');
  await page.getByRole('combobox', { name: 'Owner' }).fill(action.owner);
  await page.getByRole('textbox', { name: 'Task' }).fill(action.task);
  await page.getByLabel('Due date (optional)').fill(action.due);
  await page.getByRole('button', { name: 'Insert action' }).click();
  const done = page.getByText(/^Action \S+ inserted$/);
  await done.waitFor();
  return ((await done.textContent()) ?? '').replace(/^Action (\S+) inserted$/, '$1');
}

/** Opens Check and runs it; resolves when the status line says what was found. */
export async function checkMinutes(page: Page): Promise<void> {
  await openView(page, 'Check', 'Check minutes');
  await page.getByRole('button', { name: 'Check minutes' }).click();
  await page.getByText(/^Checked:/).waitFor();
}
