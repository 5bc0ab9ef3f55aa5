import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { HostInfo } from '../host/types';

/** Fluent's theme for the Office theme the host reported. */
export function themeFor(theme: HostInfo['theme']): Theme {
  if (theme === 'dark') return webDarkTheme;
  if (theme === 'highContrast') return teamsHighContrastTheme;
  return webLightTheme;
}
