import type { Locator, Page } from 'playwright-core';
import { viewButton } from './steps';

/** Whether `target` holds the keyboard focus. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/** What a person sees of `target` (and 4 px around it, where focus rings are drawn), as PNG bytes. */
async function lookOf(page: Page, target: Locator): Promise<Buffer> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${target.toString()} has no box on screen: it cannot show a focus indicator.`);
  const x = Math.max(0, box.x - 4);
  const y = Math.max(0, box.y - 4);
  return page.screenshot({
    clip: { x, y, width: box.width + 8 + (box.x - 4 - x), height: box.height + 8 + (box.y - 4 - y) },
    animations: 'disabled',
    caret: 'hide',
  });
}

/**
 * The focused `target` looks different from the unfocused one (pixels, caret hidden) and matches
 * :focus-visible. Steps focus back with Shift+Tab to see it unfocused, then forward again with Tab.
 */
export async function expectVisibleFocus(page: Page, target: Locator): Promise<void> {
  if (!(await isFocused(target))) throw new Error(`${target.toString()} is not focused.`);
  // Chromium's date and time boxes keep the focus in their inner parts, so only their wrapper shows it.
  const keyboardFocus = await target.evaluate(
    (element) =>
      element.matches(':focus-visible') ||
      (element instanceof HTMLInputElement && ['date', 'time'].includes(element.type)),
  );
  expect(keyboardFocus).toBe(true);
  const focused = await lookOf(page, target);
  await page.keyboard.press('Shift+Tab');
  const unfocused = await lookOf(page, target);
  await page.keyboard.press('Tab');
  if (!(await isFocused(target)))
    throw new Error(`Tab after Shift+Tab did not come back to ${target.toString()}.`);
  expect(focused.equals(unfocused)).toBe(false);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would, then checks the focus
 * is visible. Fails when `target` is not reached within `max` presses: it is then out of the tab order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; max?: number; checkFocus?: boolean } = {},
): Promise<number> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 80;
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) {
      if (options.checkFocus !== false) await expectVisibleFocus(page, target);
      return presses;
    }
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing');
  throw new Error(`${key} ×${max} never reached ${target.toString()}; the focus ended on ${focused}`);
}

/** What the focused control is called, as its label or text says: to compare tab orders. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '(nothing)';
    const labelled = element.getAttribute('aria-labelledby');
    const byId = labelled
      ?.split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    return (element.getAttribute('aria-label') || byId || label || element.textContent || element.tagName)
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/** Moves back to the shell's view list with Shift+Tab, opens `tab` with Enter and waits for its heading. */
export async function openViewByKeyboard(page: Page, tab: string, heading: string): Promise<void> {
  await tabTo(page, viewButton(page, tab), { backwards: true, max: 200, checkFocus: false });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
