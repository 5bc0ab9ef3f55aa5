import type { Browser } from 'playwright-core';
import { launchChromium, openPane, type Pane, type PaneOptions } from './browser';
import { startStaticServer, type StaticServer } from './server';

/**
 * One server and one browser per test file. `open()` gives a test a fresh context (so a fresh in-memory
 * document), closed after the test; `openShared()` a pane kept across a block's tests (closed with the
 * browser), for a tour through the views. Call at the top of a describe block.
 */
export function usePaneSession(): {
  open(options?: PaneOptions): Promise<Pane>;
  openShared(options?: PaneOptions): Promise<Pane>;
} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const perTest: Pane[] = [];

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(perTest.splice(0).map((pane) => pane.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const start = (options?: PaneOptions) => {
    if (!server || !browser) {
      throw new Error('The server or browser did not start: see the beforeAll error above.');
    }
    return openPane(browser, server.origin, options);
  };
  return {
    async open(options) {
      const pane = await start(options);
      perTest.push(pane);
      return pane;
    },
    openShared: start,
  };
}

/** The pane fetched nothing but its own files and the stubbed Office.js, and nothing threw in the page. */
export function expectStayedLocal(pane: Pane): void {
  expect(pane.offsiteRequests()).toEqual([]);
  expect(pane.requests.length).toBeGreaterThan(0);
  expect(pane.errors).toEqual([]);
}
