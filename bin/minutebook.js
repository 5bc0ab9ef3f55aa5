#!/usr/bin/env node
// The minutebook command: built by `npm run build` into dist/cli.
try {
  require('../dist/cli/cli/bin.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && /dist[\\/]cli/.test(String(error.message))) {
    process.stderr.write('minutebook: not built yet. Run `npm ci && npm run build` first.\n');
    process.exit(2);
  }
  throw error;
}
