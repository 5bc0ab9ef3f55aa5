import type { Browser } from 'playwright-core';
import { launchChromium, openPane, type Pane, type PaneOptions } from './browser';
import { startStaticServer, type StaticServer } from './server';

/**
 * One server and one browser per test file, a fresh context (so a fresh in-memory document) per test.
 * Call at the top of a describe block; `open()` inside a test.
 */
export function usePaneSession(): { open(options?: PaneOptions): Promise<Pane> } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const opened: Pane[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((pane) => pane.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async open(options) {
      if (!server || !browser) throw new Error('The server or browser did not start: see the beforeAll error above.');
      const pane = await openPane(browser, server.origin, options);
      opened.push(pane);
      return pane;
    },
  };
}

/** The pane fetched nothing but its own files and the stubbed Office.js, and nothing threw in the page. */
export function expectStayedLocal(pane: Pane): void {
  expect(pane.offsiteRequests()).toEqual([]);
  expect(pane.requests.length).toBeGreaterThan(0);
  expect(pane.errors).toEqual([]);
}
