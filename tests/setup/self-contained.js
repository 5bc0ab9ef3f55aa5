// Setup of every default-run jest project (npm test): the run must pass on a clone with nothing beside it, so
// any read of the shared folder (../shared, or MINUTEBOOK_SHARED_DIR) fails the test that made it, naming the
// path. Tests that need the real minutes belong in tests/shared or tests/corpus (npm run test:shared).
const fs = require('node:fs');
const childProcess = require('node:child_process');
const { join, resolve, sep } = require('node:path');
const { fileURLToPath } = require('node:url');

const root = resolve(__dirname, '..', '..');
const sharedDirs = [join(root, '..', 'shared'), process.env.MINUTEBOOK_SHARED_DIR]
  .filter(Boolean)
  .map((dir) => resolve(dir));

function sharedPathIn(value) {
  if (value instanceof URL) return sharedPathIn(value.protocol === 'file:' ? fileURLToPath(value) : '');
  if (Buffer.isBuffer(value)) return sharedPathIn(value.toString());
  if (typeof value !== 'string' || value === '') return null;
  // A command line may name the path inside a longer string; a path argument is resolved as fs would.
  const candidates = value.includes(' ') ? value.split(/\s+/) : [value];
  for (const candidate of candidates) {
    if (candidate === '') continue;
    const full = resolve(candidate.replace(/^['"]|['"]$/g, ''));
    if (sharedDirs.some((dir) => full === dir || full.startsWith(dir + sep))) return full;
  }
  return null;
}

function refuse(what, path) {
  throw new Error(
    `${what} ${path}: the default test run (npm test) must not read the shared folder. ` +
      'Use the project’s own fixtures, or move this test to tests/shared (npm run test:shared).',
  );
}

function guard(target, names, what, argsOf) {
  for (const name of names) {
    const original = target[name];
    if (typeof original !== 'function' || original.__selfContained) continue;
    const wrapped = function guarded(...args) {
      for (const arg of argsOf(args)) {
        const hit = sharedPathIn(arg);
        if (hit) refuse(`${what} ${name}`, hit);
      }
      return original.apply(this, args);
    };
    wrapped.__selfContained = true;
    target[name] = wrapped;
  }
}

const pathArgs = (args) => [args[0]];
guard(
  fs,
  [
    'readFileSync',
    'readFile',
    'openSync',
    'open',
    'createReadStream',
    'readdirSync',
    'readdir',
    'existsSync',
    'statSync',
    'stat',
    'lstatSync',
    'accessSync',
    'access',
    'copyFileSync',
    'cpSync',
    'opendirSync',
  ],
  'fs',
  pathArgs,
);
guard(
  fs.promises,
  ['readFile', 'open', 'readdir', 'stat', 'access', 'copyFile', 'cp', 'opendir'],
  'fs.promises',
  pathArgs,
);
// Child processes: the command, its arguments and its working folder.
const commandArgs = (args) => [
  args[0],
  ...(Array.isArray(args[1]) ? args[1] : []),
  ...args.filter((a) => a && typeof a === 'object' && !Array.isArray(a)).map((o) => o.cwd),
];
guard(
  childProcess,
  ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork'],
  'child_process',
  commandArgs,
);
