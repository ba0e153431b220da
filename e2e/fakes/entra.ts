// A fake Microsoft Entra ID at the real login host, played through page.route, so the real MSAL
// library runs unmodified: OpenID metadata, authorize (302 back with code and state), the token
// endpoint (unsigned id_token carrying the request's nonce), and logout.
import type { Page, Route } from '@playwright/test';

export interface FakeEntraOptions {
  loginHost?: string;
  tenantId?: string;
  clientId: string;
  username?: string;
  name?: string;
  /** Access tokens issued, newest last; tests check the Graph calls carry the right one. */
  issued?: string[];
  /** Called for each token request; return a response to override (e.g. an AADSTS error). */
  onToken?: (form: URLSearchParams) => { status: number; json: unknown } | undefined;
  /**
   * Called for each silent authorize request (`prompt=none`, MSAL's hidden iframe). Return an
   * OAuth error to send back instead of a code (e.g. `login_required` when Entra ID's own session
   * has ended); by default the session is alive and a code comes back.
   */
  onSilentAuthorize?: (url: URL) => { error: string; error_description: string } | undefined;
}

export interface FakeEntra {
  loginHost: string;
  tenantId: string;
  issued: string[];
  tokenRequests: URLSearchParams[];
  authorizeRequests: URL[];
}

const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Sends the browser back to the app. A page that navigates (rather than a 302) makes the return a
 * fresh navigation, which page.route sees — Playwright does not intercept requests that follow a
 * redirect — so tests can serve the app's HTML with the headers of another cloud.
 */
function sendBack(route: Route, location: string) {
  const escaped = location.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return route.fulfill({
    status: 200,
    contentType: 'text/html',
    body: `<!doctype html><meta http-equiv="refresh" content="0;url=${escaped}"><title>Signing in</title>`,
  });
}

export async function fakeEntra(page: Page, options: FakeEntraOptions): Promise<FakeEntra> {
  const loginHost = options.loginHost ?? 'login.microsoftonline.com';
  const tenantId = options.tenantId ?? '72f988bf-86f1-41af-91ab-2d7cd011db47';
  const username = options.username ?? 'ada@contoso.com';
  const oid = '9f4e1c2a-6b0d-4d1e-9a41-0b7c6f3e2d11';
  const state: FakeEntra = { loginHost, tenantId, issued: options.issued ?? [], tokenRequests: [], authorizeRequests: [] };
  const nonces = new Map<string, string>(); // code → nonce
  let tokenCount = 0;

  const cors = (route: Route) => ({
    'access-control-allow-origin': route.request().headers()['origin'] ?? '*',
    'access-control-allow-credentials': 'true',
  });

  await page.route(`https://${loginHost}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname;

    if (path.endsWith('/.well-known/openid-configuration')) {
      const base = `https://${loginHost}/${tenantId}`;
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json', ...cors(route) },
        body: JSON.stringify({
          token_endpoint: `${base}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          issuer: `https://${loginHost}/${tenantId}/v2.0`,
          jwks_uri: `${base}/discovery/v2.0/keys`,
          response_modes_supported: ['query', 'fragment', 'form_post'],
          cloud_instance_name: loginHost.endsWith('.us') ? 'microsoftonline.us' : 'microsoftonline.com',
          tenant_region_scope: 'NA',
        }),
      });
    }

    if (path.includes('/discovery/instance')) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json', ...cors(route) },
        body: JSON.stringify({
          tenant_discovery_endpoint: `https://${loginHost}/${tenantId}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: loginHost, preferred_cache: loginHost, aliases: [loginHost] }],
        }),
      });
    }

    if (path.endsWith('/oauth2/v2.0/authorize')) {
      state.authorizeRequests.push(url);
      const redirect = url.searchParams.get('redirect_uri') ?? '';
      const mode = url.searchParams.get('response_mode') ?? 'fragment';
      const back = (params: URLSearchParams) => sendBack(route, mode === 'query' ? `${redirect}?${params}` : `${redirect}#${params}`);
      const refusal = url.searchParams.get('prompt') === 'none' ? options.onSilentAuthorize?.(url) : undefined;
      if (refusal) return back(new URLSearchParams({ ...refusal, state: url.searchParams.get('state') ?? '' }));
      const code = `code-${state.authorizeRequests.length}`;
      nonces.set(code, url.searchParams.get('nonce') ?? '');
      const params = new URLSearchParams({
        code,
        state: url.searchParams.get('state') ?? '',
        client_info: b64url(JSON.stringify({ uid: oid, utid: tenantId })),
      });
      return back(params);
    }

    if (path.endsWith('/oauth2/v2.0/token')) {
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: { ...cors(route), 'access-control-allow-headers': '*', 'access-control-allow-methods': 'POST' } });
      const form = new URLSearchParams(request.postData() ?? '');
      state.tokenRequests.push(form);
      const override = options.onToken?.(form);
      if (override) {
        return route.fulfill({ status: override.status, headers: { 'content-type': 'application/json', ...cors(route) }, body: JSON.stringify(override.json) });
      }
      const now = Math.floor(Date.now() / 1000);
      const code = form.get('code') ?? '';
      const idToken = [
        b64url(JSON.stringify({ typ: 'JWT', alg: 'none' })),
        b64url(
          JSON.stringify({
            aud: options.clientId,
            iss: `https://${loginHost}/${tenantId}/v2.0`,
            iat: now,
            nbf: now,
            exp: now + 3600,
            name: options.name ?? 'Ada Lovelace',
            oid,
            preferred_username: username,
            sub: 'sub-ada',
            tid: tenantId,
            nonce: nonces.get(code) ?? '',
            ver: '2.0',
          }),
        ),
        '',
      ].join('.');
      tokenCount += 1;
      const accessToken = `fake-access-token-${tokenCount}`;
      state.issued.push(accessToken);
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'application/json', ...cors(route) },
        body: JSON.stringify({
          token_type: 'Bearer',
          scope: form.get('scope') ?? '',
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: accessToken,
          refresh_token: `fake-refresh-token-${tokenCount}`,
          id_token: idToken,
          client_info: b64url(JSON.stringify({ uid: oid, utid: tenantId })),
        }),
      });
    }

    if (path.endsWith('/oauth2/v2.0/logout')) {
      const back = url.searchParams.get('post_logout_redirect_uri') ?? '/';
      return sendBack(route, back);
    }

    return route.fulfill({ status: 404, headers: cors(route), body: `fake Entra ID has no ${path}` });
  });
  return state;
}
