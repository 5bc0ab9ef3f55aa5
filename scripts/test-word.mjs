// `npm run test:word`: the Word scenarios in real Word, through the test kit (docs/word-kit.md).
// Windows/macOS: builds the kit, serves it with its results server on https://localhost:3100, sideloads it into
// desktop Word with office-addin-debugging, waits for the report the kit posts, prints it and exits 0 (all
// passed), 1 (a failure, a refused document, nothing ran) or 2 (no report in time).
// Linux: there is no desktop Word; prints the steps for Word on the web. `-- --serve` serves the kit and waits
// for the report from Word on the web in the same way. `-- --minutes N` sets how long to wait (default 20).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devEnv from './dev-env.cjs';
import kitServer from './kit-server.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist-kit');
const manifestPath = join(outDir, 'manifest-kit.xml');
const args = process.argv.slice(2);
const serveOnWeb = args.includes('--serve');
const minutesAt = args.indexOf('--minutes');
const minutes = minutesAt >= 0 ? Number(args[minutesAt + 1]) : 20;

function fail(message, code = 1) {
  console.error(`\nnpm run test:word: ${message}`);
  process.exit(code);
}

if (!Number.isFinite(minutes) || minutes <= 0)
  fail('--minutes needs a number of minutes, e.g. --minutes 30.', 2);
const route = devEnv.routeFor(process.platform);
if (route === 'web' && !serveOnWeb) {
  console.log(kitServer.webSteps({ serving: false, manifestPath: 'dist-kit/manifest-kit.xml' }));
  process.exit(0);
}

console.log('Building the test kit (webpack --env kit)…');
const built = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--env', 'kit', '--mode', 'development'],
  { cwd: root, stdio: 'inherit' },
);
if (built.status !== 0) fail('the kit did not build; see the messages above.');
writeFileSync(manifestPath, kitServer.servedManifest(readFileSync(manifestPath, 'utf8')));

/** Localhost certificates: office-addin-dev-certs' (installed and trusted on the desktop), else .certs/. */
async function certificates() {
  if (route === 'desktop') {
    try {
      const devCerts = await import('office-addin-dev-certs');
      await devCerts.ensureCertificatesAreInstalled();
    } catch (error) {
      fail(`could not install the development certificates: ${error.message}`);
    }
  }
  const dirs = [join(homedir(), '.office-addin-dev-certs'), join(root, '.certs')];
  let dir = dirs.find((d) => devEnv.certificateState(d).usable);
  const { ca, cert, key } = devEnv.CERT_FILES;
  if (!dir && route === 'web') {
    // As `npm start` does on Linux: a self-signed set in .certs/, not installed anywhere.
    dir = join(root, '.certs');
    console.log('Creating development certificates in .certs/.');
    rmSync(dir, { recursive: true, force: true });
    const devCerts = await import('office-addin-dev-certs');
    await devCerts.generateCertificates(join(dir, ca), join(dir, cert), join(dir, key), 30);
  }
  if (!dir || !devEnv.certificateState(dir).usable)
    fail('no usable localhost certificate in ~/.office-addin-dev-certs or .certs/: run `npm start` once.');
  return { cert: readFileSync(join(dir, cert)), key: readFileSync(join(dir, key)) };
}

const server = kitServer.createKitServer({ staticDir: outDir, tls: await certificates() });
try {
  await server.listen(kitServer.KIT_PORT, 'localhost');
} catch (error) {
  fail(`could not listen on https://localhost:${kitServer.KIT_PORT} (${error.message}).`);
}

const debugging = devEnv.toolPath(root, 'office-addin-debugging');
if (route === 'desktop') {
  if (!existsSync(debugging)) fail('office-addin-debugging is not installed: run `npm ci` first.');
  console.log(
    'Opening Word with the test kit. Open the kit from Home > Add-ins if it does not open by itself.',
  );
  const started = spawnSync(debugging, kitServer.desktopKitArgs(manifestPath), {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (started.status !== 0) fail(`office-addin-debugging stopped with exit code ${started.status}.`);
} else {
  console.log(kitServer.webSteps({ serving: true, manifestPath }));
}

console.log(`\nWaiting up to ${minutes} minutes for the kit's results…`);
const report = await server.nextReport(minutes * 60_000);
await server.close();
if (route === 'desktop')
  spawnSync(debugging, ['stop', manifestPath], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
if (report) console.log(`\n${kitServer.reportLines(report)}\n`);
const { code, reason } = kitServer.exitCodeFor(report);
console.log(`npm run test:word: ${reason}. Record the run in docs/word-compat.md.`);
process.exit(code);
