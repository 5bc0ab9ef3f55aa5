/*
 * What jsdom lacks and every browser the pane runs in has: TextEncoder/TextDecoder (the export code) and
 * ResizeObserver (Fluent's MessageBar). Node's encoders are the same API; the observer here never fires.
 * Belongs in tests/setup/jsdom.ts; kept here until the lead moves it.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  class QuietResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: QuietResizeObserver });
}
