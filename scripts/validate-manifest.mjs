// `npm run validate`: the offline manifest check (scripts/manifest-check.cjs).
// `npm run validate -- --online` also asks Microsoft's validation service (needs the network; never otherwise).
// `npm run validate -- dist/manifest.xml` checks another manifest (icons are looked up in assets/ beside it,
// or in the project's assets/).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import devEnv from './dev-env.cjs';
import manifestCheck from './manifest-check.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const online = args.includes('--online');
const unknown = args.filter((a) => a.startsWith('-') && a !== '--online');
if (unknown.length > 0) {
  console.error(
    `Unknown option ${unknown.join(', ')}. Usage: npm run validate [-- [--online] [path/to/manifest.xml]]`,
  );
  process.exit(2);
}
const manifestPath = resolve(args.find((a) => !a.startsWith('-')) ?? join(root, 'manifest.xml'));
if (!existsSync(manifestPath)) {
  console.error(`No manifest at ${manifestPath}.`);
  process.exit(2);
}
const besideManifest = join(dirname(manifestPath), 'assets');
const assetsDir = existsSync(besideManifest) ? besideManifest : join(root, 'assets');

const faults = manifestCheck.checkManifest(readFileSync(manifestPath, 'utf8'), { assetsDir });
if (faults.length > 0) {
  console.error(`${manifestPath}: ${faults.length} problem${faults.length === 1 ? '' : 's'} found offline:`);
  for (const fault of faults) console.error(`  [${fault.code}] ${fault.message}`);
} else {
  console.log(`${manifestPath}: the offline check passed.`);
}

let onlineFailed = false;
if (online) {
  console.log("Asking Microsoft's manifest validation service (office-addin-manifest validate)…");
  const bin = devEnv.toolPath(root, 'office-addin-manifest');
  const result = spawnSync(bin, ['validate', manifestPath], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`Could not run office-addin-manifest: ${result.error.message}. Run \`npm ci\` first.`);
    onlineFailed = true;
  } else if (result.status !== 0) {
    console.error(
      `The online validation failed (exit ${result.status}). It needs the network to reach Microsoft.`,
    );
    onlineFailed = true;
  }
}

process.exit(faults.length > 0 || onlineFailed ? 1 : 0);
