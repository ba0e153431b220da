// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_CONFIGURATIONS, DEMO_IDS, createDemoGraph, demoBodyProblem } from './demo-tenant';

const ROOT = 'https://graph.microsoft.com/beta';
const ACTION_URL = `${ROOT}/deviceManagement/deviceConfigurations/${DEMO_IDS.frontDesk}/assignedAccessMultiModeProfiles`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function profile(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.windowsAssignedAccessProfile',
    id: 'cfa70299-0299-cfa7-9902-a7cf9902a7cf',
    profileName: 'Front desk',
    showTaskBar: true,
    appUserModelIds: [],
    desktopAppPaths: [],
    userAccounts: [],
    startMenuLayoutXml: null,
    ...overrides,
  };
}

async function post(body: unknown, headers: Record<string, string> = { Authorization: 'Bearer t' }, url = ACTION_URL) {
  const demo = createDemoGraph();
  const response = await demo.fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'client-request-id': 'c0ffee00-0000-4000-8000-000000000000', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { demo, response, json: text === '' ? undefined : (JSON.parse(text) as { error: { code: string; message: string; innerError: Record<string, string> } }) };
}

describe('demo tenant', () => {
  it('holds realistic Windows configurations with fixed GUIDs', () => {
    expect(DEMO_CONFIGURATIONS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_CONFIGURATIONS.every((item) => GUID.test(item.id))).toBe(true);
    expect(new Set(DEMO_CONFIGURATIONS.map((item) => item.id)).size).toBe(DEMO_CONFIGURATIONS.length);
    expect(DEMO_CONFIGURATIONS.map((item) => item.displayName)).toEqual(expect.arrayContaining(['Kiosk – Front desk', 'Lobby kiosk']));
    expect(DEMO_CONFIGURATIONS.filter((item) => item['@odata.type'] === '#microsoft.graph.windowsDomainJoinConfiguration')).toHaveLength(1);
  });

  it('answers 204 to a valid body, echoes ids and records the submission', async () => {
    const { demo, response } = await post({ assignedAccessMultiModeProfiles: [profile({ startMenuLayoutXml: 'PHhtbC8+' })] });
    expect(response.status).toBe(204);
    expect(response.headers.get('client-request-id')).toBe('c0ffee00-0000-4000-8000-000000000000');
    expect(response.headers.get('request-id')).toMatch(GUID);
    expect(Number.isNaN(Date.parse(response.headers.get('date') ?? ''))).toBe(false);
    expect(demo.submissions).toHaveLength(1);
    expect(demo.submissions[0]?.headers.authorization).toBe('Bearer t');
  });

  it('answers 401 without a bearer token', async () => {
    const { demo, response, json } = await post({ assignedAccessMultiModeProfiles: [] }, { Authorization: '' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(json?.error.code).toBe('InvalidAuthenticationToken');
    expect(demo.submissions).toHaveLength(0);
  });

  it('answers an Intune-style 404 for an unknown configuration', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const { response, json } = await post({ assignedAccessMultiModeProfiles: [] }, undefined, `${ROOT}/deviceManagement/deviceConfigurations/${missing}/assignedAccessMultiModeProfiles`);
    expect(response.status).toBe(404);
    expect(json?.error.code).toBe('ResourceNotFound');
    const inner = JSON.parse(json?.error.message ?? '') as { _version: number; Message: string };
    expect(inner._version).toBe(3);
    expect(inner.Message).toContain(missing);
    expect(json?.error.innerError['request-id']).toBe(response.headers.get('request-id'));
    expect(json?.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('404s an unknown group assignment and a network access path on a non-domain-join configuration', async () => {
    const ga = await post({ assignedAccessMultiModeProfiles: [] }, undefined, `${ROOT}/deviceManagement/deviceConfigurations/${DEMO_IDS.frontDesk}/groupAssignments/${DEMO_IDS.lobbyKiosk}/deviceConfiguration/assignedAccessMultiModeProfiles`);
    expect(ga.response.status).toBe(404);
    const na = await post({ assignedAccessMultiModeProfiles: [] }, undefined, `${ROOT}/deviceManagement/deviceConfigurations/${DEMO_IDS.frontDesk}/microsoft.graph.windowsDomainJoinConfiguration/networkAccessConfigurations/${DEMO_IDS.corporateWifi}/assignedAccessMultiModeProfiles`);
    expect(na.response.status).toBe(404);
  });

  it.each([
    ['an unknown property', { assignedAccessMultiModeProfiles: [profile({ showTaskbar: true })] }, 'ModelValidationFailure', "The property 'showTaskbar' does not exist on type 'microsoft.graph.windowsAssignedAccessProfile'"],
    ['a wrong top-level key', { profiles: [] }, 'BadRequest', "parameter 'profiles'"],
    ['a missing list', {}, 'BadRequest', "parameter 'assignedAccessMultiModeProfiles' is required"],
    ['a list that is an object', { assignedAccessMultiModeProfiles: {} }, 'BadRequest', "'StartObject' node was found for property named 'assignedAccessMultiModeProfiles'"],
    ['a number as name', { assignedAccessMultiModeProfiles: [profile({ profileName: 5 })] }, 'BadRequest', "'Edm.String' for property 'profileName'"],
    ['a string as boolean', { assignedAccessMultiModeProfiles: [profile({ showTaskBar: 'yes' })] }, 'BadRequest', "'Edm.Boolean' for property 'showTaskBar'"],
    ['a null boolean', { assignedAccessMultiModeProfiles: [profile({ showTaskBar: null })] }, 'BadRequest', "property named 'showTaskBar'"],
    ['a non-string list entry', { assignedAccessMultiModeProfiles: [profile({ userAccounts: ['a', 1] })] }, 'BadRequest', "property 'userAccounts'"],
    ['a string instead of a list', { assignedAccessMultiModeProfiles: [profile({ desktopAppPaths: 'C:\\a.exe' })] }, 'BadRequest', "property named 'desktopAppPaths'"],
    ['a non-GUID id', { assignedAccessMultiModeProfiles: [profile({ id: 'p1' })] }, 'BadRequest', "property 'id' is not a valid GUID"],
    ['bad base64', { assignedAccessMultiModeProfiles: [profile({ startMenuLayoutXml: '<LayoutModificationTemplate/>' })] }, 'BadRequest', "property 'startMenuLayoutXml' is not a valid Base64"],
    ['a wrong @odata.type', { assignedAccessMultiModeProfiles: [profile({ '@odata.type': '#microsoft.graph.windowsKioskProfile' })] }, 'BadRequest', "'#microsoft.graph.windowsKioskProfile' could not be resolved"],
    ['a non-object entry', { assignedAccessMultiModeProfiles: ['x'] }, 'BadRequest', "'StartObject' node was expected"],
  ])('answers 400 naming the field for %s', async (_label, body, code, message) => {
    const { demo, response, json } = await post(body);
    expect(response.status).toBe(400);
    expect(json?.error.code).toBe(code);
    expect(json?.error.message).toContain(message);
    expect(demo.submissions).toHaveLength(0);
  });

  it('answers 400 to invalid JSON', async () => {
    const { response, json } = await post('{"assignedAccessMultiModeProfiles": [');
    expect(response.status).toBe(400);
    expect(json?.error.message).toMatch(/Unable to read JSON request payload/);
  });

  it('accepts a body without optional properties and @odata.type without #', () => {
    expect(demoBodyProblem({ assignedAccessMultiModeProfiles: [] })).toBeUndefined();
    expect(demoBodyProblem({ assignedAccessMultiModeProfiles: [{ '@odata.type': 'microsoft.graph.windowsAssignedAccessProfile', profileName: 'x' }] })).toBeUndefined();
  });

  it('honours $select and pages with an absolute nextLink', async () => {
    const demo = createDemoGraph({ pageSize: 5 });
    const headers = { Authorization: 'Bearer t' };
    const first = (await (await demo.fetch(`${ROOT}/deviceManagement/deviceConfigurations?$select=id,displayName`, { headers })).json()) as {
      value: Record<string, unknown>[];
      '@odata.nextLink'?: string;
    };
    expect(first.value).toHaveLength(5);
    expect(Object.keys(first.value[0] ?? {}).sort()).toEqual(['@odata.type', 'displayName', 'id']);
    expect(first['@odata.nextLink']).toMatch(/^https:\/\/graph\.microsoft\.com\/beta\/deviceManagement\/deviceConfigurations\?.*\$skiptoken=5/);
    const second = (await (await demo.fetch(first['@odata.nextLink'] ?? '', { headers })).json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(second.value).toHaveLength(DEMO_CONFIGURATIONS.length - 5);
    expect(second['@odata.nextLink']).toBeUndefined();

    const full = (await (await demo.fetch(`${ROOT}/deviceManagement/deviceConfigurations/${DEMO_IDS.lobbyKiosk}`, { headers })).json()) as Record<string, unknown>;
    expect(full).toMatchObject({ id: DEMO_IDS.lobbyKiosk, '@odata.type': '#microsoft.graph.windowsKioskConfiguration', description: expect.any(String) as unknown });

    const badSelect = await demo.fetch(`${ROOT}/deviceManagement/deviceConfigurations?$select=nope`, { headers });
    expect(badSelect.status).toBe(400);
  });

  it('serves a custom base URL, e.g. a national cloud', async () => {
    const demo = createDemoGraph({ baseUrl: 'https://graph.microsoft.us/beta' });
    const ok = await demo.fetch('https://graph.microsoft.us/beta/deviceManagement/deviceConfigurations', { headers: { Authorization: 'Bearer t' } });
    expect(ok.status).toBe(200);
    const wrongHost = await demo.fetch('https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations', { headers: { Authorization: 'Bearer t' } });
    expect(wrongHost.status).toBe(400);

    // Without a baseUrl it answers on every cloud's host (demo mode with cloud: usgov, …).
    const anyHost = createDemoGraph();
    const dod = await anyHost.fetch('https://dod-graph.microsoft.us/beta/deviceManagement/deviceConfigurations?$top=2', { headers: { Authorization: 'Bearer t' } });
    const page = (await dod.json()) as { '@odata.nextLink'?: string };
    expect(page['@odata.nextLink']).toMatch(/^https:\/\/dod-graph\.microsoft\.us\/beta\/.*\$top=2&\$skiptoken=2$/);
  });

  it('waits latencyMs and can be aborted meanwhile', async () => {
    const demo = createDemoGraph({ latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = demo.fetch(`${ROOT}/deviceManagement/deviceConfigurations`, { headers: { Authorization: 'Bearer t' }, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
