import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared folder beside the checkout: the model meeting (seed/) and the corpus of real minutes (corpus/).
 * Only the `shared`, `shared-pane` and `corpus` jest projects (npm run test:shared) may use it; the default run
 * is guarded against it (tests/setup/self-contained.js). MINUTEBOOK_SHARED_DIR points it elsewhere.
 * Its text is never copied into the project.
 */
export const SHARED_DIR = resolve(
  process.env.MINUTEBOOK_SHARED_DIR ?? join(__dirname, '..', '..', '..', 'shared'),
);

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

export function readSeedText(name = 'assurance-meeting-2022-08.txt'): string {
  return readFileSync(sharedPath('seed', name), 'utf8');
}
