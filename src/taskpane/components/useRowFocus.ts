import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * Reordering a list with focus that follows the moved row: Alt+ArrowUp / Alt+ArrowDown on any control in a
 * row, or its Up/Down buttons. Rows are drawn by position, so after a move the same control (`data-field`)
 * in the row's new place (`data-row`) gets the focus back.
 */
export function useRowReorder(
  listRef: RefObject<HTMLElement | null>,
  move: (key: string, delta: number) => string | null,
) {
  const pending = useRef<{ row: string; field: string | null } | null>(null);

  useEffect(() => {
    const want = pending.current;
    if (!want || !listRef.current) return;
    pending.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-row="${want.row}"]`);
    const target = (want.field && row?.querySelector<HTMLElement>(`[data-field="${want.field}"]`)) || row;
    target?.focus();
  });

  const moveFollowing = useCallback(
    (key: string, delta: number, field: string | null) => {
      const newKey = move(key, delta);
      if (newKey !== null) pending.current = { row: newKey, field };
    },
    [move],
  );

  const onKeyDown = useCallback(
    (key: string) => (event: KeyboardEvent<HTMLElement>) => {
      if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      event.stopPropagation();
      const field = (event.target as HTMLElement).closest<HTMLElement>('[data-field]')?.dataset.field ?? null;
      moveFollowing(key, event.key === 'ArrowUp' ? -1 : 1, field);
    },
    [moveFollowing],
  );

  return { onKeyDown, moveFollowing };
}
