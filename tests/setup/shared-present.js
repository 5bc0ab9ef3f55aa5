// Global setup of the suites that read ../shared (npm run test:shared): without the folder they fail at once,
// with one line that says what is missing. They never skip.
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

module.exports = async function sharedPresent() {
  const dir = resolve(process.env.MINUTEBOOK_SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'));
  const missing = ['seed/assurance-meeting-2022-08.txt', 'corpus/README.md'].filter(
    (p) => !existsSync(join(dir, p)),
  );
  if (missing.length > 0) {
    const message = `npm run test:shared needs the shared folder beside the checkout: ${missing
      .map((p) => join(dir, p))
      .join(
        ' and ',
      )} ${missing.length > 1 ? 'are' : 'is'} missing (set MINUTEBOOK_SHARED_DIR to point elsewhere).`;
    const error = new Error(message);
    error.stack = message;
    throw error;
  }
};
