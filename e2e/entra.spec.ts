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
    await expect(alert).toContainText('2026-12-04T10:00:00');
    await expect(alert).toContainText(/Intune/);
    await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Front desk');
  });

  for (const path of [
    {
      radio: 'Through a group assignment of the configuration',
      field: 'Group assignment ID',
      id: '8e2d4c6a-1b3f-4a5e-9d7c-0f1e2d3c4b5a',
      tail: (id: string) => `/groupAssignments/${id}/deviceConfiguration/assignedAccessMultiModeProfiles`,
    },
    {
      radio: "Through a domain-join configuration's network access configuration",
      field: 'Network access configuration ID',
      id: '4a7b9c1d-2e3f-4061-8a9b-c0d1e2f3a4b5',
      tail: (id: string) => `/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/${id}/assignedAccessMultiModeProfiles`,
    },
  ]) {
    test(`request path "${path.field}": the URL shown is the URL posted to`, async ({ page }) => {
      await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
      const calls = await fakeGraph(page, { onAction: async (_call, route) => route.fulfill({ status: 204, headers: corsHeaders(route.request()) }) });
      await signIn(page);
      await designOneProfile(page);
      await setTarget(page, LOBBY?.id ?? '');
      const direct = `https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations/${LOBBY?.id}/assignedAccessMultiModeProfiles`;
      await expect(page.getByLabel('Request method and URL')).toHaveText(`POST${direct}`);

      const paths = page.getByRole('radiogroup', { name: 'Request path' });
      await paths.getByRole('radio', { name: path.radio }).check();
      const submit = page.getByRole('button', { name: 'Submit to Graph' });
      // The extra id is required before anything can be sent.
      await expect(submit).toBeDisabled();
      await page.getByRole('textbox', { name: path.field }).fill(path.id);
      const pathname = `/beta/deviceManagement/deviceConfigurations/${LOBBY?.id}${path.tail(path.id)}`;
      await expect(page.getByLabel('Request method and URL')).toHaveText(`POSThttps://graph.microsoft.com${pathname}`);
      await expect(submit).toBeEnabled();
      await submit.click();
      await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
      const posts = calls.filter((c) => c.method === 'POST');
      expect(posts).toHaveLength(1);
      expect(posts[0]?.url.origin).toBe('https://graph.microsoft.com');
      expect(posts[0]?.url.pathname).toBe(pathname);
      expect((posts[0]?.body as { assignedAccessMultiModeProfiles?: { profileName?: string }[] }).assignedAccessMultiModeProfiles?.[0]?.profileName).toBe('Front desk');
    });
  }

  test('submit is gated: an error in the design or a missing target keeps it disabled; a double-click sends one POST', async ({ page }) => {
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const calls = await fakeGraph(page, {
      onAction: async (_call, route) => {
        await held; // keep the first request open while the second click lands
        await route.fulfill({ status: 204, headers: corsHeaders(route.request()) });
      },
    });
    await signIn(page);
    const submit = page.getByRole('button', { name: 'Submit to Graph' });
    const pickLobby = async () => {
      // Picking from the tenant also gets the Graph token, so two clicks could both send at once.
      await page.getByRole('button', { name: 'Choose configuration' }).click();
      const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
      await picker.getByRole('button', { name: /Lobby kiosk/ }).click();
      await expect(picker).toBeHidden();
      await expect(page.getByRole('textbox', { name: 'Device configuration ID' })).toHaveValue(LOBBY?.id ?? '');
    };

    // (a) a valid target, but the profile allows no app: profile.noApps is an error.
    await page.getByRole('textbox', { name: 'Profile name' }).fill('Front desk');
    const accounts = page.getByRole('group', { name: 'User accounts' }).getByRole('textbox');
    await accounts.fill('AzureAD\\frontdesk@contoso.com');
    await accounts.press('Enter');
    await pickLobby();
    await expect(page.getByText('Fix the error in Findings first.')).toBeVisible();
    await expect(submit).toBeDisabled();

    // (b) the design made clean, the target taken away: disabled.
    const aumids = page.getByRole('group', { name: 'App user model IDs' }).getByRole('textbox');
    await aumids.fill(CALCULATOR);
    await aumids.press('Enter');
    await expect(page.getByText('Fix the error in Findings first.')).toHaveCount(0);
    await setTarget(page, '');
    await expect(page.getByText('Set the device configuration ID.')).toBeVisible();
    await expect(submit).toBeDisabled();

    // (c) clean design and a target: enabled.
    await pickLobby();
    await expect(submit).toBeEnabled();

    // (d) one double-click, one request.
    await submit.dblclick();
    await expect.poll(() => calls.filter((c) => c.method === 'POST').length).toBe(1);
    // A barrier instead of a wait: a Graph GET started after the double-click goes through the same
    // token-then-fetch path, so a second POST from the second click would have been sent before it.
    const gets = calls.filter((c) => c.method === 'GET').length;
    await page.getByRole('button', { name: 'Choose configuration' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose a device configuration' });
    await expect(picker.getByRole('status')).toContainText('3 configurations');
    expect(calls.filter((c) => c.method === 'GET').length).toBeGreaterThan(gets);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    release();
    await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    await page.getByRole('button', { name: /^History/ }).click();
    await expect(page.getByRole('dialog', { name: 'Submission history' }).getByRole('listitem')).toHaveCount(1);
  });

  test('the demo tenant is never downloaded in Entra mode: sign-in and submit fetch no demo-tenant chunk', async ({ page }) => {
    const demoChunks: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/assets/demo-tenant-')) demoChunks.push(request.url());
    });
    await fakeEntra(page, { clientId: CLIENT_ID, tenantId: TENANT_ID });
    const calls = await fakeGraph(page, { onAction: async (_call, route) => route.fulfill({ status: 204, headers: corsHeaders(route.request()) }) });
    await signIn(page);
    await designOneProfile(page);
    await setTarget(page, LOBBY?.id ?? '');
    await page.getByRole('button', { name: 'Submit to Graph' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    await page.waitForLoadState('networkidle');
    expect(demoChunks).toEqual([]);
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

test('control: demo mode does download the demo-tenant chunk the Entra-mode test watches for', async ({ page }) => {
  const demoChunks: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/assets/demo-tenant-')) demoChunks.push(request.url());
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await designOneProfile(page);
  await page.getByRole('button', { name: 'Choose configuration' }).click();
  await page.getByRole('dialog', { name: 'Choose a device configuration' }).getByRole('list', { name: 'Device configurations' }).getByRole('button').first().click();
  await page.getByRole('button', { name: 'Submit to demo tenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted' })).toBeVisible();
  expect(demoChunks.length).toBeGreaterThan(0);
});
