import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SCENARIO_GROUPS } from '../word/scenarios/groups';
import { launchChromium, OFFICE_JS_URL } from './support/browser';
import { startStaticServer, type StaticServer } from './support/server';

const ROOT = join(__dirname, '..', '..');
/** Office.js outside Office, as the pane's browser tests stub it: no host. */
const OFFICE_STUB =
  'window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, context: {} };';

/**
 * The in-Word test kit's pane, built from its own entry only (webpack --env kit, into a temporary folder) and
 * opened in headless Chromium with Office.js stubbed: it lists every Word scenario and, outside Word, runs none.
 */
describe('the Word test kit pane in headless Chromium', () => {
  let out: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'minutebook-kit-'));
    const webpack = join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
    const built = spawnSync(
      process.execPath,
      [webpack, '--env', 'kit', '--mode', 'development', '--output-path', out],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (built.status !== 0) throw new Error(`the kit did not build:\n${built.stdout}\n${built.stderr}`);
    server = await startStaticServer(out, 'kit.html');
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  test('lists every scenario with its budget, and outside Word offers no run', async () => {
    const page = await browser.newPage({ viewport: { width: 350, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(OFFICE_JS_URL, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: OFFICE_STUB }),
    );
    await page.goto(`${server.origin}/kit.html`);
    const table = page.getByRole('table', { name: 'Scenarios' });
    await table.waitFor();
    const names = Object.values(SCENARIO_GROUPS).flatMap((list) => list.map((s) => s.name));
    await expect(table.getByRole('row').count()).resolves.toBe(names.length + 1);
    const text = await table.innerText();
    for (const name of names) expect(text).toContain(name);
    await expect(page.getByRole('button', { name: 'Run all scenarios' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Copy results' }).isDisabled()).resolves.toBe(true);
    await expect(page.getByText(/Not inside Word/).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
