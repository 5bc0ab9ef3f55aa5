import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm test` must pass on a clone with nothing beside it. The guard (tests/setup/self-contained.js) is set up
 * in every default project and fails a test that reads the shared folder; these tests prove both.
 */
const ROOT = resolve(__dirname, '..', '..');
const GUARD = join(ROOT, 'tests', 'setup', 'self-contained.js');
const JEST = join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
// Only a path is built here; nothing beside the checkout is read by this test.
const SHARED_FILE = join(ROOT, '..', 'shared', 'seed', 'any.txt');

/** Runs jest on one throwaway test file under the guard, as a default project would. */
function runUnderGuard(body: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'minutebook-guard-'));
  writeFileSync(join(dir, 'probe.test.js'), body);
  const config = { rootDir: dir, testEnvironment: 'node', setupFiles: [GUARD], transform: {} };
  const result = spawnSync(process.execPath, [JEST, '--config', JSON.stringify(config), '--ci'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the self-contained guard', () => {
  it('fails a default-run test that reads a file in the shared folder, naming the path', () => {
    const { status, output } = runUnderGuard(
      `test('reads shared', () => { require('node:fs').readFileSync(${JSON.stringify(SHARED_FILE)}, 'utf8'); });`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('must not read the shared folder');
    expect(output).toContain(SHARED_FILE);
  });

  it('fails a default-run test that hands a shared path to a child process', () => {
    const { status, output } = runUnderGuard(
      `test('spawns on shared', () => { require('node:child_process').spawnSync('cat', [${JSON.stringify(SHARED_FILE)}]); });`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain('child_process spawnSync');
  });

  it('lets a test read the repository’s own files', () => {
    const own = join(ROOT, 'tests', 'fixtures', 'model', 'assurance-meeting.txt');
    const { status, output } = runUnderGuard(
      `test('reads own', () => { expect(require('node:fs').readFileSync(${JSON.stringify(own)}, 'utf8')).toMatch(/Assurance/); });`,
    );
    expect(output).toContain('1 passed');
    expect(status).toBe(0);
  });

  it('is set up in every default project, and the shared suites are kept out of them', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(ROOT, 'jest.config.js')) as {
      projects: {
        displayName: string;
        setupFiles?: string[];
        testMatch: string[];
        testPathIgnorePatterns?: string[];
      }[];
    };
    const byName = new Map(config.projects.map((p) => [p.displayName, p]));
    for (const name of ['node', 'pane', 'e2e']) {
      const project = byName.get(name);
      expect(project?.setupFiles).toContain('<rootDir>/tests/setup/self-contained.js');
      const reachesShared = project!.testMatch.some((m) => m.startsWith('<rootDir>/tests/**'));
      if (reachesShared)
        expect(project!.testPathIgnorePatterns).toEqual(
          expect.arrayContaining(['<rootDir>/tests/shared/', '<rootDir>/tests/corpus/']),
        );
    }
  });
});
