/*
 * The pane's component tests run in jsdom. It lacks what every browser the pane runs in has:
 * TextEncoder/TextDecoder (the export code) and ResizeObserver (Fluent's MessageBar). Node's encoders are
 * the same API; the observer here never fires.
 */
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
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

// The first lazy view in a file is compiled on demand by ts-jest; on a loaded 2-core machine that can take over
// Testing Library's default 1 s wait. A longer wait changes no assertion: findBy* still fails when nothing appears.
configure({ asyncUtilTimeout: 5000 });
