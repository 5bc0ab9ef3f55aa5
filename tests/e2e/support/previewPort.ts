import type { Page } from 'playwright-core';
import type { Location } from '../../../src/core/model/location';

/**
 * The pane does not expose its in-memory document port, so the tests find it the way React's developer
 * tools find components: a stand-in `__REACT_DEVTOOLS_GLOBAL_HOOK__` (installed before the page's scripts run)
 * keeps every committed root, and the port is the `port` prop that has a `lastGoTo` field.
 */
export const PREVIEW_PORT_HOOK = `(() => {
  const roots = new Set();
  window.__minutebookE2eRoots = roots;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) { const id = this.renderers.size + 1; this.renderers.set(id, renderer); return id; },
    onCommitFiberRoot(_id, root) { roots.add(root); },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
})();`;

interface PortSnapshot {
  lastGoTo: Location | null;
  cursor: number;
  paragraphs: { text: string; tag: string | null }[];
  /** Where each paragraph sits in a table (row and cell), null outside tables; same order as `paragraphs`. */
  cells: ({ row: number; cell: number } | null)[];
}

/** What the preview's in-memory document holds now: its paragraphs, cursor and the last jump. */
export async function readPreviewPort(page: Page): Promise<PortSnapshot> {
  const snapshot = await page.evaluate(() => {
    type Fiber = { memoizedProps?: { port?: Record<string, unknown> }; child?: Fiber; sibling?: Fiber };
    const roots = (window as unknown as { __minutebookE2eRoots?: Set<{ current: Fiber }> })
      .__minutebookE2eRoots;
    for (const root of roots ?? []) {
      const stack: (Fiber | undefined)[] = [root.current];
      while (stack.length > 0) {
        const fiber = stack.pop();
        if (!fiber) continue;
        const port = fiber.memoizedProps?.port;
        if (port && typeof port === 'object' && 'lastGoTo' in port) {
          const body = (port.body ?? []) as {
            text: string;
            contentControl: { tag: string } | null;
            table: { row: number; cell: number } | null;
          }[];
          return {
            lastGoTo: (port.lastGoTo ?? null) as never,
            cursor: Number(port.cursorIndex),
            paragraphs: body.map((p) => ({ text: p.text, tag: p.contentControl?.tag ?? null })),
            cells: body.map((p) => (p.table ? { row: p.table.row, cell: p.table.cell } : null)),
          };
        }
        stack.push(fiber.child, fiber.sibling);
      }
    }
    return null;
  });
  if (!snapshot) {
    throw new Error(
      'The preview document port was not found in the page: is the pane in preview mode, and does React still report its roots to __REACT_DEVTOOLS_GLOBAL_HOOK__?',
    );
  }
  return snapshot;
}

/** Waits (up to about 5 s) for the preview document to record a jump, then returns the document. */
export async function waitForJump(page: Page): Promise<PortSnapshot & { lastGoTo: Location }> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const snapshot = await readPreviewPort(page);
    if (snapshot.lastGoTo) return { ...snapshot, lastGoTo: snapshot.lastGoTo };
    await page.waitForTimeout(50);
  }
  throw new Error('The pane never asked the document to go anywhere (the preview port recorded no goTo).');
}
