// `npm stop`: stops what `npm start` started. Windows/macOS: office-addin-debugging stop (unloads the add-in
// and stops its dev server). Linux: the dev server whose pid is in .minutebook-dev/dev-server.pid.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devEnv from './dev-env.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = join(root, '.minutebook-dev', 'dev-server.pid');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function stopWeb() {
  if (!existsSync(pidFile)) {
    console.log('No Minutebook dev server was started by npm start (no .minutebook-dev/dev-server.pid).');
    return 0;
  }
  const pid = Number(readFileSync(pidFile, 'utf8'));
  if (!(pid > 0) || !devEnv.isRunning(pid)) {
    rmSync(pidFile, { force: true });
    console.log('The dev server had already stopped.');
    return 0;
  }
  // npm start spawned it as a process-group leader: signal the group so webpack's workers stop too.
  process.kill(-pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && devEnv.isRunning(pid); waited += 200) await sleep(200);
  if (devEnv.isRunning(pid)) {
    process.kill(-pid, 'SIGKILL');
    await sleep(500);
  }
  if (devEnv.isRunning(pid)) {
    console.error(`npm stop: the dev server (pid ${pid}) did not stop. Stop it by hand: kill ${pid}`);
    return 1;
  }
  rmSync(pidFile, { force: true });
  console.log(`Stopped the dev server (pid ${pid}).`);
  return 0;
}

function stopDesktop() {
  const bin = devEnv.toolPath(root, 'office-addin-debugging');
  const result = spawnSync(bin, ['stop', 'manifest.xml', 'desktop'], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`npm stop: could not run office-addin-debugging (${result.error.message}).`);
    return 1;
  }
  return result.status ?? 1;
}

try {
  process.exit(devEnv.routeFor(process.platform) === 'desktop' ? stopDesktop() : await stopWeb());
} catch (error) {
  console.error(`npm stop: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
