import type { HostInfo } from './types';

export type Theme = HostInfo['theme'];

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

/** Relative luminance (WCAG) of a #rrggbb colour; null when it is not one. */
export function luminance(hex: string | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex?.trim() ?? '');
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/**
 * Office gives colours, not a theme name. Dark: the body background is dark (luminance below 0.2).
 * High contrast (heuristic): a pure black background under a pure white, yellow or green text, as Windows'
 * high-contrast themes paint it; Office's own dark theme uses greys, never pure black.
 */
export function themeFromOffice(theme: OfficeThemeColours | undefined): Theme | null {
  const bg = luminance(theme?.bodyBackgroundColor);
  if (bg === null) return null;
  const fg = theme?.bodyForegroundColor?.trim().toUpperCase().replace(/^#?/, '#');
  if (bg === 0 && (fg === '#FFFFFF' || fg === '#FFFF00' || fg === '#00FF00')) return 'highContrast';
  return bg < 0.2 ? 'dark' : 'light';
}

/** Outside Office (or when Office gives no colours): the browser's forced colours, then its colour scheme. */
export function themeFromMedia(matchMedia: ((query: string) => { matches: boolean }) | undefined): Theme {
  if (!matchMedia) return 'light';
  if (matchMedia('(forced-colors: active)').matches) return 'highContrast';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
