import type { Page } from 'playwright-core';
import { addAction, checkMinutes, draftMinutes, openView, startFromPreset } from './steps';

/** The views issue 8 asks to be shown and checked, with what brings a fresh pane to each (real content). */
export const VIEWS_TO_SHOW = ['first-run', 'details', 'attendance', 'items', 'review', 'actions'] as const;
export type ShownView = (typeof VIEWS_TO_SHOW)[number];

const SETUPS: Record<ShownView, (page: Page) => Promise<void>> = {
  'first-run': async (page) => {
    await page.getByRole('heading', { level: 1, name: 'Welcome to Minutebook' }).waitFor();
  },
  details: startFromPreset,
  attendance: async (page) => {
    await startFromPreset(page);
    await openView(page, 'Attendance', 'Attendance');
  },
  items: async (page) => {
    await startFromPreset(page);
    await openView(page, 'Items', 'Agenda items');
  },
  review: async (page) => {
    await draftMinutes(page);
    await addAction(page);
    await checkMinutes(page);
  },
  actions: async (page) => {
    await draftMinutes(page);
    await addAction(page);
    await openView(page, 'Actions', 'Actions and decisions');
    await page.getByRole('table', { name: 'Actions' }).waitFor();
  },
};

/** Brings a freshly opened pane to `view`, with the content a person would have there. */
export async function showView(page: Page, view: ShownView): Promise<void> {
  await SETUPS[view](page);
  // Let Fluent's transitions (focus rings, underlines) settle before anyone looks.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Relative luminance of the pane's background: under 0.2 is dark. Shows the theme really followed the scheme. */
export async function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    let element: Element | null = main;
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
