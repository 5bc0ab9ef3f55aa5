/** What Office hands a ribbon function: it must hear `completed()` on every path. */
export interface RibbonEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type RibbonHandler = () => Promise<void>;

/**
 * The one place that calls Office.actions.associate. Each handler runs, and `event.completed()` follows
 * whether it worked or failed: a ribbon function has no UI, and Office waits for it otherwise.
 */
export function registerRibbonCommands(handlers: Record<string, RibbonHandler>): Promise<void> {
  return Office.onReady().then(() => {
    for (const [id, handler] of Object.entries(handlers)) {
      Office.actions.associate(id, (event: RibbonEvent) => completeAfter(handler, event));
    }
  });
}

export async function completeAfter(handler: RibbonHandler, event: RibbonEvent): Promise<void> {
  try {
    await handler();
  } catch {
    // Nothing to show: a ribbon function has no UI. The document is left as the operation reported.
  } finally {
    event.completed();
  }
}
