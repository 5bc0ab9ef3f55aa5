import type { Minutes } from '../../../src/core/model';
import { readMinutes, textToParagraphs } from '../../../src/core/read';

/** A small attendance list in front of the given lines, so owners can resolve. */
export const ATTENDANCE = [
  'Present: Jane Smith (JS) – Chair; Tom Jones (TJ) – Treasurer; Helen Price (HP) – Head of Finance; Gareth Cole (GC) – Clerk; Ravi Mehta (RM) – Finance Director',
  '1. Business',
];

export function read(lines: readonly string[]): Minutes {
  return readMinutes(textToParagraphs([...ATTENDANCE, ...lines].join('\n')));
}

export function owners(lines: readonly string[]): (string | null)[] {
  return read(lines)
    .actions.filter((a) => a.marked)
    .map((a) => a.owner);
}
