import { themeFromMedia, themeFromOffice, type OfficeThemeColours } from './theme';
import type { HostInfo } from './types';

export const DEFAULT_LANGUAGE = 'en-GB';
export const READY_TIMEOUT_MS = 3000;

export interface InitHostOptions {
  timeoutMs?: number;
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

/** Office.onReady, but never longer than `ms`; null when it timed out or failed. */
async function readyWithin(
  office: OfficeLike,
  ms: number,
): Promise<{ host: unknown; platform: unknown } | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([office.onReady().catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
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
  const info = await readyWithin(office, options.timeoutMs ?? READY_TIMEOUT_MS);
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
