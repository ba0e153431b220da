// Fault drills with the fake Entra ID and fake Graph: server errors, hangs, dropped connections,
// HTML error pages, expiring tokens, two tabs, blocked or full storage, a crashing panel.
// In every case the UI says what happened, retries only what is safe, never claims success
// without a 204, and keeps the design.
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';
import { fakeEntra } from './fakes/entra';
import { corsHeaders, fakeGraph } from './fakes/graph';
import { CLIENT_ID, LOBBY, TENANT_ID, designOneProfile, setTarget, signIn, useConfig } from './entra-helpers';

async function readyToSubmit(page: Page, onAction: (route: Route, attempt: number) => Promise<void>) {
  await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  const entra = await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  let attempt = 0;
  const calls = await fakeGraph(page, { onAction: (_call, route) => onAction(route, ++attempt) });
  await signIn(page);
  await designOneProfile(page);
  await setTarget(page, LOBBY?.id ?? '');
  return { entra, posts: () => calls.filter((c) => c.method === 'POST') };
}

const submitButton = (page: Page) => page.getByRole('button', { name: 'Submit to Graph' });
const submitted = (page: Page) => page.getByRole('status').filter({ hasText: 'Submitted' });

async function expectDesignKept(page: Page) {
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
}

const graphError = (route: Route, status: number, code: string) =>
  route.fulfill({ status, headers: corsHeaders(route.request()), contentType: 'application/json', body: JSON.stringify({ error: { code, message: `${code} from the drill` } }) });

test('503 several times: retried a bounded number of times, then a clear error and no success', async ({ page }) => {
  const { posts } = await readyToSubmit(page, (route) => graphError(route, 503, 'ServiceUnavailable'));
  await submitButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: '503' });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(alert).toContainText(/try again/i);
  expect(posts()).toHaveLength(4); // the first try and three retries
  await expect(submitted(page)).toHaveCount(0);
  await expectDesignKept(page);
});

for (const status of [500, 502, 504]) {
  test(`${status}: not retried (it may have been applied), says so, no success`, async ({ page }) => {
    const { posts } = await readyToSubmit(page, (route) => graphError(route, status, 'ServerError'));
    await submitButton(page).click();
    await expect(page.getByRole('alert').filter({ hasText: String(status) })).toBeVisible();
    expect(posts()).toHaveLength(1);
    await expect(submitted(page)).toHaveCount(0);
    await expectDesignKept(page);
  });
}

test('a non-JSON error page is shown as readable text', async ({ page }) => {
  await readyToSubmit(page, (route) =>
    route.fulfill({
      status: 502,
      headers: corsHeaders(route.request()),
      contentType: 'text/html',
      body: '<html><head><title>502 Bad Gateway</title><script>window.__pwned = 1</script></head><body><h1>Bad Gateway</h1><p>The proxy could not reach upstream.</p></body></html>',
    }),
  );
  await submitButton(page).click();
  const alert = page.getByRole('alert').filter({ hasText: '502' });
  await expect(alert).toContainText('Bad Gateway');
  await expect(alert).not.toContainText('<h1>');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(submitted(page)).toHaveCount(0);
});

test('a dropped connection is not retried and is reported', async ({ page }) => {
  const { posts } = await readyToSubmit(page, (route) => route.abort('connectionreset'));
  await submitButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be reached' })).toBeVisible();
  expect(posts()).toHaveLength(1);
  await expect(submitted(page)).toHaveCount(0);
  await expectDesignKept(page);
});

test('Graph hanging past the timeout ends in a timeout message, not a frozen button', async ({ page }) => {
  await page.clock.install();
  let release: () => void = () => undefined;
  const hung = new Promise<void>((resolve) => (release = resolve));
  const { posts } = await readyToSubmit(page, async (route) => {
    await hung;
    await route.abort('timedout').catch(() => undefined);
  });
  await submitButton(page).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sending the profiles' })).toBeVisible();
  await page.clock.fastForward('00:45');
  await expect(page.getByRole('alert').filter({ hasText: /did not answer in time/ })).toBeVisible();
  expect(posts()).toHaveLength(1);
  await expect(submitted(page)).toHaveCount(0);
  await expect(submitButton(page)).toBeEnabled();
  release();
});

test('an expired access token is renewed silently on the next submit', async ({ page }) => {
  await page.clock.install();
  const { entra, posts } = await readyToSubmit(page, (route) => route.fulfill({ status: 204, headers: corsHeaders(route.request()) }));
  await submitButton(page).click();
  await expect(submitted(page)).toBeVisible();
  const firstToken = posts()[0]?.headers['authorization'];
  // Jump past the token's lifetime (one hour) and submit again.
  await page.clock.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
  await submitButton(page).click();
  await expect.poll(() => posts().length).toBe(2);
  await expect(submitted(page)).toBeVisible();
  const secondToken = posts()[1]?.headers['authorization'];
  expect(secondToken).not.toBe(firstToken);
  expect(entra.tokenRequests.some((f) => f.get('grant_type') === 'refresh_token')).toBe(true);
  expect(entra.authorizeRequests).toHaveLength(1); // no new interactive sign-in
});

/** Refresh tokens refused as expired (24 hours for a single-page app) once `refuse.on` is set. */
function expiringRefreshTokens(refuse: { on: boolean }) {
  return (form: URLSearchParams) =>
    refuse.on && form.get('grant_type') === 'refresh_token'
      ? { status: 400, json: { error: 'invalid_grant', error_description: 'AADSTS700084: The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended.', error_codes: [700084], suberror: 'bad_token' } }
      : undefined;
}

test('an expired refresh token is renewed in a hidden frame through the redirect bridge, without leaving the page', async ({ page }) => {
  await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  const refuse = { on: false };
  const entra = await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID, onToken: expiringRefreshTokens(refuse) });
  const calls = await fakeGraph(page, { onAction: (_c, route) => route.fulfill({ status: 204, headers: corsHeaders(route.request()) }) });
  await signIn(page);
  await designOneProfile(page);
  await setTarget(page, LOBBY?.id ?? '');
  // A marker that a page load would wipe: the renewal must not navigate the app away.
  await page.evaluate(() => ((window as unknown as { __stayed: boolean }).__stayed = true));
  // The first submit needs the Graph write scope: MSAL redeems the refresh token, refused now.
  refuse.on = true;

  await submitButton(page).click();
  await expect(submitted(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  // Cache → refresh token (refused) → prompt=none in a frame, answered at the bridge page.
  expect(entra.tokenRequests.some((f) => f.get('grant_type') === 'refresh_token')).toBe(true);
  expect(entra.authorizeRequests).toHaveLength(2);
  const silent = entra.authorizeRequests[1];
  expect(silent?.searchParams.get('prompt')).toBe('none');
  expect(silent?.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/redirect-bridge\.html$/);
  await expectDesignKept(page);
});

test('when the session cannot be renewed silently, the admin signs in again and the design survives', async ({ page }) => {
  await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  const refuse = { on: false };
  const entra = await fakeEntra(page, {
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    onToken: expiringRefreshTokens(refuse),
    // Entra ID's own session has ended too, so the hidden frame cannot help either.
    onSilentAuthorize: () => ({ error: 'login_required', error_description: 'AADSTS50058: A silent sign-in request was sent but no user is signed in.' }),
  });
  const calls = await fakeGraph(page, { onAction: (_c, route) => route.fulfill({ status: 204, headers: corsHeaders(route.request()) }) });
  await signIn(page);
  await designOneProfile(page);
  await setTarget(page, LOBBY?.id ?? '');
  refuse.on = true;
  await submitButton(page).click();
  // Refresh token refused, the hidden frame answered login_required → MSAL says interaction is
  // required → the page goes to Entra ID and comes back.
  await expect.poll(() => entra.authorizeRequests.length).toBe(3);
  expect(entra.authorizeRequests[1]?.searchParams.get('prompt')).toBe('none');
  expect(entra.authorizeRequests[2]?.searchParams.get('prompt')).not.toBe('none');
  await expect(page.getByLabel('Signed in as ada@contoso.com')).toBeVisible();
  await expectDesignKept(page);
  await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).toHaveValue(LOBBY?.id ?? '');
  await submitButton(page).click();
  await expect(submitted(page)).toBeVisible();
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
});

test('two tabs keep their own designs; a reload in either restores its own latest work', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/');
  await b.goto('/');
  await a.getByRole('textbox', { name: 'Profile name' }).fill('Tab A design');
  await b.getByRole('textbox', { name: 'Profile name' }).fill('Tab B design');
  await expect(a.getByText('Another tab of the designer saved a different design')).toBeVisible();
  await a.reload();
  await b.reload();
  await expect(a.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Tab A design');
  await expect(b.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Tab B design');
});

test('storage unavailable (private mode): the designer works and warns that drafts cannot be kept', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'drafts cannot be kept' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Still works');
  await expect(page.getByLabel('Request body JSON')).toContainText('"profileName": "Still works"');
});

test('storage full: the designer works and warns that the latest changes are not saved', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (value.length > 200) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Too big to keep');
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(page.getByLabel('Request body JSON')).toContainText('"profileName": "Too big to keep"');
});

test('a crash inside one panel shows a recoverable error for that panel and keeps the design', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  // Make serialising one profile for the preview throw, as a bug in that panel would.
  await page.evaluate(() => {
    const original = JSON.stringify;
    JSON.stringify = function (value: unknown, ...rest: unknown[]) {
      if (value && typeof value === 'object' && (value as Record<string, unknown>)['profileName'] === 'CRASH') throw new Error('drill: preview exploded');
      return (original as (...args: unknown[]) => string).call(JSON, value, ...rest);
    } as typeof JSON.stringify;
  });
  await page.getByRole('textbox', { name: 'Profile name' }).fill('CRASH');
  const alert = page.getByRole('alert').filter({ hasText: 'The request preview ran into a problem' });
  await expect(alert).toBeVisible();
  // The rest of the app still works and the design is kept.
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('CRASH');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk again');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByLabel('Request body JSON')).toContainText('"profileName": "Front desk again"');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk again');
});

test('the rules failing to download say so (not "checking" forever), block submit, and load on "Try again"', async ({ page }) => {
  // The rules arrive as their own chunk just after the first screen; drop it, as a lost
  // connection or a deployment that replaced the files would.
  let drop = true;
  await page.route(/\/assets\/lint-[^/]*\.js$/, (route) => (drop ? route.abort('connectionfailed') : route.continue()));
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  const findings = page.getByRole('region', { name: 'Findings' });
  const alert = findings.getByRole('alert');
  await expect(alert).toContainText('The design rules could not be loaded');
  await expect(findings.getByText('Not checked.')).toBeVisible();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The design could not be checked: reload the page (see Findings).')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Submit to demo tenant' })).toBeDisabled();
  await expectNoViolations(page, 'rules not downloaded');

  drop = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(alert).toHaveCount(0);
  await expect(findings.getByRole('button', { name: /no app is allowed/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
});

test('popups and themes that fail to download give a message in place; the designer stays', async ({ page }) => {
  await page.route(/\/assets\/(value-help|theme-menu|lazy-themes)-[^/]*\.js$/, (route) => route.abort('connectionfailed'));
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');

  const failure = page.getByRole('alert').filter({ hasText: 'This dialog could not be opened: its code could not be downloaded.' });
  const help = page.getByRole('group', { name: 'App user model IDs' }).getByRole('button', { name: 'How do I find this value?' });
  await help.click();
  await expect(failure).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
  await expectNoViolations(page, 'popup could not be downloaded');
  // Dismissed, it goes; asked again, it says so again.
  await failure.getByRole('button', { name: 'Dismiss' }).click();
  await expect(failure).toHaveCount(0);
  await help.click();
  await expect(failure).toBeVisible();
  await failure.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('button', { name: /^Theme:/ }).click();
  await expect(failure).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
});

test('a remembered dark theme that fails to download starts the designer in light', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('kiosk-profile-designer:theme', 'dark'));
  await page.route(/\/assets\/lazy-themes-[^/]*\.js$/, (route) => route.abort('connectionfailed'));
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  await expect(page.getByLabel('Request body JSON')).toContainText('"profileName": "Front desk"');
});

test('choosing a theme that fails to download says so and keeps the current one', async ({ page }) => {
  await page.route(/\/assets\/lazy-themes-[^/]*\.js$/, (route) => route.abort('connectionfailed'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Theme: Light' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(page.getByRole('region', { name: 'Notices' }).getByRole('status')).toContainText('The Dark theme could not be downloaded');
  await expect(page.getByRole('button', { name: 'Theme: Light' })).toBeVisible();
});

test('parts loaded after the first screen that fail to download say so in place; the preview and download stay', async ({ page }) => {
  let drop = true;
  await page.route(/\/assets\/(submit-panel|export-actions|troubleshooting-panel)-[^/]*\.js$/, (route) =>
    drop ? route.abort('connectionfailed') : route.continue(),
  );
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
  for (const what of ['The submit panel', 'The Snippets and Assigned Access XML tools', 'The troubleshooting notes']) {
    await expect(page.getByRole('alert').filter({ hasText: `${what} could not be downloaded` })).toBeVisible();
  }
  await expectNoViolations(page, 'deferred parts not downloaded');
  // The request body can still be taken away, and the design is intact.
  await expect(page.getByRole('button', { name: 'Download request body' })).toBeEnabled();
  await expect(page.getByLabel('Request body JSON')).toContainText('"profileName": "Front desk"');

  drop = false;
  await page.getByRole('alert').filter({ hasText: 'The submit panel could not be downloaded' }).getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Submit to demo tenant' })).toBeVisible();
  await page.getByRole('alert').filter({ hasText: 'The Snippets and Assigned Access XML tools' }).getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Snippets' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be downloaded' })).toHaveCount(1);
});
