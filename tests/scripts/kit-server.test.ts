// The results server and exit code of `npm run test:word` (scripts/kit-server.cjs), over plain HTTP on 127.0.0.1.
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createKitServer,
  desktopKitArgs,
  exitCodeFor,
  servedManifest,
  webSteps,
  type KitServer,
  type KitServerReport,
} from '../../scripts/kit-server.cjs';
import { checkManifest } from '../../scripts/manifest-check.cjs';

const result = (status: 'passed' | 'failed' | 'not run', name: string = status) => ({
  operation: 'insertBlock',
  name,
  status,
  syncs: 2,
  callbacks: 0,
  budget: { syncs: 2, callbacks: 0 },
  ms: 12,
  problems: status === 'passed' ? [] : ['why'],
  notes: [],
});
const report = (results: KitServerReport['results'], refused: string | null = null): KitServerReport => ({
  kit: 'minutebook-word-kit',
  platform: 'PC',
  wordVersion: '16.0.1',
  date: '2026-12-03T10:00:00.000Z',
  refused,
  results,
});

describe('the exit code of npm run test:word', () => {
  test.each([
    ['every scenario that ran passed', report([result('passed'), result('not run')]), 0],
    ['one failed', report([result('passed'), result('failed')]), 1],
    ['the document was not blank', report([], 'this document is not blank'), 1],
    ['nothing ran', report([result('not run')]), 1],
    ['no report came', null, 2],
  ])('%s', (_name, r, code) => {
    expect(exitCodeFor(r).code).toBe(code);
  });

  test('the reason says how many failed, or why nothing ran', () => {
    expect(exitCodeFor(report([result('failed', 'a'), result('failed', 'b')])).reason).toBe(
      '2 scenarios failed in Word',
    );
    expect(exitCodeFor(report([], 'not blank')).reason).toBe('the kit did not run: not blank');
  });
});

/** A GET with the path sent as written (fetch would tidy away the dots). */
function rawStatus(origin: string, path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: hostname, port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', reject);
    request.end();
  });
}

describe('the results server', () => {
  let dir: string;
  let kit: KitServer;
  let origin: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'minutebook-kit-server-'));
    writeFileSync(join(dir, 'kit.html'), '<!doctype html><title>kit</title>');
    kit = createKitServer({ staticDir: dir, maxBytes: 64 * 1024 });
    origin = `http://127.0.0.1:${await kit.listen(0, '127.0.0.1')}`;
  });
  afterEach(async () => {
    await kit.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const post = (body: string) =>
    fetch(`${origin}/results`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  test('serves the kit page and nothing outside its folder', async () => {
    const page = await fetch(`${origin}/kit.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<title>kit</title>');
    expect(await rawStatus(origin, '/..%2f..%2f..%2fetc%2fpasswd')).toBe(403);
    expect((await fetch(`${origin}/missing.js`)).status).toBe(404);
  });

  test('a posted report is what nextReport gives, and the kit is told how many results arrived', async () => {
    const waiting = kit.nextReport(5000);
    const response = await post(JSON.stringify(report([result('passed')])));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: 1 });
    await expect(waiting).resolves.toMatchObject({ platform: 'PC', results: [{ status: 'passed' }] });
  });

  test('a report that is not JSON, or does not fit, is refused saying why, and not taken', async () => {
    const bad = await post('{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'The report is not JSON.' });
    const wrong = await post(
      JSON.stringify({ ...report([]), results: [{ ...result('passed'), status: 'green' }] }),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error).toMatch(/results\.0\.status/);
    await expect(kit.nextReport(50)).resolves.toBeNull();
  });

  test('a report over the size limit is refused with 413', async () => {
    const big = report([{ ...result('passed'), notes: ['x'.repeat(70 * 1024)] }]);
    expect((await post(JSON.stringify(big))).status).toBe(413);
  });

  test('only POST goes to /results', async () => {
    expect((await fetch(`${origin}/results`)).status).toBe(405);
  });
});

describe('serving the kit to Word', () => {
  const xml = readFileSync(join(__dirname, '..', '..', 'manifest-kit.xml'), 'utf8');

  test('the served manifest opens the kit with the results address and autorun, and still passes the check', () => {
    const served = servedManifest(xml);
    expect(served).toContain('https://localhost:3100/kit.html?results=/results&amp;autorun=1');
    expect(checkManifest(served, { assetsDir: join(__dirname, '..', '..', 'assets') })).toEqual([]);
  });

  test('desktop Word is started by office-addin-debugging without its own dev server', () => {
    expect(desktopKitArgs('dist-kit/manifest-kit.xml')).toEqual([
      'start',
      'dist-kit/manifest-kit.xml',
      'desktop',
      '--app',
      'word',
      '--no-debug',
      '--dev-server-port',
      '3100',
    ]);
  });

  test('without Word, the steps say that nothing was tested and how to run it on the web', () => {
    const steps = webSteps({ serving: false, manifestPath: 'dist-kit/manifest-kit.xml' });
    expect(steps).toMatch(/^There is no Word on this machine: nothing was tested/);
    expect(steps).toContain('npm run test:word -- --serve');
    expect(steps).toContain('Upload My Add-in, and choose dist-kit/manifest-kit.xml');
    expect(steps).toContain('NEW BLANK document');
  });
});
