import type { StoredMeeting } from '../model/stored';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The next per-item ref (`2.1-A1`, `2.1-A2` …) after every ref already used in the document: refs are
 * assigned once, so a number is never handed out twice even when earlier actions were deleted afterwards.
 */
export function nextItemRef(itemNumber: string, usedRefs: readonly string[]): string {
  const pattern = new RegExp(`^${escapeRegExp(itemNumber)}-A(\\d+)$`);
  const highest = usedRefs.reduce((max, ref) => {
    const n = Number(pattern.exec(ref.trim())?.[1] ?? 0);
    return Math.max(max, n);
  }, 0);
  return `${itemNumber}-A${highest + 1}`;
}

/** The next per-year ref (`17/2022`) and the stored counters moved on past it. */
export function nextYearRef(
  stored: StoredMeeting,
  year: string,
): { ref: string; refs: StoredMeeting['refs'] } {
  const n = stored.refs.nextYearNumber;
  return { ref: `${n}/${year}`, refs: { ...stored.refs, nextYearNumber: n + 1 } };
}
