// The pure parts of `npm start` / `npm stop`: which route a platform takes, whether a certificate folder is
// usable, and the sideload instructions. CommonJS so that the .mjs scripts and the jest tests share it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { X509Certificate } = require('node:crypto');

const DEV_PORT = 3000;
const DEV_PANE_URL = `https://localhost:${DEV_PORT}/taskpane.html`;
const CERT_FILES = { ca: 'ca.crt', cert: 'localhost.crt', key: 'localhost.key' };

/** Whether a process with this pid is alive (signal 0 only asks). */
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A tool installed by npm ci, e.g. office-addin-debugging (a .cmd shim on Windows). */
function toolPath(root, name) {
  return path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

/** Windows and macOS sideload into desktop Word; everywhere else (Linux) serves for Word on the web. */
function routeFor(platform) {
  return platform === 'win32' || platform === 'darwin' ? 'desktop' : 'web';
}

/**
 * Arguments for `office-addin-debugging start` on Windows/macOS. Its platform defaults to Windows even on a
 * Mac, so say "desktop" unless the user chose one (`npm start -- web --document <url>`); always Word, port 3000.
 */
function desktopStartArgs(userArgs) {
  const args = [...userArgs];
  if (args.length === 0 || args[0].startsWith('-')) args.unshift('desktop');
  if (!args.includes('--app')) args.push('--app', 'word');
  if (!args.includes('--dev-server-port')) args.push('--dev-server-port', String(DEV_PORT));
  return ['start', 'manifest.xml', ...args];
}

/**
 * Whether a folder holds a usable localhost certificate: { usable: true } or { usable: false, reason }.
 * Expiring within a day counts as expired, so a long session does not lose its certificate halfway.
 */
function certificateState(dir, now = new Date()) {
  for (const file of Object.values(CERT_FILES)) {
    if (!fs.existsSync(path.join(dir, file)))
      return { usable: false, reason: `${file} is missing in ${dir}` };
  }
  let certificate;
  try {
    certificate = new X509Certificate(fs.readFileSync(path.join(dir, CERT_FILES.cert)));
  } catch (error) {
    return {
      usable: false,
      reason: `${path.join(dir, CERT_FILES.cert)} is not a certificate (${error.message})`,
    };
  }
  const validTo = new Date(certificate.validTo);
  if (validTo.getTime() - now.getTime() < 24 * 60 * 60 * 1000) {
    return { usable: false, reason: `the certificate in ${dir} expires on ${validTo.toISOString()}` };
  }
  if (!certificate.checkHost('localhost')) {
    return { usable: false, reason: `the certificate in ${dir} is not for localhost` };
  }
  return { usable: true, validTo };
}

/** What to do next in Word on the web, printed once the dev server answers. */
function webSideloadInstructions({ manifestPath, certDir, logPath }) {
  return [
    `Minutebook is being served at ${DEV_PANE_URL}`,
    '',
    'Sideload it into Word on the web:',
    `  1. In your browser, open https://localhost:${DEV_PORT}/taskpane.html once and accept the certificate`,
    `     (it is self-signed; to trust it for good, import ${path.join(certDir, CERT_FILES.ca)} as a certificate authority).`,
    '  2. Open a document in Word on the web (https://www.office.com, sign in, open or create a Word document).',
    '  3. Home tab → Add-ins → More add-ins → My add-ins → Upload my add-in.',
    `  4. Choose this file: ${manifestPath}`,
    '  5. The Minutebook group appears on the Home tab: Minutebook, Insert ACTION, Check minutes.',
    '',
    "Or let Office's tool open the document for you:",
    `  npx office-addin-debugging start manifest.xml web --document <URL of a Word document on the web>`,
    '',
    `Server log: ${logPath}`,
    'Stop the server with: npm stop',
  ].join('\n');
}

module.exports = {
  DEV_PORT,
  DEV_PANE_URL,
  CERT_FILES,
  routeFor,
  isRunning,
  toolPath,
  desktopStartArgs,
  certificateState,
  webSideloadInstructions,
};
