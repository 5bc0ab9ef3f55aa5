/**
 * Word fires the selection-changed event for the add-in's own `select()` too. goTo raises this short-lived
 * flag first, and the change listener ignores events while it is up.
 */
const OWN_SELECTION_MS = 1500;
let ownSelectionUntil = 0;

export function markOwnSelection(now: number = Date.now()): void {
  ownSelectionUntil = now + OWN_SELECTION_MS;
}

export function isOwnSelection(now: number = Date.now()): boolean {
  return now < ownSelectionUntil;
}
