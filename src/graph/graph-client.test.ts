// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { GraphClientOptions, WaitInfo } from './graph-client';
import { createGraphClient } from './graph-client';
import { DEMO_IDS, createDemoGraph } from './demo-tenant';
import { GraphError } from './graph-error';

const BASE = 'https://graph.microsoft.com/beta';
const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-token-value.sig';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTION = `/deviceManagement/deviceConfigurations/${DEMO_IDS.frontDesk}/assignedAccessMultiModeProfiles`;
const BODY = {
  assignedAccessMultiModeProfiles: [
    {
      '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
      id: 'cfa70299-0299-cfa7-9902-a7cf9902a7cf',
      profileName: 'Front desk',
      showTaskBar: true,
      appUserModelIds: ['Microsoft.WindowsCalculator_8wekyb3d8bbwe!App'],
      desktopAppPaths: [],
      userAccounts: ['contoso\\frontdesk'],
    },
  ],
};

function setup(overrides: Partial<GraphClientOptions> = {}) {
  const demo = createDemoGraph();
  const waits: number[] = [];
  const waitInfos: WaitInfo[] = [];
  let tokenCalls = 0;
  const client = createGraphClient({
    baseUrl: BASE,
    getToken: async () => {
      tokenCalls += 1;
      return TOKEN;
    },
    fetch: demo.fetch,
    sleep: async (ms) => {
      waits.push(ms);
    },
    onWait: (info) => waitInfos.push(info),
    random: () => 0.5,
    ...overrides,
  });
  return { demo, client, waits, waitInfos, tokenCalls: () => tokenCalls };
}

async function rejection(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

function everythingIn(error: GraphError): string {
  const props = Object.getOwnPropertyNames(error).map((name) => String((error as unknown as Record<string, unknown>)[name]));
  return [JSON.stringify(error), String(error), error.stack ?? '', error.message, error.advice, error.supportDetails, ...props].join('\n');
}

describe('createGraphClient', () => {
  it('sends bearer, JSON headers and a client-request-id GUID', async () => {
    const { demo, client } = setup();
    const response = await client.request('POST', ACTION, { body: BODY });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
    const [request] = demo.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${BASE}${ACTION}`);
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['client-request-id']).toMatch(GUID);
    expect(response.clientRequestId).toBe(request?.headers['client-request-id']);
    expect(response.requestId).toMatch(GUID);
    expect(response.date).toBeTruthy();
    expect(demo.submissions).toEqual([{ path: ACTION, body: BODY, headers: request?.headers }]);
  });

  it('sends no Content-Type without a body and parses JSON answers', async () => {
    const { demo, client } = setup();
    const response = await client.request<{ id: string; displayName: string }>('GET', `/deviceManagement/deviceConfigurations/${DEMO_IDS.lobbyKiosk}`);
    expect(response.data).toMatchObject({ id: DEMO_IDS.lobbyKiosk, displayName: 'Lobby kiosk' });
    expect(demo.requests[0]?.headers['content-type']).toBeUndefined();
  });

  it('retries a 429 after Retry-After with a fresh client-request-id and token, posting once', async () => {
    const { demo, client, waits, waitInfos, tokenCalls } = setup();
    demo.injectFault({ kind: 'response', status: 429, headers: { 'Retry-After': '2' } });
    const response = await client.request('POST', ACTION, { body: BODY });
    expect(response.status).toBe(204);
    expect(waits).toEqual([2000]);
    expect(waitInfos).toEqual([{ seconds: 2, attempt: 1, status: 429, reason: expect.stringContaining('2 s') as unknown as string }]);
    expect(demo.submissions).toHaveLength(1);
    expect(demo.requests).toHaveLength(2);
    const [first, second] = demo.requests.map((request) => request.headers['client-request-id']);
    expect(first).toMatch(GUID);
    expect(second).toMatch(GUID);
    expect(first).not.toBe(second);
    expect(tokenCalls()).toBe(2);
    expect(demo.submissions[0]?.body).toEqual(BODY);
  });

  it('honours Retry-After as an HTTP date and caps it at 120 s', async () => {
    const { demo, client, waits } = setup();
    demo.injectFault({ kind: 'response', status: 503, headers: { 'Retry-After': new Date(Date.now() + 10 * 60_000).toUTCString() } });
    await client.request('GET', '/deviceManagement/deviceConfigurations');
    expect(waits).toEqual([120_000]);
  });

  it('backs off exponentially with jitter on 503 without Retry-After', async () => {
    const { demo, client, waits, waitInfos } = setup();
    demo.injectFault({ kind: 'response', status: 503, times: 3 });
    const response = await client.request('GET', '/deviceManagement/deviceConfigurations');
    expect(response.status).toBe(200);
    // random() = 0.5 → +10 % jitter on 1, 2, 4 s
    expect(waits).toEqual([1100, 2200, 4400]);
    expect(waitInfos.map((info) => info.attempt)).toEqual([1, 2, 3]);
    expect(waitInfos.every((info) => info.status === 503)).toBe(true);
  });

  it('gives up after maxRetries with the last 429 as a GraphError', async () => {
    const { demo, client, waits } = setup();
    demo.injectFault({ kind: 'response', status: 429, times: 4, headers: { 'Retry-After': '1' } });
    const error = await rejection(client.request('POST', ACTION, { body: BODY }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(1);
    expect(error.advice).toMatch(/throttling.*Wait 1 s/);
    expect(waits).toHaveLength(3);
    expect(demo.requests).toHaveLength(4);
    expect(demo.submissions).toHaveLength(0);
  });

  it('does not retry other statuses such as 500', async () => {
    const { demo, client, waits } = setup();
    demo.injectFault({ kind: 'response', status: 500 });
    const error = await rejection(client.request('GET', '/deviceManagement/deviceConfigurations'));
    expect(error.status).toBe(500);
    expect(error.advice).toMatch(/try again in a few minutes/i);
    expect(waits).toEqual([]);
    expect(demo.requests).toHaveLength(1);
  });

  it('times out, and never retries the POST', async () => {
    const { demo, client, waits } = setup({ timeoutMs: 20 });
    demo.injectFault({ kind: 'hang', times: 5 });
    const error = await rejection(client.request('POST', ACTION, { body: BODY }));
    expect(error.kind).toBe('timeout');
    expect(error.advice).toMatch(/0\.02 s.*may or may not have been applied/);
    expect(error.clientRequestId).toMatch(GUID);
    expect(demo.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('reports a network failure as kind network, and never retries the POST', async () => {
    const { demo, client } = setup();
    demo.injectFault({ kind: 'network', times: 5 });
    const error = await rejection(client.request('POST', ACTION, { body: BODY }));
    expect(error.kind).toBe('network');
    expect(error.advice).toMatch(/connection.*proxy/);
    expect(demo.requests).toHaveLength(1);
  });

  it('retries a GET once after a network failure', async () => {
    const { demo, client, waitInfos } = setup();
    demo.injectFault({ kind: 'network' });
    const response = await client.request('GET', '/deviceManagement/deviceConfigurations');
    expect(response.status).toBe(200);
    expect(waitInfos).toHaveLength(1);
    expect(waitInfos[0]?.status).toBe(0);

    const again = setup();
    again.demo.injectFault({ kind: 'network', times: 2 });
    expect((await rejection(again.client.request('GET', '/deviceManagement/deviceConfigurations'))).kind).toBe('network');
    expect(again.demo.requests).toHaveLength(2);
  });

  it('reports a caller abort as kind aborted', async () => {
    const { demo, client } = setup();
    demo.injectFault({ kind: 'hang' });
    const controller = new AbortController();
    const pending = client.request('GET', '/deviceManagement/deviceConfigurations', { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).kind).toBe('aborted');

    // …and while the request is in flight.
    demo.injectFault({ kind: 'hang' });
    const inFlight = new AbortController();
    const later = client.request('POST', ACTION, { body: BODY, signal: inFlight.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(demo.requests).toHaveLength(1);
    inFlight.abort();
    const error = await rejection(later);
    expect(error.kind).toBe('aborted');
    expect(error.advice).toMatch(/may or may not have been applied/);
  });

  it('serialises the body exactly once', async () => {
    const { demo, client } = setup();
    let reads = 0;
    const body = {
      toJSON() {
        reads += 1;
        return BODY;
      },
    };
    demo.injectFault({ kind: 'response', status: 503, times: 2 });
    await client.request('POST', ACTION, { body });
    expect(reads).toBe(1);
    expect(demo.submissions).toHaveLength(1);
  });

  it('follows absolute URLs on the same origin only', async () => {
    const { demo, client } = setup();
    await client.request('GET', `${BASE}/deviceManagement/deviceConfigurations?$skiptoken=5`);
    expect(demo.requests).toHaveLength(1);
    const error = await rejection(client.request('GET', 'https://evil.example.com/beta/deviceManagement/deviceConfigurations'));
    expect(error.message).toContain('https://evil.example.com');
    expect(demo.requests).toHaveLength(1);
    await expect(rejection(client.request('GET', 'https://graph.microsoft.com.evil.example/beta/x'))).resolves.toBeInstanceOf(GraphError);
  });

  it('propagates getToken errors unchanged (the auth layer owns them)', async () => {
    const tokenError = new Error('interaction_required');
    const { client, demo } = setup({ getToken: () => Promise.reject(tokenError) });
    await expect(client.request('GET', '/deviceManagement/deviceConfigurations')).rejects.toBe(tokenError);
    expect(demo.requests).toHaveLength(0);
  });

  it('never puts the token in an error, whatever the failure', async () => {
    const failures: ((demo: ReturnType<typeof createDemoGraph>) => void)[] = [
      (demo) => demo.injectFault({ kind: 'response', status: 403 }),
      (demo) => demo.injectFault({ kind: 'response', status: 401 }),
      (demo) => demo.injectFault({ kind: 'network' }),
      (demo) => demo.injectFault({ kind: 'hang' }),
      // A misbehaving proxy echoing the Authorization header back in its error page.
      (demo) => demo.injectFault({ kind: 'response', status: 502, body: `<html><body>Bad gateway for Bearer ${TOKEN}</body></html>` }),
      (demo) => demo.injectFault({ kind: 'response', status: 400, body: { error: { code: 'BadRequest', message: `token ${TOKEN} rejected` } } }),
    ];
    for (const fail of failures) {
      const { demo, client } = setup({ timeoutMs: 20 });
      fail(demo);
      const error = await rejection(client.request('POST', ACTION, { body: BODY }));
      expect(everythingIn(error)).not.toContain(TOKEN);
      expect(everythingIn(error)).not.toContain('secret-token-value');
    }
  });

  it('returns undefined data for an empty or non-JSON 2xx body', async () => {
    const { demo, client } = setup();
    demo.injectFault({ kind: 'response', status: 200, body: '' });
    expect((await client.request('GET', '/x')).data).toBeUndefined();
  });
});
