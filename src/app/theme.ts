// One theme map for the whole app: light, dark and high contrast, remembered per browser.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';
export const THEMES: Record<ThemeName, { label: string; theme: Theme }> = {
  light: { label: 'Light', theme: webLightTheme },
  dark: { label: 'Dark', theme: webDarkTheme },
  highContrast: { label: 'High contrast', theme: teamsHighContrastTheme },
};

const KEY = 'kiosk-profile-designer:theme';

export function initialTheme(): ThemeName {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark' || saved === 'highContrast') return saved;
  } catch {
    // Storage blocked: fall through to the system preference.
  }
  if (window.matchMedia?.('(forced-colors: active)').matches) return 'highContrast';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function rememberTheme(name: ThemeName): void {
  try {
    window.localStorage.setItem(KEY, name);
  } catch {
    // Not remembering the theme is harmless.
  }
}
