// Entra mode end to end: the real MSAL library against a fake Entra ID and a fake Graph at the
// real hosts (page.route). Roles and labels only.
import { expect, serveForCloud, test } from './fixtures';
import { fakeEntra } from './fakes/entra';
import { corsHeaders, fakeGraph, type GraphCall } from './fakes/graph';
import { CALCULATOR, CLIENT_ID, GUID, LOBBY, TENANT_ID, designOneProfile, setTarget, signIn, useConfig } from './entra-helpers';

function checkSubmit(call: GraphCall, host: string, token: string | undefined): string[] {
  const problems: string[] = [];
  if (call.method !== 'POST') problems.push(`method ${call.method}`);
  if (call.url.origin !== `https://${host}`) problems.push(`origin ${call.url.origin}`);
  if (call.url.pathname !== `/beta/deviceManagement/deviceConfigurations/${LOBBY?.id}/assignedAccessMultiModeProfiles`) problems.push(`path ${call.url.pathname}`);
  if (call.headers['authorization'] !== `Bearer ${token}`) problems.push(`authorization ${call.headers['authorization']}`);
  if (!call.headers['content-type']?.startsWith('application/json')) problems.push(`content-type ${call.headers['content-type']}`);
  if (!GUID.test(call.headers['client-request-id'] ?? '')) problems.push(`client-request-id ${call.headers['client-request-id']}`);
  const body = call.body as { assignedAccessMultiModeProfiles?: Record<string, unknown>[] };
  const profiles = body?.assignedAccessMultiModeProfiles;
  if (!Array.isArray(profiles) || profiles.length !== 1) return [...problems, 'body has not exactly one profile'];
  const [p] = profiles;
  if (p?.['@odata.type'] !== '#microsoft.graph.windowsAssignedAccessProfile') problems.push('@odata.type');
  if (!GUID.test(String(p?.id))) problems.push('id');
  if (p?.profileName !== 'Front desk') problems.push('profileName');
  if (p?.showTaskBar !== true) problems.push('showTaskBar');
  if (JSON.stringify(p?.appUserModelIds) !== JSON.stringify([CALCULATOR])) problems.push('appUserModelIds');
  if (JSON.stringify(p?.desktopAppPaths) !== '[]') problems.push('desktopAppPaths');
  if (JSON.stringify(p?.userAccounts) !== JSON.stringify(['AzureAD\\frontdesk@contoso.com'])) problems.push('userAccounts');
  return problems;
}

test.describe('Entra mode', () => {
  test.beforeEach(async ({ page }) => {
    await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
  });

  test('signs in, picks a configuration from the tenant and submits the exact body', async ({ page }) => {
    const entra = await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    const problems: string[][] = [];
    const calls = await fakeGraph(page, {
      onAction: async (call, route) => {
        const found = checkSubmit(call, 'graph.microsoft.com', entra.issued.at(-1));
        problems.push(found);
        await route.fulfill(
          found.length === 0
            ? { status: 204, headers: { ...corsHeaders(route.request()), 'request-id': 'req-204' } }
            : { status: 400, headers: corsHeaders(route.request()), contentType: 'application/json', body: JSON.stringify({ error: { code: 'BadRequest', message: found.join('; ') } }) },
        );
      },
    });
    await signIn(page);
    // Sign-in asked only for identity; the Intune scope comes later (incremental consent).
    expect(entra.authorizeRequests[0]?.searchParams.get('scope')).not.toContain('DeviceManagementConfiguration');
    await designOneProfile(page);

    await page.getByRole('button', { name: 'Choose configuration' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
    await expect(picker.getByRole('status')).toContainText('3 configurations'); // both pages of @odata.nextLink
    await picker.getByRole('textbox', { name: 'Filter by name' }).fill('lobby');
    await picker.getByRole('button', { name: /Lobby kiosk/ }).click();
    await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).toHaveValue(LOBBY?.id ?? '');
    const list = calls.find((c) => c.method === 'GET');
    expect(list?.url.searchParams.get('$select')).toContain('displayName');
    expect(list?.headers['authorization']).toMatch(/^Bearer fake-access-token-\d+$/);

    await expect(page.getByLabel('Request method and URL')).toHaveText(
      `POSThttps://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/${LOBBY?.id}/assignedAccessMultiModeProfiles`,
    );
    await page.getByRole('button', { name: 'Submit to Graph' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toContainText('Lobby kiosk');
    expect(problems).toEqual([[]]);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    const scopes = entra.tokenRequests.map((f) => f.get('scope') ?? '').join(' ');
    expect(scopes).toContain('https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All');

    await page.getByRole('button', { name: /^History/ }).click();
    const history = page.getByRole('dialog', { name: 'Submission history' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history.getByRole('listitem').first()).toContainText('Front desk');
  });

  test('waits for Retry-After on 429 and then succeeds with exactly one accepted POST', async ({ page }) => {
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    let attempts = 0;
    const calls = await fakeGraph(page, {
      onAction: async (_call, route) => {
        attempts += 1;
        if (attempts === 1) {
          return route.fulfill({
            status: 429,
            headers: { ...corsHeaders(route.request()), 'retry-after': '2' },
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests' } }),
          });
        }
        return route.fulfill({ status: 204, headers: corsHeaders(route.request()) });
      },
    });
    await signIn(page);
    await designOneProfile(page);
    await setTarget(page, LOBBY?.id ?? '');
    await page.getByRole('button', { name: 'Submit to Graph' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Waiting \d+ s/ })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible({ timeout: 10_000 });
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(attempts).toBe(2);
    expect(posts[0]?.headers['client-request-id']).not.toBe(posts[1]?.headers['client-request-id']);
  });

  test('a 403 with an Intune-style nested message shows the inner message and request-id', async ({ page }) => {
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    const inner = {
      _version: 3,
      Message: 'User is not authorized to perform this operation - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000',
      CustomApiErrorPhrase: '',
      RetryAfter: null,
      ErrorSourceService: '',
      HttpHeaders: '{}',
    };
    await fakeGraph(page, {
      onAction: async (_call, route) =>
        route.fulfill({
          status: 403,
          headers: { ...corsHeaders(route.request()), 'request-id': 'f00dfeed-0000-4000-8000-000000000403' },
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'Forbidden',
              message: JSON.stringify(inner),
              innerError: { date: '2026-12-04T10:00:00', 'request-id': 'f00dfeed-0000-4000-8000-000000000403', 'client-request-id': 'x' },
            },
          }),
        }),
    });
    await signIn(page);
    await designOneProfile(page);
    await setTarget(page, LOBBY?.id ?? '');
    await page.getByRole('button', { name: 'Submit to Graph' }).click();
    const alert = page.getByRole('alert').filter({ hasText: '403' });
    await expect(alert).toContainText('User is not authorized to perform this operation');
    await expect(alert).not.toContainText('_version');
    await expect(alert).toContainText('f00dfeed-0000-4000-8000-000000000403');
    await expect(alert).toContainText(/Intune/);
    await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
  });

  test('offline: says Graph cannot be reached and keeps the design', async ({ page }) => {
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    await fakeGraph(page, { onAction: async (_call, route) => route.abort('internetdisconnected') });
    await signIn(page);
    await designOneProfile(page);
    await setTarget(page, LOBBY?.id ?? '');
    await page.getByRole('button', { name: 'Submit to Graph' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be reached' });
    await expect(alert).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
  });

  test('signing out keeps the design', async ({ page }) => {
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    await signIn(page);
    await designOneProfile(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
    await expect(page.getByRole('group', { name: 'User accounts' }).getByText('AzureAD\\frontdesk@contoso.com', { exact: true })).toBeVisible();
  });

  test('an AADSTS error from Entra ID becomes advice the admin can act on', async ({ page }) => {
    await fakeEntra(page, {
      clientId: CLIENT_ID,
      tenantId: TENANT_ID,
      onToken: () => ({
        status: 400,
        json: {
          error: 'invalid_request',
          error_description: "AADSTS9002326: Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
          error_codes: [9002326],
        },
      }),
    });
    await page.goto('/');
    await page.getByRole('textbox', { name: 'Profile name' }).fill('Kept');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'AADSTS9002326' });
    await expect(alert).toContainText('Single-page application');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Kept');
  });

  test('a reload after sign-in keeps the session and the design', async ({ page }) => {
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    await signIn(page);
    await designOneProfile(page);
    await page.reload();
    await expect(page.getByLabel('Signed in as ada@contoso.com')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
    await expect(page.getByRole('group', { name: 'App user model IDs' }).getByText(CALCULATOR, { exact: true })).toBeVisible();
  });
});

test('the usgov cloud signs in at login.microsoftonline.us and posts to graph.microsoft.us', async ({ page }) => {
  await useConfig(page, { clientId: CLIENT_ID, tenantId: TENANT_ID, cloud: 'usgov' });
  await serveForCloud(page, 'usgov');
  const entra = await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID, loginHost: 'login.microsoftonline.us' });
  let globalCalls = 0;
  await page.route('https://login.microsoftonline.com/**', (route) => {
    globalCalls += 1;
    return route.abort();
  });
  await page.route('https://graph.microsoft.com/**', (route) => {
    globalCalls += 1;
    return route.abort();
  });
  const calls = await fakeGraph(page, { host: 'graph.microsoft.us', onAction: async (_call, route) => route.fulfill({ status: 204, headers: corsHeaders(route.request()) }) });
  await signIn(page);
  expect(entra.authorizeRequests[0]?.host).toBe('login.microsoftonline.us');
  await designOneProfile(page);
  await setTarget(page, LOBBY?.id ?? '');
  await page.getByRole('button', { name: 'Submit to Graph' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
  const post = calls.find((c) => c.method === 'POST');
  expect(post?.url.host).toBe('graph.microsoft.us');
  expect(entra.tokenRequests.map((f) => f.get('scope')).join(' ')).toContain('https://graph.microsoft.us/DeviceManagementConfiguration.ReadWrite.All');
  expect(globalCalls).toBe(0);
});

test('a config.json with mistakes shows what is wrong instead of the designer', async ({ page }) => {
  await useConfig(page, { clientId: 'not-a-guid', cloud: 'mars' });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('clientId');
  await expect(alert).toContainText('cloud');
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveCount(0);
});
