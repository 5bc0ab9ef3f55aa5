import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { recordingIo } from './recording-io';

/** Output shapes on the model meeting are in tests/support/model/cli-suites.ts (tests/cli/model-document.test.ts). */
describe('minutebook check exit code', () => {
  it('exits 1 when an error-severity problem is found and 0 when none is', async () => {
    const rec = recordingIo();
    writeFileSync(
      join(rec.cwd, 'no-chair.txt'),
      'Team meeting\nDate: 1 May 2024\nVenue: Room 1\n1. Updates\n',
    );
    expect(await main(['check', 'no-chair.txt'], rec.io)).toBe(1);
    writeFileSync(
      join(rec.cwd, 'complete.txt'),
      [
        'Team meeting',
        'Date: 1 May 2024',
        'Chair: Ann Lee',
        'Minute-taker: Bob Stone',
        'Venue: Room 1',
        'Present: Ann Lee (AL), Bob Stone (BS)',
        '1. Updates',
        'Ann Lee gave the update.',
        'Date of next meeting: 5 June 2024',
      ].join('\n'),
    );
    expect(await main(['check', 'complete.txt'], rec.io)).toBe(0);
  });
});
