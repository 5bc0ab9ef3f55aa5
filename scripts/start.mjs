// `npm start`. Windows/macOS: office-addin-debugging sideloads into desktop Word, as usual for Office add-ins.
// Linux (no desktop Word): get localhost certificates, start the HTTPS dev server in the background, wait until
// https://localhost:3000/taskpane.html answers, and print how to sideload into Word on the web.
// Any failure exits non-zero with a message; `npm stop` stops the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devEnv from './dev-env.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stateDir = join(root, '.minutebook-dev');
const pidFile = join(stateDir, 'dev-server.pid');
const logPath = join(stateDir, 'dev-server.log');
const projectCerts = join(root, '.certs');
const READY_TIMEOUT_MS = 180_000;

function fail(message) {
  console.error(`\nnpm start: ${message}`);
  process.exit(1);
}

/** The usual desktop route: trusted certificates in ~/.office-addin-dev-certs, then Word with the add-in. */
async function startDesktop() {
  try {
    const devCerts = await import('office-addin-dev-certs');
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    fail(`could not install the development certificates: ${error.message}`);
  }
  const result = spawnSync(
    devEnv.toolPath(root, 'office-addin-debugging'),
    devEnv.desktopStartArgs(process.argv.slice(2)),
    {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    },
  );
  if (result.error)
    fail(`could not run office-addin-debugging (${result.error.message}). Run \`npm ci\` first.`);
  if (result.status !== 0)
    fail(`office-addin-debugging stopped with exit code ${result.status}; see its messages above.`);
  process.exit(0);
}

/** office-addin-dev-certs' own folder if it is usable, else .certs/ (generated here without installing). */
async function certificateFolder() {
  const shared = join(homedir(), '.office-addin-dev-certs');
  const sharedState = devEnv.certificateState(shared);
  if (sharedState.usable) return shared;
  const local = devEnv.certificateState(projectCerts);
  if (local.usable) return projectCerts;
  console.log(`Creating development certificates in .certs/ (${sharedState.reason}).`);
  // generateCertificates() writes nothing when ca.crt already exists, so clear a stale set first.
  rmSync(projectCerts, { recursive: true, force: true });
  let devCerts;
  try {
    devCerts = await import('office-addin-dev-certs');
  } catch (error) {
    fail(`office-addin-dev-certs is not installed (${error.message}). Run \`npm ci\` first.`);
  }
  const { ca, cert, key } = devEnv.CERT_FILES;
  try {
    await devCerts.generateCertificates(
      join(projectCerts, ca),
      join(projectCerts, cert),
      join(projectCerts, key),
      30,
    );
  } catch (error) {
    fail(`could not create certificates in .certs/: ${error.message}`);
  }
  const made = devEnv.certificateState(projectCerts);
  if (!made.usable) fail(`the certificates created in .certs/ are not usable: ${made.reason}`);
  return projectCerts;
}

/** Resolves 'ready' on HTTP 200, 'exited' when the server process dies, 'timeout' after the deadline. */
function waitUntilServing(child, ca) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  return new Promise((resolve) => {
    const attempt = () => {
      if (exited) return resolve('exited');
      if (Date.now() > deadline) return resolve('timeout');
      const request = get(devEnv.DEV_PANE_URL, { ca, timeout: 5000 }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve('ready');
        else setTimeout(attempt, 1000);
      });
      request.on('error', () => setTimeout(attempt, 1000));
      request.on('timeout', () => request.destroy());
    };
    attempt();
  });
}

/** The first error line of the server's log (the cause), then its last lines. */
function logTail() {
  if (!existsSync(logPath)) return '(no log)';
  const lines = readFileSync(logPath, 'utf8').split('\n');
  const cause = lines.find((line) => /\bError\b/.test(line));
  const tail = lines.slice(-20).join('\n');
  return cause && !tail.includes(cause) ? `${cause}\n…\n${tail}` : tail;
}

async function startWeb() {
  mkdirSync(stateDir, { recursive: true });
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (pid > 0 && devEnv.isRunning(pid)) {
      console.log(`The dev server is already running (pid ${pid}).\n`);
      console.log(
        devEnv.webSideloadInstructions({
          manifestPath: join(root, 'manifest.xml'),
          certDir: projectCerts,
          logPath,
        }),
      );
      return;
    }
    rmSync(pidFile, { force: true });
  }
  const certDir = await certificateFolder();
  const ca = readFileSync(join(certDir, devEnv.CERT_FILES.ca));
  const log = openSync(logPath, 'w');
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), 'serve', '--mode', 'development'],
    {
      cwd: root,
      env: { ...process.env, MINUTEBOOK_CERT_DIR: certDir },
      detached: true,
      stdio: ['ignore', log, log],
    },
  );
  if (!child.pid) fail('could not start webpack serve.');
  writeFileSync(pidFile, String(child.pid));
  console.log(`Starting the dev server (pid ${child.pid}); first build can take a minute…`);
  const outcome = await waitUntilServing(child, ca);
  if (outcome !== 'ready') {
    if (outcome === 'timeout' && devEnv.isRunning(child.pid)) process.kill(-child.pid, 'SIGTERM');
    rmSync(pidFile, { force: true });
    const why =
      outcome === 'timeout'
        ? `${devEnv.DEV_PANE_URL} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s`
        : `the dev server stopped before it served the pane${/EADDRINUSE/.test(logTail()) ? ': port 3000 is already in use (npm stop, or stop the other server)' : ''}`;
    fail(`${why}. Last lines of ${logPath}:\n${logTail()}`);
  }
  child.unref();
  console.log('');
  console.log(devEnv.webSideloadInstructions({ manifestPath: join(root, 'manifest.xml'), certDir, logPath }));
  process.exit(0);
}

try {
  if (devEnv.routeFor(process.platform) === 'desktop') await startDesktop();
  else await startWeb();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
