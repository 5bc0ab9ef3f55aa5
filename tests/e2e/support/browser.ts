import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PREVIEW_PORT_HOOK } from './previewPort';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The one URL outside 127.0.0.1 the pane asks for: Microsoft's Office.js, answered by a stub in the tests. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Office.js outside Office: onReady resolves with no host, so the pane takes its browser-preview path. */
const OFFICE_STUB = `window.Office = {
  onReady: function () { return Promise.resolve({ host: null, platform: null }); },
  context: {}
};`;

/** A task pane's size in Word on the desktop; scale 1 keeps the screenshots small. */
export const PANE_VIEWPORT = { width: 350, height: 800 };

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: apt-get install chromium (the pane's browser tests need it).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export interface PaneOptions {
  colorScheme?: 'light' | 'dark';
  /** `?view=` as the ribbon passes it. */
  view?: string;
  /** Give the page the clipboard (Copy for Excel). */
  clipboard?: boolean;
  /** False: open the page as a plain browser would, without `?preview=1` (the "runs inside Word" page). */
  preview?: boolean;
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Uncaught errors in the page. */
  errors: string[];
  /** Requests that left the machine: anything but the pane's own files and the (stubbed) Office.js. */
  offsiteRequests(): string[];
  close(): Promise<void>;
}

/**
 * Opens the built pane in the browser preview (`?preview=1`, the in-memory document) in a fresh context,
 * recording every request. The colour scheme is set before the page loads: the pane reads it once at start.
 */
export async function openPane(browser: Browser, origin: string, options: PaneOptions = {}): Promise<Pane> {
  const context = await browser.newContext({
    viewport: PANE_VIEWPORT,
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(PREVIEW_PORT_HOOK);
  await page.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
  );
  const preview = options.preview ?? true;
  const query = new URLSearchParams({
    ...(preview ? { preview: '1' } : {}),
    ...(options.view ? { view: options.view } : {}),
  });
  await page.goto(`${origin}/taskpane.html?${query.toString()}`);
  // Up once the shell's view list is drawn (after Office.onReady and the first read of the document), or,
  // without the preview, once the page offers it.
  await (
    preview
      ? page.getByRole('navigation', { name: 'Minutebook' }).getByRole('button').first()
      : page.getByRole('button', { name: 'Try the preview' })
  ).waitFor();
  const local = (url: string) =>
    url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:');
  return {
    page,
    context,
    requests,
    errors,
    offsiteRequests: () => requests.filter((url) => !local(url) && url !== OFFICE_JS_URL),
    close: () => context.close(),
  };
}
