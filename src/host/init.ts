import { themeFromMedia, themeFromOffice, type OfficeThemeColours } from './theme';
import type { HostInfo } from './types';

export const DEFAULT_LANGUAGE = 'en-GB';
/** Outside Office (a plain browser with Office.js loaded) onReady may never answer: the preview after this. */
export const READY_TIMEOUT_MS = 3000;
/** Inside Office, onReady can take longer than that on a slow network: wait this long before giving up. */
export const HOSTED_READY_TIMEOUT_MS = 60000;

export interface InitHostOptions {
  timeoutMs?: number;
  hostedTimeoutMs?: number;
  /** The page's `window.name`; defaults to the window's. */
  windowName?: string;
  /** Called once when the pane is inside Office and onReady has not answered within `timeoutMs`. */
  onWaiting?: () => void;
  /** The page's URL (for `?view=`); defaults to the window's. */
  url?: string;
  matchMedia?: (query: string) => { matches: boolean };
}

interface OfficeLike {
  onReady: () => Promise<{ host: unknown; platform: unknown }>;
  context?: {
    displayLanguage?: string;
    officeTheme?: OfficeThemeColours;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

function officeGlobal(): OfficeLike | null {
  const candidate = (globalThis as { Office?: OfficeLike }).Office;
  return candidate && typeof candidate.onReady === 'function' ? candidate : null;
}

function requestedViewOf(url: string | undefined): string | null {
  try {
    const href = url ?? globalThis.location?.href;
    return href ? new URL(href).searchParams.get('view') : null;
  } catch {
    return null;
  }
}

/**
 * Whether the page was opened by Office, before Office.onReady answers. Office adds `_host_Info=` to the add-in's
 * URL, and Office.js itself reads the host's details from `window.name` (`hostInfo`, `xdmInfo`: the
 * OSF.WindowNameItemKeys of @microsoft/office-js). Neither is documented as a contract: a question for the
 * in-Word kit, which sees what each platform passes.
 */
export function looksOpenedByOffice(url: string | undefined, windowName: string | undefined): boolean {
  try {
    const href = url ?? globalThis.location?.href;
    if (href && new URL(href).searchParams.has('_host_Info')) return true;
  } catch {
    /* not a URL: fall through */
  }
  const name = windowName ?? (globalThis as { name?: string }).name ?? '';
  return /"(hostInfo|xdmInfo)"\s*:/.test(name) || name.includes('_host_Info=');
}

/** Office.onReady, but never longer than `ms`; null when it timed out or failed. */
async function readyWithin(
  office: OfficeLike,
  ms: number,
): Promise<{ host: unknown; platform: unknown } | null> {
  if (ms === Number.POSITIVE_INFINITY) return office.onReady().catch(() => null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([office.onReady().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(0, ms));
    (timer as { unref?: () => void }).unref?.();
  });
}

/** What the pane needs to know of its host. Outside Office it answers quickly; it never throws or hangs. */
export async function initHost(options: InitHostOptions = {}): Promise<HostInfo> {
  const matchMedia =
    options.matchMedia ??
    (typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia.bind(globalThis) : undefined);
  const outside: HostInfo = {
    inOffice: false,
    platform: null,
    displayLanguage: globalThis.navigator?.language || DEFAULT_LANGUAGE,
    theme: themeFromMedia(matchMedia),
    supportsWordApi: () => false,
    requestedView: requestedViewOf(options.url),
  };
  const office = officeGlobal();
  if (!office) return outside;
  const ready = readyWithin(office, Number.POSITIVE_INFINITY);
  const quick = await Promise.race([
    ready,
    delay(options.timeoutMs ?? READY_TIMEOUT_MS).then(() => 'late' as const),
  ]);
  let info: Awaited<typeof ready> = quick === 'late' ? null : quick;
  if (quick === 'late') {
    // Inside Office a slow network can hold onReady back: wait (the pane says "Connecting to Word…"), and only
    // outside Office fall back to the preview.
    if (!looksOpenedByOffice(options.url, options.windowName)) return outside;
    options.onWaiting?.();
    const waited = options.hostedTimeoutMs ?? HOSTED_READY_TIMEOUT_MS;
    info = await Promise.race([
      ready,
      delay(waited - (options.timeoutMs ?? READY_TIMEOUT_MS)).then(() => null),
    ]);
  }
  if (!info || !info.host) return outside;
  const context = office.context;
  return {
    inOffice: true,
    platform: typeof info.platform === 'string' ? info.platform : null,
    displayLanguage: context?.displayLanguage || DEFAULT_LANGUAGE,
    theme: themeFromOffice(context?.officeTheme) ?? themeFromMedia(matchMedia),
    supportsWordApi: (version) => {
      try {
        return context?.requirements?.isSetSupported('WordApi', version) ?? false;
      } catch {
        return false;
      }
    },
    requestedView: outside.requestedView,
  };
}
