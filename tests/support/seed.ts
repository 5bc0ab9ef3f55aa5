import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder beside the checkout (CI lays a copy there too). Its text is never copied into the project. */
export const SHARED_DIR = join(__dirname, '..', '..', '..', 'shared');

export function readSeedText(name = 'assurance-meeting-2022-08.txt'): string {
  return readFileSync(join(SHARED_DIR, 'seed', name), 'utf8');
}
