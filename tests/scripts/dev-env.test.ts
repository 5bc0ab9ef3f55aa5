// The pure parts of npm start / npm stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import {
  certificateState,
  desktopStartArgs,
  routeFor,
  webSideloadInstructions,
} from '../../scripts/dev-env.cjs';

describe('npm start routing', () => {
  test.each([
    ['win32', 'desktop'],
    ['darwin', 'desktop'],
    ['linux', 'web'],
    ['freebsd', 'web'],
  ])('%s goes the %s way', (platform, route) => {
    expect(routeFor(platform)).toBe(route);
  });
});

describe('office-addin-debugging arguments on Windows and Mac', () => {
  test('with no arguments, desktop Word on port 3000 (its own default platform is Windows even on a Mac)', () => {
    expect(desktopStartArgs([])).toEqual([
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'word',
      '--dev-server-port',
      '3000',
    ]);
  });

  test("the user's platform and document are passed through", () => {
    expect(desktopStartArgs(['web', '--document', 'https://example.org/d.docx'])).toEqual([
      'start',
      'manifest.xml',
      'web',
      '--document',
      'https://example.org/d.docx',
      '--app',
      'word',
      '--dev-server-port',
      '3000',
    ]);
  });
});

describe('sideload instructions for Word on the web', () => {
  const text = webSideloadInstructions({
    manifestPath: '/home/me/minutebook/manifest.xml',
    certDir: '/home/me/minutebook/.certs',
    logPath: '/home/me/minutebook/.minutebook-dev/dev-server.log',
  });

  test('name the manifest path and the upload steps in order', () => {
    expect(text).toContain('/home/me/minutebook/manifest.xml');
    const steps = ['office.com', 'Add-ins', 'More add-ins', 'My add-ins', 'Upload my add-in'];
    const positions = steps.map((step) => text.indexOf(step));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('say how to trust the certificate, the office-addin-debugging route and how to stop', () => {
    expect(text).toContain('https://localhost:3000');
    expect(text).toContain('/home/me/minutebook/.certs/ca.crt');
    expect(text).toContain('office-addin-debugging start manifest.xml web --document');
    expect(text).toContain('npm stop');
  });
});

describe('certificate folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mb-certs-'));
    await generateCertificates(
      join(dir, 'ca.crt'),
      join(dir, 'localhost.crt'),
      join(dir, 'localhost.key'),
      30,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('freshly generated localhost certificates are usable', () => {
    expect(certificateState(dir)).toMatchObject({ usable: true });
  });

  test('certificates that expire within a day are not usable, and the reason says so', () => {
    const later = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
    const state = certificateState(dir, later);
    expect(state.usable).toBe(false);
    expect(state.usable === false && state.reason).toMatch(/expires/);
  });

  test('a folder without certificates is not usable, and the reason names the missing file', () => {
    const state = certificateState(join(dir, 'nowhere'));
    expect(state.usable === false && state.reason).toMatch(/ca\.crt is missing/);
  });
});
