// One theme map for the whole app: light, dark and high contrast, remembered per browser.
// Only the light theme is in the first screen's JavaScript; the others load when chosen (or
// before the first render when the browser asks for them), keeping the initial bundle small.
import { webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'highContrast';

export const THEME_LABELS: Record<ThemeName, string> = { light: 'Light', dark: 'Dark', highContrast: 'High contrast' };
export const THEME_NAMES = Object.keys(THEME_LABELS) as ThemeName[];

const KEY = 'kiosk-profile-designer:theme';

export function isThemeName(value: unknown): value is ThemeName {
  return value === 'light' || value === 'dark' || value === 'highContrast';
}

export function initialTheme(): ThemeName {
  try {
    const saved = window.localStorage.getItem(KEY);
    if (isThemeName(saved)) return saved;
  } catch {
    // Storage blocked: fall through to the system preference.
  }
  if (window.matchMedia?.('(forced-colors: active)').matches) return 'highContrast';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'light') return webLightTheme;
  const themes = await import('./lazy-themes');
  return name === 'dark' ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}

export function rememberTheme(name: ThemeName): void {
  try {
    window.localStorage.setItem(KEY, name);
  } catch {
    // Not remembering the theme is harmless.
  }
}
