// Shared e2e fixtures. Every test runs under the production Content Security Policy (served by
// `vite preview`) and fails if the page violates it; tests that expect a violation take it out
// of `cspViolations` themselves.
import { test as base, expect, type Page } from '@playwright/test';
import { securityHeaders } from '../src/config/security-headers';
import type { CloudName } from '../src/config/clouds';

export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'the page violated its Content Security Policy').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Serves the app's HTML with the headers a host configured for `cloud` would send. */
export async function serveForCloud(page: Page, cloud: CloudName): Promise<void> {
  await page.route(
    (url) => url.hostname === 'localhost' && (url.pathname === '/' || url.pathname === '/index.html'),
    async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
      await route.fulfill({ response, headers: { ...headers, ...securityHeaders(cloud) } });
    },
  );
}
