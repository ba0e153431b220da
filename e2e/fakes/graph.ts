// A fake Microsoft Graph at the real Graph host, played through page.route. Each test gives the
// handler for the action; the device configuration list is served here with paging.
import type { Page, Request, Route } from '@playwright/test';

export const CONFIGURATIONS = [
  { '@odata.type': '#microsoft.graph.windows10GeneralConfiguration', id: '5d9c2b1e-7a44-4f0e-9c3b-2a1f6e8d4c70', displayName: 'Kiosk – Front desk' },
  { '@odata.type': '#microsoft.graph.windowsKioskConfiguration', id: '0b6f3a52-91d8-4c2e-8e57-3f9a1d2c6b84', displayName: 'Lobby kiosk' },
  { '@odata.type': '#microsoft.graph.windows10CustomConfiguration', id: 'c47e1d09-2b3a-4f65-a8d1-6e0f9b2c3a15', displayName: 'Warehouse scanners (OMA-URI)' },
];

export interface GraphCall {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

export type ActionHandler = (call: GraphCall, route: Route) => Promise<void>;

export function corsHeaders(request: Request): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers()['origin'] ?? '*',
    'access-control-expose-headers': 'request-id, client-request-id, Date, Retry-After',
  };
}

export async function fakeGraph(page: Page, options: { host?: string; onAction: ActionHandler }): Promise<GraphCall[]> {
  const host = options.host ?? 'graph.microsoft.com';
  const calls: GraphCall[] = [];
  await page.route(`https://${host}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') {
      return route.fulfill({
        status: 204,
        headers: { ...corsHeaders(request), 'access-control-allow-headers': 'authorization, content-type, client-request-id, accept', 'access-control-allow-methods': 'GET, POST' },
      });
    }
    const url = new URL(request.url());
    let body: unknown;
    const raw = request.postData();
    if (raw) body = JSON.parse(raw);
    const call: GraphCall = { method: request.method(), url, headers: await request.allHeaders(), body };
    calls.push(call);
    const base = { ...corsHeaders(request), 'request-id': `req-${calls.length}`, 'client-request-id': call.headers['client-request-id'] ?? '' };

    if (request.method() === 'GET' && url.pathname === '/beta/deviceManagement/deviceConfigurations') {
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const page1 = CONFIGURATIONS.slice(skip, skip + 2);
      const next = skip + 2 < CONFIGURATIONS.length ? `https://${host}/beta/deviceManagement/deviceConfigurations?$select=${url.searchParams.get('$select')}&$skiptoken=${skip + 2}` : undefined;
      return route.fulfill({
        status: 200,
        headers: { ...base, 'content-type': 'application/json' },
        body: JSON.stringify({ value: page1, ...(next ? { '@odata.nextLink': next } : {}) }),
      });
    }
    if (request.method() === 'POST' && url.pathname.endsWith('/assignedAccessMultiModeProfiles')) {
      return options.onAction(call, route);
    }
    return route.fulfill({ status: 404, headers: { ...base, 'content-type': 'application/json' }, body: JSON.stringify({ error: { code: 'ResourceNotFound', message: `fake Graph has no ${url.pathname}` } }) });
  });
  return calls;
}
