import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './scripts/chromium.mjs';

// E2E_PORT / E2E_DIST let several checkouts or agents run e2e side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST;

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumExecutable(),
      // The app is served on localhost while the fake Entra ID plays the public login host.
      // Chromium's Local Network Access checks would block MSAL's hidden renewal frame on its way
      // back from the "public" login host to the "local" redirect bridge; declaring the test
      // server public puts both where they are in production.
      args: [...CHROMIUM_ARGS, `--ip-address-space-overrides=127.0.0.1:${PORT}=public,[::1]:${PORT}=public`],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } }],
  webServer: {
    // e2e runs against the production build: `npm run build` first (npm test does).
    command: `npx vite preview --port ${PORT} --strictPort${DIST ? ` --outDir ${DIST} --bypass-lock` : ''}`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
