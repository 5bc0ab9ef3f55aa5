import { useCallback, useState } from 'react';

const KEY = 'minutebook.reviewerName';

/** A UI preference, kept in this browser only; a blocked storage just means typing the name again. */
function loadName(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function saveName(name: string): void {
  try {
    globalThis.localStorage?.setItem(KEY, name);
  } catch {
    // Storage refused (private mode, policy): the name lasts for this session only.
  }
}

/** The name recorded with dismissals: typed once, remembered, defaulting to whoever dismissed last here. */
export function useReviewerName(fallback: string): [string, (name: string) => void] {
  const [name, setName] = useState(() => loadName() || fallback);
  const update = useCallback((next: string) => {
    setName(next);
    saveName(next);
  }, []);
  return [name, update];
}
