// Which Chromium the tests, benchmarks and screenshots drive, decided at run time:
// $PLAYWRIGHT_CHROMIUM_EXECUTABLE if set, else a system Chromium, else Playwright's own build.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} undefined means "let Playwright use its own Chromium". */
export function chromiumExecutable() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUM_PATHS.find((p) => existsSync(p));
}

/** Without these flags Chromium keeps calling home, which a closed network answers with floods of errors. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps'];
