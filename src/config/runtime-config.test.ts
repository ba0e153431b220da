// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RuntimeConfigResult } from './runtime-config';
import { loadRuntimeConfig, parseRuntimeConfig, suggestField } from './runtime-config';

const CLIENT = '11111111-2222-4333-8444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

function problemsOf(result: RuntimeConfigResult): string[] {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.config)}`);
  return result.problems;
}

function configOf(result: RuntimeConfigResult) {
  if (!result.ok) throw new Error(`expected a config, got ${result.problems.join(' | ')}`);
  return result.config;
}

describe('parseRuntimeConfig', () => {
  it('reads a complete file in entra mode', () => {
    const config = configOf(
      parseRuntimeConfig({ clientId: CLIENT, tenantId: TENANT, cloud: 'usgov', redirectUri: 'https://kiosk.contoso.com/redirect.html' }, {}),
    );
    expect(config).toEqual({ mode: 'entra', clientId: CLIENT, tenantId: TENANT, cloud: 'usgov', redirectUri: 'https://kiosk.contoso.com/redirect.html' });
  });

  it('defaults to demo mode, organizations and the global cloud', () => {
    expect(configOf(parseRuntimeConfig({}, {}))).toEqual({ mode: 'demo', tenantId: 'organizations', cloud: 'global' });
    expect(configOf(parseRuntimeConfig(undefined, {}))).toEqual({ mode: 'demo', tenantId: 'organizations', cloud: 'global' });
  });

  describe('clientId', () => {
    it('treats an empty string as absent', () => {
      expect(configOf(parseRuntimeConfig({ clientId: '' }, {})).mode).toBe('demo');
      expect(configOf(parseRuntimeConfig({ clientId: '   ' }, {})).mode).toBe('demo');
    });
    it('trims whitespace', () => {
      expect(configOf(parseRuntimeConfig({ clientId: ` ${CLIENT} ` }, {})).clientId).toBe(CLIENT);
    });
    it('rejects a non-GUID, naming field, value and expectation', () => {
      const [problem] = problemsOf(parseRuntimeConfig({ clientId: 'my-app' }, {}));
      expect(problem).toContain("'clientId'");
      expect(problem).toContain('"my-app"');
      expect(problem).toMatch(/Application \(client\) ID.*GUID/);
    });
    it('rejects a number', () => {
      expect(problemsOf(parseRuntimeConfig({ clientId: 42 }, {}))[0]).toMatch(/'clientId' is 42 \(a number\), but it must be text/);
    });
  });

  describe('tenantId', () => {
    it.each([TENANT, 'contoso.onmicrosoft.com', 'fabrikam.com', 'organizations', 'common'])('accepts %s', (tenantId) => {
      expect(configOf(parseRuntimeConfig({ tenantId }, {})).tenantId).toBe(tenantId);
    });
    it('normalises domains and aliases to lower case', () => {
      expect(configOf(parseRuntimeConfig({ tenantId: 'Contoso.OnMicrosoft.com' }, {})).tenantId).toBe('contoso.onmicrosoft.com');
      expect(configOf(parseRuntimeConfig({ tenantId: 'Organizations' }, {})).tenantId).toBe('organizations');
    });
    it.each([
      ['contoso', /tenant ID/],
      ['consumers', /personal Microsoft accounts/],
      ['https://login.microsoftonline.com/contoso.com', /not the whole login URL/],
      ['-bad-.com', /verified domain/],
    ])('rejects %s', (tenantId, hint) => {
      const [problem] = problemsOf(parseRuntimeConfig({ tenantId }, {}));
      expect(problem).toContain("config.json field 'tenantId'");
      expect(problem).toContain(JSON.stringify(tenantId));
      expect(problem).toMatch(hint);
    });
  });

  describe('cloud', () => {
    it.each(['global', 'usgov', 'usgovdod', 'china'] as const)('accepts %s', (cloud) => {
      expect(configOf(parseRuntimeConfig({ cloud }, {})).cloud).toBe(cloud);
    });
    it('rejects other names and suggests the right one', () => {
      const [problem] = problemsOf(parseRuntimeConfig({ cloud: 'GCC High' }, {}));
      expect(problem).toContain("'cloud' is \"GCC High\"");
      expect(problem).toContain('one of global, usgov');
      expect(problem).toMatch(/did you mean 'usgov'\?$/);
      expect(problemsOf(parseRuntimeConfig({ cloud: 'USGov' }, {}))[0]).toContain("did you mean 'usgov'?");
      expect(problemsOf(parseRuntimeConfig({ cloud: 'mars' }, {}))[0]).not.toContain('did you mean');
    });
  });

  describe('redirectUri', () => {
    it('accepts absolute http(s) URLs', () => {
      expect(configOf(parseRuntimeConfig({ redirectUri: 'http://localhost:5173/' }, {})).redirectUri).toBe('http://localhost:5173/');
    });
    it.each(['/redirect.html', 'ftp://contoso.com/', 'https://contoso.com/#x', 'javascript:alert(1)'])('rejects %s', (redirectUri) => {
      const [problem] = problemsOf(parseRuntimeConfig({ redirectUri }, {}));
      expect(problem).toContain("'redirectUri'");
      expect(problem).toContain('absolute http(s) URL');
    });
  });

  describe('unknown fields', () => {
    it('suggests the case-insensitive match', () => {
      expect(problemsOf(parseRuntimeConfig({ clientID: CLIENT }, {}))).toEqual([
        "config.json has an unknown field 'clientID' — did you mean 'clientId'? Field names are case-sensitive.",
      ]);
      expect(problemsOf(parseRuntimeConfig({ tenant_id: TENANT }, {}))[0]).toContain("did you mean 'tenantId'?");
      expect(suggestField('VITE_CLOUD')).toBe('cloud');
    });
    it('lists the known fields when nothing is close', () => {
      expect(problemsOf(parseRuntimeConfig({ colour: 'blue' }, {}))[0]).toMatch(/unknown field 'colour'.*clientId, tenantId, cloud and redirectUri/);
    });
    it('ignores $schema', () => {
      expect(parseRuntimeConfig({ $schema: './config.schema.json' }, {}).ok).toBe(true);
    });
    it('reports every problem at once', () => {
      expect(problemsOf(parseRuntimeConfig({ clientId: 'x', cloud: 'y', Cloud: 'z' }, {}))).toHaveLength(3);
    });
  });

  it('rejects a file that is not an object', () => {
    expect(problemsOf(parseRuntimeConfig([1], {}))[0]).toMatch(/one JSON object.*but it holds a list/);
    expect(problemsOf(parseRuntimeConfig(null, {}))[0]).toMatch(/but it holds null/);
    expect(problemsOf(parseRuntimeConfig('x', {}))[0]).toMatch(/but it holds "x"/);
  });

  describe('env fallback', () => {
    const env = { VITE_CLIENT_ID: CLIENT, VITE_TENANT_ID: 'contoso.onmicrosoft.com', VITE_CLOUD: 'china' };
    it('uses env values when the file has none', () => {
      expect(configOf(parseRuntimeConfig({}, env))).toEqual({ mode: 'entra', clientId: CLIENT, tenantId: 'contoso.onmicrosoft.com', cloud: 'china' });
      expect(configOf(parseRuntimeConfig({ clientId: '' }, env)).clientId).toBe(CLIENT);
    });
    it('lets file values win', () => {
      const other = '99999999-2222-4333-8444-555555555555';
      expect(configOf(parseRuntimeConfig({ clientId: other, tenantId: TENANT, cloud: 'global' }, env))).toMatchObject({ clientId: other, tenantId: TENANT, cloud: 'global' });
    });
    it('does not check env values the file overrides', () => {
      expect(parseRuntimeConfig({ cloud: 'global' }, { VITE_CLOUD: 'nope' }).ok).toBe(true);
    });
    it('names the build-time variable when an env value is bad', () => {
      const [problem] = problemsOf(parseRuntimeConfig({}, { VITE_CLIENT_ID: 'abc' }));
      expect(problem).toMatch(/^Build-time variable VITE_CLIENT_ID is "abc", but it must be/);
    });
    it('treats empty env values as absent (demo mode)', () => {
      expect(configOf(parseRuntimeConfig({}, { VITE_CLIENT_ID: '', VITE_TENANT_ID: '', VITE_CLOUD: '' }))).toEqual({ mode: 'demo', tenantId: 'organizations', cloud: 'global' });
    });
  });

  it('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.string(), { nil: undefined }), (json, clientEnv) => {
        const result = parseRuntimeConfig(json, { VITE_CLIENT_ID: clientEnv });
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) for (const problem of result.problems) expect(problem).toMatch(/\S/);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(() => parseRuntimeConfig(json, {})).not.toThrow();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.record({ clientId: fc.oneof(fc.uuid(), fc.string()), tenantId: fc.string(), cloud: fc.string(), redirectUri: fc.webUrl() }, { requiredKeys: [] }),
        (json) => {
          expect(() => parseRuntimeConfig(json, {})).not.toThrow();
        },
      ),
    );
  });
});

function jsonResponse(status: number, body: string, contentType = 'application/json'): Response {
  return new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': contentType } });
}

describe('loadRuntimeConfig', () => {
  it('fetches without the HTTP cache and parses the file', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const fetchFn: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      return jsonResponse(200, JSON.stringify({ clientId: CLIENT }));
    };
    const result = await loadRuntimeConfig(fetchFn, 'config.json', {});
    expect(configOf(result)).toMatchObject({ mode: 'entra', clientId: CLIENT });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('config.json');
    expect(calls[0]?.init?.cache).toBe('no-store');
  });

  it('treats 404 as "no config file": env only, demo without a client id', async () => {
    const notFound: typeof fetch = async () => jsonResponse(404, 'Not Found', 'text/plain');
    expect(configOf(await loadRuntimeConfig(notFound, 'config.json', {}))).toEqual({ mode: 'demo', tenantId: 'organizations', cloud: 'global' });
    expect(configOf(await loadRuntimeConfig(notFound, 'config.json', { VITE_CLIENT_ID: CLIENT })).mode).toBe('entra');
  });

  it('treats an SPA fallback HTML page like a missing file', async () => {
    const html: typeof fetch = async () => jsonResponse(200, '<!doctype html><html></html>', 'text/html');
    expect(configOf(await loadRuntimeConfig(html)).mode).toBe('demo');
  });

  it('reports invalid JSON', async () => {
    const broken: typeof fetch = async () => jsonResponse(200, '{ "clientId": ');
    const [problem] = problemsOf(await loadRuntimeConfig(broken));
    expect(problem).toMatch(/^config\.json is not valid JSON: /);
  });

  it('accepts a UTF-8 BOM', async () => {
    const bom: typeof fetch = async () => jsonResponse(200, `\uFEFF${JSON.stringify({ cloud: 'usgov' })}`);
    expect(configOf(await loadRuntimeConfig(bom)).cloud).toBe('usgov');
  });

  it('reports other HTTP errors', async () => {
    const forbidden: typeof fetch = async () => new Response('nope', { status: 403, statusText: 'Forbidden' });
    expect(problemsOf(await loadRuntimeConfig(forbidden))[0]).toMatch(/server answered 403 Forbidden/);
  });

  it('reports a network failure without throwing', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(problemsOf(await loadRuntimeConfig(offline))[0]).toMatch(/could not be loaded \(Failed to fetch\)/);
  });

  it('reports problems inside the file', async () => {
    const bad: typeof fetch = async () => jsonResponse(200, JSON.stringify({ clientID: CLIENT }));
    expect(problemsOf(await loadRuntimeConfig(bad))[0]).toContain("did you mean 'clientId'?");
  });
});
