import type { Page } from 'playwright-core';
import {
  addAction,
  checkMinutes,
  fillDetails,
  fillNames,
  insertAll,
  openView,
  startFromPreset,
} from './steps';

/**
 * A tour of the pane in one document, as a person goes through it: each stop brings the pane from the
 * previous stop to the next view, with real content on it. Screenshots and accessibility checks follow it.
 */
export const TOUR = [
  {
    view: 'first-run',
    reach: async (page: Page) => {
      await page.getByRole('heading', { level: 1, name: 'Welcome to Minutebook' }).waitFor();
    },
  },
  {
    view: 'details',
    reach: async (page: Page) => {
      await startFromPreset(page);
      await fillDetails(page);
    },
  },
  { view: 'attendance', reach: fillNames },
  { view: 'items', reach: (page: Page) => openView(page, 'Items', 'Agenda items') },
  { view: 'insert', reach: insertAll },
  { view: 'add-action', reach: (page: Page) => addAction(page).then(() => undefined) },
  { view: 'review', reach: checkMinutes },
  {
    view: 'actions',
    reach: async (page: Page) => {
      await openView(page, 'Actions', 'Actions and decisions');
      await page.getByRole('table', { name: 'Actions', exact: true }).waitFor();
    },
  },
] as const;

export type TourView = (typeof TOUR)[number]['view'];

/** Relative luminance of the pane's background: under 0.2 is dark. Shows the theme really followed the scheme. */
export async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    let element: Element | null = document.querySelector('main');
    let colour = 'rgba(0, 0, 0, 0)';
    while (element && /rgba\(0, 0, 0, 0\)|transparent/.test(colour)) {
      colour = getComputedStyle(element).backgroundColor;
      element = element.parentElement;
    }
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? ['255', '255', '255']).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });
}

/** The theme on screen is the one asked for. */
export async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const luminance = await backgroundLuminance(page);
  if (theme === 'dark') expect(luminance).toBeLessThan(0.2);
  else expect(luminance).toBeGreaterThan(0.8);
}

/**
 * Waits until the page is still: every finite CSS transition or animation (Fluent fades message bars and
 * buttons in) has finished, then two frames. Contrast measured mid-fade is not the contrast a person reads.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}
