// Before `npm test`: the browser and command-line tests run the BUILT pane and CLI, so build when
// dist/ is missing or older than the sources. A fresh build (as in CI, after `npm run build`) is kept.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const outputs = ['dist/taskpane.html', 'dist/commands.html', 'dist/manifest.xml', 'dist/cli/cli/bin.js'];
const inputs = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'tsconfig.cli.json', 'package-lock.json'];

function newest(path) {
  const full = join(root, path);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(full).map((name) => newest(join(path, name))));
}

const built = outputs.map((o) => (existsSync(join(root, o)) ? statSync(join(root, o)).mtimeMs : 0));
const oldestOutput = Math.min(...built);
if (oldestOutput > 0 && oldestOutput >= Math.max(...inputs.map(newest))) {
  console.log('ensure-build: dist/ is up to date.');
} else {
  console.log('ensure-build: building the pane and the CLI first (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('ensure-build: the build failed; the browser and CLI tests need it. Fix the build and run npm test again.');
    process.exit(result.status ?? 1);
  }
}
